// The landmarks of a whole page, as assistive technology gets them: one banner, one main, one
// contentinfo, and each navigation named.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/header';
import '@belfry/components/footer';
import type { BfFooter, BfHeader } from '@belfry/components';
import { axNode, axQuery } from '../helpers/ax-query.js';
import { agency, alternatives, ownLinks } from './content.js';

const isFirefox = navigator.userAgent.includes('Firefox');

async function page(lang = 'nl-BE') {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <bf-header id="page-header"
        ><a slot="agency" href="/">FOD Financiën</a>
        <ul slot="navigation">
          <li><a href="/btw">Btw</a></li>
        </ul></bf-header
      >
      <main><h1>Uw belastingaangifte</h1></main>
      <bf-footer id="page-footer" accessibility-href="/toegankelijkheid"
        >${alternatives}${agency}${ownLinks}</bf-footer
      >
    </div>`,
  );
  await wrapper.querySelector<BfHeader>('bf-header')!.updateComplete;
  await wrapper.querySelector<BfFooter>('bf-footer')!.updateComplete;
  return wrapper;
}

describe('a page with bf-header, <main> and bf-footer in the accessibility tree', () => {
  it('has exactly one banner, one main and one contentinfo', async () => {
    await page();
    const inHeader = isFirefox ? 'page-header' : undefined;
    const inFooter = isFirefox ? 'page-footer' : undefined;
    expect(await axQuery('banner', '', inHeader)).to.deep.equal(['header']);
    expect(await axQuery('main', '')).to.deep.equal(['main']);
    expect(await axQuery('contentinfo', '', inFooter)).to.deep.equal(['footer']);
  });

  it('names every navigation, each differently', async function () {
    if (isFirefox) this.skip(); // Names of landmarks in shadow roots: Chromium's tree.
    await page();
    const main = await axNode('bf-header', 'nav[part="navigation"]');
    const languages = await axNode('bf-header', 'bf-language-switcher', 'nav');
    expect(main.name).to.equal('Hoofdmenu');
    expect(languages.name).to.not.equal('');
    expect(languages.name).to.not.equal(main.name);
  });

  it('puts the footer’s links, heading and the page’s own content inside contentinfo', async function () {
    if (isFirefox) this.skip();
    await page();
    const ancestorsOf = async (...path: string[]) =>
      (await axNode(...path)) as unknown as { role: string; name: string; ancestorRoles: string[] };
    const builtIn = await ancestorsOf('bf-footer', '[part="link"]');
    expect(builtIn.role).to.equal('link');
    expect(builtIn.name).to.equal('Toegankelijkheidsverklaring');
    expect(builtIn.ancestorRoles.slice(0, 2)).to.deep.equal(['listitem', 'list']);
    expect(builtIn.ancestorRoles).to.include('contentinfo');
    const heading = await ancestorsOf('bf-footer', '[part="heading"]');
    expect(heading.role).to.equal('heading');
    expect(heading.name).to.equal('Liever niet online?');
    expect(heading.ancestorRoles).to.include('contentinfo');
    const own = await ancestorsOf('bf-footer [slot="links"] a');
    expect(own.ancestorRoles).to.include('contentinfo');
  });
});
