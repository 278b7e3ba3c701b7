// What <bf-header> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox; the no-JS
// test uses them without the script).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, elements, find, findAll, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** The identity line and the navigation's name in each language. */
export const headerText = {
  nl: { official: 'Een officiële website van de Belgische federale overheid', nav: 'Hoofdmenu' },
  fr: { official: "Un site officiel de l'administration fédérale belge", nav: 'Menu principal' },
  de: { official: 'Eine offizielle Website der belgischen Föderalverwaltung', nav: 'Hauptmenü' },
  en: { official: 'An official website of the Belgian federal government', nav: 'Main menu' },
};

const content = html`<a slot="agency" href="/">FOD Financiën</a
  ><a slot="account" href="/aanmelden">Aanmelden</a>
  <ul slot="navigation">
    <li><a href="/belastingen" aria-current="page">Belastingen</a></li>
    <li><a href="/btw">Btw</a></li>
  </ul>`;

/** The <header> landmark in the declarative shadow root, with its parts. */
function frame(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-header> has no declarative shadow root');
  const header = find(root, 'header');
  assert.ok(header, 'a <header> element, the banner landmark');
  assert.equal(attr(header, 'part'), 'base');
  const part = (name) => {
    const element = [...elements(header)].find((candidate) => attr(candidate, 'part') === name);
    assert.ok(element, `no [part="${name}"]`);
    return element;
  };
  return { header, part };
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'header',
    serverLang: 'nl-BE',
    template: html`<bf-header>${content}</bf-header>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-header');
      const { header, part } = frame(host);
      assert.match(readableText(part('identity')), new RegExp(headerText.nl.official));
      const toggle = part('identity-toggle');
      assert.equal(toggle.tagName, 'summary', 'a native disclosure: it works without JavaScript');
      // The chevron's own declarative shadow root (its styles) follows the text.
      assert.match(readableText(toggle), /^Hoe weet u dat\?/);
      const nav = part('navigation');
      assert.equal(nav.tagName, 'nav');
      assert.equal(attr(nav, 'aria-label'), headerText.nl.nav);
      assert.equal(attr(nav, 'id'), 'navigation');
      const button = part('menu-button');
      assert.equal(attr(button, 'aria-expanded'), 'false');
      assert.equal(attr(button, 'aria-controls'), 'navigation');
      assert.equal(attr(button, 'type'), 'button');
      // Every slot is drawn: the server cannot see the element's children.
      // (The header's own language switcher, in the language slot, has a default slot.)
      const slots = findAll(header, 'slot').map((slot) => attr(slot, 'name'));
      assert.deepEqual(slots.filter(Boolean), ['agency', 'language', 'account', 'navigation']);
      const switcher = find(header, 'bf-language-switcher');
      assert.equal(attr(switcher, 'lang'), 'nl-BE');
      // The links stay in the light DOM: readable and usable before and without the script.
      const links = findAll(lightDom(host), 'a').map((link) => attr(link, 'href'));
      assert.deepEqual(links, ['/', '/aanmelden', '/belastingen', '/btw']);
    },
  },
  {
    name: 'header-menu-open',
    serverLang: 'fr-BE',
    template: html`<bf-header menu-open>${content}</bf-header>`,
    check({ fragment }) {
      const { part } = frame(find(fragment, 'bf-header'));
      assert.equal(attr(part('menu-button'), 'aria-expanded'), 'true');
      assert.match(attr(part('navigation'), 'class'), /navigation--open/);
      assert.equal(attr(part('navigation'), 'aria-label'), headerText.fr.nav);
    },
  },
  ...Object.entries(headerText).map(([locale, text]) => ({
    name: `header-own-lang-${locale}`,
    serverLang: '',
    template: html`<bf-header lang=${locale}>${content}</bf-header>`,
    check({ fragment }) {
      const { part } = frame(find(fragment, 'bf-header'));
      assert.match(readableText(part('identity')), new RegExp(text.official));
      assert.equal(attr(part('navigation'), 'aria-label'), text.nav);
    },
  })),
];
