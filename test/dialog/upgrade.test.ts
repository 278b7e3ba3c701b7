// Nothing shows, and nothing moves, when <bf-dialog> upgrades on a page rendered without a server:
// a closed dialog takes no room before its script runs (undefined.css) or after. This file loads
// the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

const cases: Record<string, string> = {
  closed: `<bf-dialog heading="Uw aanvraag verwijderen?"><p>Uw antwoorden worden gewist.</p>
    <bf-button slot="footer">Verwijderen</bf-button></bf-dialog>`,
  'with its own heading': `<bf-dialog><h2 slot="heading">Hulp</h2><p>Bel 1234.</p></bf-dialog>`,
};

describe('bf-dialog upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade('bf-dialog', cases, () => import('@belfry/components/dialog'));
  });

  it('shows none of its content before the upgrade, as a closed dialog', () => {
    for (const [name, placement] of result.before) {
      expect(placement.element.height, name).to.equal(0);
      expect(placement.text.trim(), name).to.equal('');
    }
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
