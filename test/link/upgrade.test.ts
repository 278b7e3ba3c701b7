// Nothing moves when <bf-link> upgrades on a page rendered without a server: undefined.css keeps
// the room of the icon it draws. (A download's "(PDF, 240 kB)" is text that comes with the
// script; written by a server it is there from the start, see ssr.fixtures.mjs.)
import { expect } from '@open-wc/testing';
import { itKeepsEveryCaseInPlace, measureUpgrade, type UpgradeResult } from '../helpers/upgrade.js';

const cases: Record<string, string> = {
  ordinary: '<p>Neem <bf-link><a href="/contact">contact</a></bf-link> met ons op.</p>',
  'new tab': '<p>Lees de <bf-link><a href="/hulp" target="_blank">hulp</a></bf-link> eerst.</p>',
  external:
    '<p>Ga naar <bf-link external><a href="https://www.belgium.be">belgium.be</a></bf-link>.</p>',
};
// A download gains its "(PDF)" with the script: its text is shown, it may grow.
const growing: Record<string, string> = {
  download:
    '<p>Het <bf-link><a href="/verslag.pdf" download>verslag</a></bf-link> staat online.</p>',
};

describe('bf-link upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-link',
      { ...cases, ...growing },
      () => import('@belfry/components/link'),
    );
  });

  it('shows every link’s text before the upgrade', () => {
    for (const [name, placement] of result.before) {
      expect(placement.text.trim(), name).to.not.equal('');
    }
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
