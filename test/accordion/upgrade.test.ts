// What happens when <bf-accordion> upgrades on a page rendered without a server (plain HTML, then
// the script): undefined.css shows every section, under its heading, until the script runs; then
// open sections stay as they are and closed ones fold away under their heading. This file loads
// the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

const section = (heading: string, text: string, open = true) =>
  `<bf-accordion-item heading="${heading}"${open ? ' open' : ''}><p>${text}</p></bf-accordion-item>`;

/** Accordions whose sections are all open: nothing may move when the script runs. */
const allOpen: Record<string, string> = {
  'every section open': `<bf-accordion>${section('Wie kan een aanvraag indienen?', 'Iedereen die in België woont.')}${section('Wat hebt u nodig?', 'Uw identiteitskaart en de pincode ervan.')}</bf-accordion>`,
  'a long heading at 320 px': `<div style="inline-size: 320px"><bf-accordion>${section('Arbeidsongeschiktheidsverzekering voor zelfstandigen en meewerkende echtgenoten', 'Tekst.')}</bf-accordion></div>`,
  hidden: `<bf-accordion hidden>${section('Verborgen', 'Tekst.')}</bf-accordion>`,
};

/** With closed sections: readable before the script, folded under their headings after it. */
const closed: Record<string, string> = {
  'closed sections': `<bf-accordion>${section('Wie kan een aanvraag indienen?', 'Iedereen die in België woont.', false)}${section('Hoe lang duurt het?', 'Ongeveer vier weken.', false)}</bf-accordion>`,
};

describe('bf-accordion upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-accordion',
      { ...allOpen, ...closed },
      () => import('@belfry/components/accordion'),
    );
  });

  it('shows every section’s text before the upgrade, closed ones included', () => {
    const text = result.before.get('closed sections')!.text;
    expect(text).to.include('Iedereen die in België woont.');
    expect(text).to.include('Ongeveer vier weken.');
  });

  it('folds closed sections away when the script runs, keeping their headings', () => {
    const before = result.before.get('closed sections')!;
    const after = result.after.get('closed sections')!;
    expect(after.element.height).to.be.lessThan(before.element.height);
    expect(after.text).to.not.include('Ongeveer vier weken.');
    // Two headings (51 px each), their lines and the "Show all sections" row remain.
    expect(after.element.height).to.be.at.least(2 * 51 + 52);
  });

  itKeepsEveryCaseInPlace(allOpen, () => result);
});
