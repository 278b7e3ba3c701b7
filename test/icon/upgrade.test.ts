// Nothing moves when <bf-icon> upgrades on a page rendered without a server: undefined.css gives
// the element its final size before it is defined. This file loads the component only after
// measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

/** Icons as authors write them. */
const cases: Record<string, string> = {
  medium: '<bf-icon name="info"></bf-icon>',
  small: '<bf-icon name="info" size="small"></bf-icon>',
  large: '<bf-icon name="warning" size="large" label="Waarschuwing"></bf-icon>',
  'in a line of text': '<p><bf-icon name="phone" size="small"></bf-icon> Bel ons op 1234.</p>',
  'in a flex row':
    '<div style="display: flex; gap: 0.5rem; align-items: center"><bf-icon name="mail"></bf-icon><span>info@example.be</span></div>',
  hidden: '<bf-icon name="info" hidden></bf-icon>',
};

describe('bf-icon upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade('bf-icon', cases, () => import('@belfry/components/icon'));
  });

  it('keeps its size before the upgrade, and hidden icons hidden', () => {
    expect(result.before.get('medium')!.element.width).to.be.greaterThan(0);
    expect(result.before.get('hidden')!.element.width).to.equal(0);
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
