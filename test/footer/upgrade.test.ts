// What moves when <bf-footer> upgrades on a page rendered without a server (plain HTML, then the
// script). The footer ends the page, so nothing follows it; undefined.css keeps its padding and
// the page's own content where it will be. This file loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult } from '../helpers/upgrade.js';

const content = `<p slot="alternatives">Bel 02 572 57 57 of kom naar het loket.</p>
  <div slot="agency"><p>FOD Financiën</p></div>
  <ul slot="links"><li><a href="/sitemap">Sitemap</a></li></ul>`;

const cases: Record<string, string> = {
  'every part': `<bf-footer accessibility-href="/toegankelijkheid">${content}</bf-footer>`,
  'at 320 px': `<div style="inline-size: 320px"><bf-footer accessibility-href="/t">${content}</bf-footer></div>`,
  hidden: `<bf-footer hidden>${content}</bf-footer>`,
};

describe('bf-footer upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade('bf-footer', cases, () => import('@belfry/components/footer'));
  });

  it('shows the page’s own content before the upgrade, and a hidden footer takes no room', () => {
    const text = result.before.get('every part')!.text;
    for (const words of ['02 572 57 57', 'FOD Financiën', 'Sitemap']) {
      expect(text).to.include(words);
    }
    expect(result.before.get('hidden')!.element.height).to.equal(0);
  });

  it('keeps its place and width; it grows only by what the script adds below the content', () => {
    // The first case's top (the others follow it on the test page, so they move as it grows).
    const first = 'every part';
    expect(result.after.get(first)!.element.y).to.equal(result.before.get(first)!.element.y);
    for (const name of ['every part', 'at 320 px']) {
      const before = result.before.get(name)!.element;
      const after = result.after.get(name)!.element;
      expect([after.x, after.width], name).to.deep.equal([before.x, before.width]);
      // The alternatives' heading, the mandatory links and the belgium.be line.
      expect(after.height, name).to.be.greaterThan(before.height);
    }
  });
});
