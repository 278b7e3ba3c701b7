// Nothing moves when <bf-select> upgrades on a page rendered without a server (plain HTML, then
// the script), when the page wrote its label and select inside it: undefined.css gives them their
// final places and sizes. This file loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

const options = `<option value="">Maak een keuze</option>
  <option value="VAN">Antwerpen</option>
  <option value="VOV">Oost-Vlaanderen</option>`;

/** Selects as authors write them, for a form that works without JavaScript. */
const cases: Record<string, string> = {
  'label and select in their slots': `<bf-select>
    <label slot="label" for="u-province">Provincie</label>
    <p slot="hint" id="u-province-hint">De provincie waar u woont.</p>
    <select slot="control" id="u-province" name="province" aria-describedby="u-province-hint" required>${options}</select>
  </bf-select>`,
  'label and select without slots': `<bf-select>
    <label for="u-province-2">Provincie</label>
    <select id="u-province-2" name="province2" required>${options}</select>
  </bf-select>`,
  'a long option at 320 px': `<div style="inline-size: 288px"><bf-select>
    <label for="u-long">Soort aanvraag</label>
    <select id="u-long" name="kind" required><option>Een tegemoetkoming aan personen met een handicap aanvragen</option></select>
  </bf-select></div>`,
  hidden: `<bf-select hidden><label for="u-hidden">Verborgen</label><select id="u-hidden">${options}</select></bf-select>`,
};

describe('bf-select upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-select',
      {
        ...cases,
        'options without their select': `<bf-select label="Provincie">${options}</bf-select>`,
      },
      () => import('@belfry/components/select'),
    );
  });

  it('shows the label and the select before the upgrade', () => {
    const before = result.before.get('label and select in their slots')!;
    expect(before.text).to.contain('Provincie');
    expect(before.element.height).to.be.greaterThan(44);
  });

  it('does not show options written without their select as loose text', () => {
    expect(result.before.get('options without their select')!.text.trim()).to.equal('');
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
