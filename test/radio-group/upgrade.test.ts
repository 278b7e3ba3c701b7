// Nothing moves when checkboxes and radio groups upgrade on a page rendered without a server
// (plain HTML, then the script): undefined.css gives each element its final size before it is
// defined. This file loads the components only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

/** Groups and options as authors write them (the page is in Dutch). */
const groups: Record<string, string> = {
  'radio group':
    '<bf-radio-group label="Woont u in België?" name="belgium"><bf-radio value="yes">Ja</bf-radio><bf-radio value="no">Nee</bf-radio></bf-radio-group>',
  'required radio group':
    '<bf-radio-group label="Woont u in België?" name="belgium2" required><bf-radio value="yes">Ja</bf-radio><bf-radio value="no">Nee</bf-radio></bf-radio-group>',
  'radio with a hint':
    '<bf-radio-group label="Taal" name="language" required><bf-radio value="fr" hint="Ook voor Brussel">Français</bf-radio></bf-radio-group>',
  'checkbox group':
    '<bf-checkbox-group label="Hoe mogen we u contacteren?" name="contact"><bf-checkbox value="post">Per post</bf-checkbox><bf-checkbox value="email">Per e-mail</bf-checkbox></bf-checkbox-group>',
  'follow-up question, not chosen':
    '<bf-radio-group label="Contact" name="contact2" required><bf-radio value="email">E-mail<div slot="conditional"><label for="u-email">E-mailadres</label><input id="u-email" name="email"></div></bf-radio></bf-radio-group>',
};

describe('bf-radio-group and bf-checkbox-group upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade('bf-radio-group, bf-checkbox-group', groups, () =>
      Promise.all([
        import('@belfry/components/radio-group'),
        import('@belfry/components/checkbox-group'),
      ]),
    );
  });

  it('shows every answer before the upgrade, and the question above them', () => {
    const placed = result.before.get('radio group')!;
    // The question is generated content (not in innerText): its room shows in the height.
    expect(placed.text).to.include('Nee');
    expect(placed.element.height).to.be.greaterThan(2 * 44 + 16);
  });

  itKeepsEveryCaseInPlace(groups, () => result);
});
