// Nothing moves when <bf-breadcrumbs> upgrades on a page rendered without a server (plain HTML,
// then the script): undefined.css gives the trail its final layout before it is defined. This
// file loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

const links = `<a href="/">Home</a><a href="/sociale-zekerheid">Sociale zekerheid</a><span aria-current="page">Kinderbijslag aanvragen</span>`;

const cases: Record<string, string> = {
  'a trail': `<bf-breadcrumbs>${links}</bf-breadcrumbs>`,
  'at 320 px': `<div style="inline-size: 288px"><bf-breadcrumbs>${links}</bf-breadcrumbs></div>`,
  hidden: `<bf-breadcrumbs hidden>${links}</bf-breadcrumbs>`,
};

describe('bf-breadcrumbs upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-breadcrumbs',
      cases,
      () => import('@belfry/components/breadcrumbs'),
    );
  });

  it('shows the trail before the upgrade, 44 px high', () => {
    expect(result.before.get('a trail')!.text).to.include('Sociale zekerheid');
    expect(result.before.get('a trail')!.element.height).to.be.at.least(44);
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
