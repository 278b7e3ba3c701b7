// Nothing moves when <bf-checkbox> upgrades on a page rendered without a server (plain HTML,
// then the script): undefined.css gives it its final size before it is defined. This file loads
// the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

/** Checkboxes as authors write them (the page is in Dutch). */
const checkboxes: Record<string, string> = {
  checkbox: '<bf-checkbox name="news">Ik wil de nieuwsbrief</bf-checkbox>',
  'checkbox with a hint':
    '<bf-checkbox name="declaration" required hint="Een valse verklaring is strafbaar">Ik verklaar dat alles klopt</bf-checkbox>',
  'long label at 320 px':
    '<div style="inline-size: 288px"><bf-checkbox name="long">Ik wil mijn aanslagbiljet elektronisch ontvangen in mijn eBox en niet meer op papier</bf-checkbox></div>',
};

describe('bf-checkbox upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-checkbox',
      checkboxes,
      () => import('@belfry/components/checkbox'),
    );
  });

  it('shows the text and the hint before the upgrade', () => {
    expect(result.before.get('checkbox with a hint')!.element.height).to.be.greaterThan(44);
  });

  itKeepsEveryCaseInPlace(checkboxes, () => result);
});
