// Nothing moves when <bf-pagination> upgrades on a page rendered without a server (plain HTML,
// then the script): undefined.css keeps one row of room for the pages. This file loads the
// component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

const cases: Record<string, string> = {
  'page 3 of 12': '<bf-pagination current="3" total="12"></bf-pagination>',
  'one page': '<bf-pagination></bf-pagination>',
  hidden: '<bf-pagination hidden current="3" total="12"></bf-pagination>',
};

describe('bf-pagination upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-pagination',
      cases,
      () => import('@belfry/components/pagination'),
    );
  });

  it('keeps one row of 44 px before the upgrade', () => {
    expect(result.before.get('page 3 of 12')!.element.height).to.be.at.least(44);
    expect(result.before.get('hidden')!.element.height).to.equal(0);
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
