// What a server-rendered <bf-footer> does when its script never runs. This file never loads the
// component: the page has only the server's HTML and the stylesheets.
import { expect } from '@open-wc/testing';
import { ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();

describe('bf-footer without JavaScript', () => {
  const insert = withoutScript('bf-footer', rendered);
  const shadow = (container: HTMLElement) => container.querySelector('bf-footer')!.shadowRoot!;

  it('is the contentinfo landmark with the mandatory links, which are real links', async () => {
    const container = insert('footer');
    const root = shadow(container);
    expect(root.querySelector('footer')).to.exist;
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[part="link"]')];
    expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
      'Toegankelijkheidsverklaring',
      'Privacyverklaring',
      'Cookies',
      'Contact',
    ]);
    for (const link of links) expect(link.getBoundingClientRect().height).to.be.at.least(44);
    const own = container.querySelector<HTMLAnchorElement>('[slot="links"] a')!;
    expect(own.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(own).color).to.equal(getComputedStyle(links[0]!).color);
  });

  it('shows the alternatives under their heading', () => {
    const root = shadow(insert('footer'));
    const section = root.querySelector('[part="alternatives"]')!;
    expect(section.checkVisibility()).to.equal(true);
    expect(section.querySelector('h2')!.textContent!.trim()).to.equal('Liever niet online?');
  });

  it('hides the heading the server drew when the page put nothing under it', () => {
    const root = shadow(insert('footer-no-alternatives'));
    expect(root.querySelector('[part="alternatives"]')!.checkVisibility()).to.equal(false);
  });

  it('fits 320 px without scrolling sideways', () => {
    const container = insert('footer');
    container.style.inlineSize = '320px';
    container.style.overflow = 'auto';
    expect(container.scrollWidth).to.be.at.most(container.clientWidth);
  });

  it('follows belgium.be: a real link', () => {
    const link = shadow(insert('footer')).querySelector<HTMLAnchorElement>('[part="identity"] a')!;
    expect(link.href).to.equal('https://www.belgium.be/nl');
  });
});
