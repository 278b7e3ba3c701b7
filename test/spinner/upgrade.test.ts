// Nothing moves when <bf-spinner> without text upgrades on a page rendered without a server:
// undefined.css keeps the ring's room before it is defined. This file loads the component only
// after measuring.
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

const cases: Record<string, string> = {
  'on its own': '<bf-spinner></bf-spinner>',
  'in a line of text': '<p>Resultaten <bf-spinner></bf-spinner> worden geladen</p>',
};

describe('bf-spinner upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade('bf-spinner', cases, () => import('@belfry/components/spinner'));
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
