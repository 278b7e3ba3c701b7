// Nothing moves when <bf-error-summary> upgrades on a page rendered without a server (plain HTML,
// then the script): undefined.css gives the element its final size before it is defined. This
// file loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

const serverErrors = `<ul>
  <li><a href="#postcode">Vul uw postcode in</a></li>
  <li><a href="#iban">Vul een rekeningnummer in dat begint met BE</a></li>
</ul>`;

/** Summaries as authors write them. */
const cases: Record<string, string> = {
  'waiting for errors': '<bf-error-summary></bf-error-summary>',
  'errors from the server': `<bf-error-summary>${serverErrors}</bf-error-summary>`,
  'heading level 1': `<bf-error-summary heading-level="1">${serverErrors}</bf-error-summary>`,
  'at 320 px': `<div style="inline-size: 288px"><bf-error-summary>${serverErrors}</bf-error-summary></div>`,
  hidden: `<bf-error-summary hidden>${serverErrors}</bf-error-summary>`,
};

describe('bf-error-summary upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-error-summary',
      cases,
      () => import('@belfry/components/error-summary'),
    );
  });

  it('shows the errors before the upgrade, and takes no room without any', () => {
    expect(result.before.get('errors from the server')!.text).to.include('Vul uw postcode in');
    expect(result.before.get('waiting for errors')!.element.height).to.equal(0);
    expect(result.before.get('hidden')!.element.height).to.equal(0);
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
