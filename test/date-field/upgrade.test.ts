// Nothing moves when <bf-date-field> upgrades on a page rendered without a server (plain HTML,
// then the script): undefined.css keeps the room its label, hint and boxes take once made. This
// file loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

/** Date fields as authors write them. */
const cases: Record<string, string> = {
  'label only': '<bf-date-field label="Geboortedatum" name="birth"></bf-date-field>',
  required: '<bf-date-field label="Geboortedatum" name="birth" required></bf-date-field>',
  'own hint':
    '<bf-date-field label="Begindatum" name="start" hint="Bijvoorbeeld 1 9 2026"></bf-date-field>',
  'with a value':
    '<bf-date-field label="Geboortedatum" name="birth" value="2007-03-27"></bf-date-field>',
  'date of birth, autofilled':
    '<bf-date-field label="Geboortedatum" name="birth" autocomplete="bday" must-be="past"></bf-date-field>',
  'at 320 px':
    '<div style="inline-size: 288px"><bf-date-field label="Datum" name="date"></bf-date-field></div>',
  hidden: '<bf-date-field label="Datum" name="date" hidden></bf-date-field>',
};

describe('bf-date-field upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-date-field',
      cases,
      () => import('@belfry/components/date-field'),
    );
  });

  it('keeps the room of a visible date field before the upgrade, and none for a hidden one', () => {
    expect(result.before.get('label only')!.element.height).to.be.greaterThan(100);
    expect(result.before.get('hidden')!.element.height).to.equal(0);
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
