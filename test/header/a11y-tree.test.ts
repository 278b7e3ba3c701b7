// What assistive technology meets: the browser's accessibility tree, not our DOM. The landmarks
// of a whole page: one banner (the header's <header>, top level), one navigation named in the
// page's language, one main.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/header';
import type { BfHeader } from '@belfry/components';
import { axNode, axQuery } from '../helpers/ax-query.js';
import { account, agency, headerText, narrow, navigation } from './content.js';

const isFirefox = navigator.userAgent.includes('Firefox');

async function page(lang = 'nl-BE', style = '') {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} style=${style}>
      <bf-header id="site-header">${agency}${account}${navigation}</bf-header>
      <main><h1>Uw belastingaangifte</h1></main>
    </div>`,
  );
  const element = wrapper.querySelector<BfHeader>('bf-header')!;
  await element.updateComplete;
  await element.updateComplete;
  return element;
}

describe('bf-header in the accessibility tree', () => {
  it('makes exactly one banner landmark, at the top level of a page with <main>', async () => {
    await page();
    // Firefox's query does not enter shadow roots from the page: it is asked inside the header.
    expect(await axQuery('banner', '', isFirefox ? 'site-header' : undefined)).to.deep.equal([
      'header',
    ]);
    expect(await axQuery('main', '')).to.deep.equal(['main']);
  });

  it('names the navigation landmark in each language', async function () {
    // Four pages, each asked of the browser's accessibility tree: slow on a busy machine.
    this.timeout(20_000);
    for (const [locale, text] of Object.entries(headerText)) {
      const element = await page(locale);
      expect(
        await axQuery('navigation', text.navigation, isFirefox ? 'site-header' : undefined),
        locale,
      ).to.deep.equal(['nav']);
      // One header at a time, as on a page.
      element.parentElement!.remove();
    }
  });

  it('has the language switcher as a second navigation, with a name of its own, in the banner', async function () {
    if (isFirefox) this.skip();
    await page('nl-BE');
    const switcher = await axNode('bf-header', 'bf-language-switcher', 'nav');
    expect(switcher.role).to.equal('navigation');
    expect(switcher.name).to.not.equal('').and.not.equal(headerText.nl.navigation);
    expect((switcher as unknown as { ancestorRoles: string[] }).ancestorRoles).to.include('banner');
  });

  it('puts the navigation links inside the navigation, inside the banner', async function () {
    if (isFirefox) this.skip(); // The ancestors come from Chromium's DevTools protocol.
    await page();
    const link = await axNode('bf-header ul a');
    expect(link.name).to.equal('Belastingen');
    expect((link as unknown as { ancestorRoles: string[] }).ancestorRoles).to.include.members([
      'navigation',
      'banner',
    ]);
    const agencyLink = await axNode('bf-header [slot="agency"]');
    expect((agencyLink as unknown as { ancestorRoles: string[] }).ancestorRoles).to.include(
      'banner',
    );
  });

  it('is no banner inside <main>: there it is a header of that section only', async function () {
    if (isFirefox) this.skip();
    const original = console.warn;
    console.warn = () => undefined;
    try {
      await fixture(html`<main><bf-header id="in-main">${agency}</bf-header></main>`);
    } finally {
      console.warn = original;
    }
    const node = await axNode('#in-main', 'header');
    expect(node.role).not.to.equal('banner');
  });

  it('exposes the Menu button with its name and state, and what it controls', async function () {
    if (isFirefox) this.skip();
    const element = await page('fr-BE', narrow);
    let button = await axNode('bf-header', '[part="menu-button"]');
    expect(button.role).to.equal('button');
    expect(button.name).to.equal('Menu');
    expect(button.properties['expanded']).to.equal(false);
    element.menuOpen = true;
    await element.updateComplete;
    button = await axNode('bf-header', '[part="menu-button"]');
    expect(button.properties['expanded']).to.equal(true);
    expect(button.properties['controls']).to.not.equal(undefined);
  });

  it('exposes "How do you know?" as a collapsed disclosure, then expanded', async function () {
    if (isFirefox) this.skip();
    const element = await page('en');
    let toggle = await axNode('bf-header', '[part="identity-toggle"]');
    expect(toggle.name).to.equal('How do you know?');
    expect(toggle.properties['expanded']).to.equal(false);
    element.shadowRoot!.querySelector('details')!.open = true;
    toggle = await axNode('bf-header', '[part="identity-toggle"]');
    expect(toggle.properties['expanded']).to.equal(true);
  });

  it('hides the icons from screen readers', async function () {
    if (isFirefox) this.skip();
    await page('nl', narrow);
    const icon = await axNode('bf-header', '[part="menu-button"] bf-icon');
    expect(icon.ignored).to.equal(true);
  });
});
