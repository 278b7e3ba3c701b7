// Nothing moves when <bf-summary-list> upgrades on a page rendered without a server (plain HTML,
// then the script): undefined.css gives the list and its rows their final size before they are
// defined. This file loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

const rows = `<bf-summary-list-row question="Naam" href="/naam" source="national-register">An Peeters</bf-summary-list-row>
  <bf-summary-list-row question="Adres" href="/adres">Kerkstraat 12<br>9000 Gent</bf-summary-list-row>
  <bf-summary-list-row question="Verhuisdatum">1 maart 2027</bf-summary-list-row>`;

/** Lists as authors write them. */
const cases: Record<string, string> = {
  'check your answers': `<bf-summary-list>${rows}</bf-summary-list>`,
  'at 320 px': `<div style="inline-size: 288px"><bf-summary-list>${rows}</bf-summary-list></div>`,
  hidden: `<bf-summary-list hidden>${rows}</bf-summary-list>`,
};

describe('bf-summary-list upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-summary-list',
      cases,
      () => import('@belfry/components/summary-list'),
    );
  });

  it('shows the questions and answers before the upgrade', () => {
    const { text } = result.before.get('check your answers')!;
    // The questions are drawn by undefined.css from `key`, which innerText does not include.
    expect(text).to.include('An Peeters');
    expect(text).to.include('Kerkstraat 12');
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
