// Nothing moves when <bf-alert> upgrades on a page rendered without a server (plain HTML, then
// the script): undefined.css gives the element its final box, and shows the heading from its
// attribute, before it is defined. This file loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

/** Alerts as authors write them. */
const cases: Record<string, string> = {
  'info with heading':
    '<bf-alert heading="Nieuwe openingsuren"><p>Vanaf 1 september zijn we open van 9 tot 12 uur.</p></bf-alert>',
  'error with heading and link':
    '<bf-alert variant="error" heading="Betaling mislukt"><p>Uw bank heeft de betaling geweigerd. <a href="/betalen">Probeer opnieuw</a>.</p></bf-alert>',
  'warning without heading':
    '<bf-alert variant="warning"><p>Op zondag kunt u deze dienst niet gebruiken.</p></bf-alert>',
  'two paragraphs':
    '<bf-alert variant="success" heading="Verstuurd"><p>Uw aanvraag is verstuurd.</p><p>U krijgt binnen 10 dagen een antwoord.</p></bf-alert>',
  'at 320 px':
    '<div style="inline-size: 320px"><bf-alert variant="info" heading="Een lange titel over nieuwe openingsuren van onze kantoren"><p>Vanaf 1 september zijn onze kantoren open van maandag tot vrijdag.</p></bf-alert></div>',
  hidden: '<bf-alert hidden heading="Verborgen"><p>…</p></bf-alert>',
};

describe('bf-alert upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade('bf-alert', cases, () => import('@belfry/components/alert'));
  });

  it('shows the message of every visible alert before the upgrade', () => {
    for (const [name, placement] of result.before) {
      if (name === 'hidden') continue;
      expect(placement.text.trim(), name).to.not.equal('');
    }
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
