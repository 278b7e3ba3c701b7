// Nothing moves when <bf-fieldset> upgrades on a page rendered without a server (plain HTML,
// then the script): undefined.css styles the fieldset, legend and hint as the element will, and
// shows a legend given as an attribute where the element will put it. This file loads the
// component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

const fields =
  '<label for="s{n}">Straat</label><input id="s{n}" name="street"><label for="c{n}">Gemeente</label><input id="c{n}" name="city">';
let count = 0;
const inputs = () => fields.replaceAll('{n}', String(++count));

/** Fieldsets as authors write them. */
const cases: Record<string, string> = {
  'legend attribute': `<bf-fieldset legend="Uw adres">${inputs()}</bf-fieldset>`,
  'legend attribute as page heading': `<bf-fieldset legend="Wat is uw adres?" legend-heading="1">${inputs()}</bf-fieldset>`,
  'legend attribute as a level-3 heading': `<bf-fieldset legend="Adres" legend-heading="3">${inputs()}</bf-fieldset>`,
  'own fieldset and legend': `<bf-fieldset><fieldset><legend>Uw adres</legend>${inputs()}</fieldset></bf-fieldset>`,
  'own heading and hint': `<bf-fieldset><fieldset aria-describedby="h1"><legend><h1>Wat is uw adres?</h1></legend><p id="h1" data-bf-hint>Waar u nu woont.</p>${inputs()}</fieldset></bf-fieldset>`,
  'own fields with block wrappers': `<bf-fieldset legend="Uw adres"><div><label for="x1">Straat</label><input id="x1"></div><div><label for="x2">Gemeente</label><input id="x2"></div></bf-fieldset>`,
  'long legend at 320 px': `<div style="inline-size: 288px"><bf-fieldset legend="Op welk adres kunnen wij u bereiken als wij vragen hebben over uw aanvraag?">${inputs()}</bf-fieldset></div>`,
  disabled: `<bf-fieldset legend="Uw adres" disabled><fieldset disabled>${inputs()}</fieldset></bf-fieldset>`,
  hidden: `<bf-fieldset legend="Verborgen" hidden>${inputs()}</bf-fieldset>`,
};

describe('bf-fieldset upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-fieldset',
      cases,
      () => import('@belfry/components/fieldset'),
    );
  });

  it('keeps hidden groups hidden before the upgrade', () => {
    expect(result.before.get('hidden')!.element.height).to.equal(0);
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
