// What a server-rendered <bf-language-switcher> does when its script never runs. This file never
// loads the component: the page has only the server's HTML and the stylesheets.
import { expect } from '@open-wc/testing';
import { ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();

describe('bf-language-switcher without JavaScript', () => {
  const insert = withoutScript('bf-language-switcher', rendered);

  it('shows working links in a named landmark, 44 px high, from href-template', () => {
    const host = insert('language-switcher-links').querySelector('bf-language-switcher')!;
    const nav = host.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Choisir une langue');
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      '/nl/contact',
      '/fr/contact',
      '/de/contact',
      '/en/contact',
    ]);
    for (const link of links) expect(link.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('shows your own links, styled, and not the options it would make', () => {
    const host = insert('language-switcher-own-links').querySelector('bf-language-switcher')!;
    const links = [...host.querySelectorAll('a')];
    expect(links).to.have.length(2);
    for (const link of links) expect(link.getBoundingClientRect().height).to.be.at.least(44);
    const fallback = host.shadowRoot!.querySelector('[part="option"]')!;
    expect(fallback.getBoundingClientRect().height).to.equal(0);
  });
});
