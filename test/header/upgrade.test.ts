// What moves when <bf-header> upgrades on a page rendered without a server (plain HTML, then the
// script): undefined.css lays out the agency, tools and navigation as they will be, and keeps
// one line for the identity bar. This file loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult } from '../helpers/upgrade.js';

// The page's own language switcher, as links: the header's default one appears only with the
// script.
const content = `<a slot="agency" href="/">FOD Financiën</a>
  <bf-language-switcher slot="language">
    <a href="/fr/" hreflang="fr">Français</a>
    <a href="/de/" hreflang="de">Deutsch</a>
  </bf-language-switcher>
  <a slot="account" href="/aanmelden">Aanmelden</a>
  <ul slot="navigation">
    <li><a href="/belastingen" aria-current="page">Belastingen</a></li>
    <li><a href="/btw">Btw</a></li>
  </ul>`;

const cases: Record<string, string> = {
  wide: `<div style="inline-size: 1024px"><bf-header>${content}</bf-header></div>`,
  '320 px': `<div style="inline-size: 320px"><bf-header>${content}</bf-header></div>`,
  hidden: `<bf-header hidden>${content}</bf-header>`,
};

describe('bf-header upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade('bf-header', cases, () => import('@belfry/components/header'));
  });

  it('shows the agency and every navigation link before the upgrade', () => {
    const text = result.before.get('wide')!.text;
    for (const words of ['FOD Financiën', 'Aanmelden', 'Belastingen', 'Btw']) {
      expect(text).to.include(words);
    }
    expect(result.before.get('hidden')!.element.height).to.equal(0);
  });

  it('keeps a wide header in place: same size, the text after it does not move', () => {
    const before = result.before.get('wide')!;
    const after = result.after.get('wide')!;
    expect(after.element).to.deep.equal(before.element);
    // Its top and height: its width follows the page's scrollbar, which the other cases change.
    expect([after.after.y, after.after.height]).to.deep.equal([
      before.after.y,
      before.after.height,
    ]);
  });

  it('moves the page below a 320 px header by less than one line', () => {
    const before = result.before.get('320 px')!;
    const after = result.after.get('320 px')!;
    const grown = after.element.height - before.element.height;
    // Undefined.css keeps one line for the identity bar, which wraps at 320 px ("How do you
    // know?" goes under it), and the navigation collapses behind the Menu button: the two
    // nearly cancel out (measured: 5 px less in Chromium and Firefox).
    expect(Math.abs(grown)).to.be.at.most(44);
  });
});
