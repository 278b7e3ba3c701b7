// Nothing moves when <bf-tag> upgrades on a page rendered without a server: undefined.css gives
// the element its final box before it is defined. This file loads the component only after
// measuring.
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

const cases: Record<string, string> = {
  neutral: '<bf-tag>Gelezen</bf-tag>',
  error: '<bf-tag variant="error">Vervallen</bf-tag>',
  'in a line of text': '<p>Aanslagbiljet 2025 <bf-tag variant="info">Nieuw</bf-tag> van 3 juni</p>',
};

describe('bf-tag upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade('bf-tag', cases, () => import('@belfry/components/tag'));
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
