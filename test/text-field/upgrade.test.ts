// Nothing moves when <bf-text-field> upgrades on a page rendered without a server: undefined.css
// gives the element its final size before it is defined. This file loads the component only after
// measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

/** Fields as authors write them: with their own input (works without script), or by attributes. */
const cases: Record<string, string> = {
  'written with its input':
    '<bf-text-field required><label slot="label" for="u-city">Gemeente</label><input slot="control" id="u-city" name="city" required></bf-text-field>',
  'written with a hint':
    '<bf-text-field required><label slot="label" for="u-pc">Postcode</label><p slot="hint">4 cijfers</p><input slot="control" id="u-pc" name="postcode" required></bf-text-field>',
  'written without slot attributes':
    '<bf-text-field required><label for="u-name">Naam</label><input id="u-name" name="name" required></bf-text-field>',
  'by attributes': '<bf-text-field label="Naam" name="name"></bf-text-field>',
  'by attributes, with a hint':
    '<bf-text-field label="Naam" hint="Zoals op uw identiteitskaart" name="name"></bf-text-field>',
  hidden: '<bf-text-field label="Naam" hidden></bf-text-field>',
};

describe('bf-text-field upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-text-field',
      cases,
      () => import('@belfry/components/text-field'),
    );
  });

  it('keeps its size before the upgrade, and hidden fields hidden', () => {
    expect(result.before.get('by attributes')!.element.height).to.be.greaterThan(44);
    expect(result.before.get('hidden')!.element.height).to.equal(0);
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
