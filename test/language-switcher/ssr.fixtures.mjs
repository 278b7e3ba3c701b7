// What <bf-language-switcher> must look like when a server renders it (test/ssr/ssr.test.mjs
// checks each fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

const labels = {
  nl: 'Kies een taal',
  fr: 'Choisir une langue',
  de: 'Sprache wählen',
  en: 'Choose a language',
};

function landmark(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-language-switcher> has no declarative shadow root');
  const nav = find(root, 'nav');
  assert.ok(nav, 'no <nav> landmark');
  return nav;
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    // Links from a template: the server sends working links, so nothing needs JavaScript.
    name: 'language-switcher-links',
    serverLang: 'fr-BE',
    template: html`<bf-language-switcher href-template="/{lang}/contact"></bf-language-switcher>`,
    check({ fragment }) {
      const nav = landmark(find(fragment, 'bf-language-switcher'));
      assert.equal(attr(nav, 'aria-label'), labels.fr);
      const links = findAll(nav, 'a');
      assert.deepEqual(
        links.map((link) => [attr(link, 'href'), attr(link, 'hreflang'), attr(link, 'lang')]),
        [
          ['/nl/contact', 'nl', 'nl'],
          ['/fr/contact', 'fr', 'fr'],
          ['/de/contact', 'de', 'de'],
          ['/en/contact', 'en', 'en'],
        ],
      );
      assert.deepEqual(
        links.map((link) => attr(link, 'aria-current')),
        [null, 'true', null, null],
      );
      assert.equal(readableText(find(links[2], 'span')), 'Deutsch');
    },
  },
  {
    // No attributes at all: buttons, which work once the script runs.
    name: 'language-switcher-buttons',
    serverLang: 'de-BE',
    template: html`<bf-language-switcher></bf-language-switcher>`,
    check({ fragment }) {
      const nav = landmark(find(fragment, 'bf-language-switcher'));
      assert.equal(attr(nav, 'aria-label'), labels.de);
      const buttons = findAll(nav, 'button');
      assert.equal(buttons.length, 4);
      assert.equal(attr(buttons[2], 'aria-current'), 'true');
    },
  },
  {
    // Your own links: in light DOM, shown through the slot; the options the switcher would make
    // are the slot's fallback, which the browser does not show next to them.
    name: 'language-switcher-own-links',
    serverLang: 'nl-BE',
    lightDomEnhanced: true,
    template: html`<bf-language-switcher
      ><a href="/nl/contact" hreflang="nl" lang="nl">Nederlands</a
      ><a href="/fr/contact" hreflang="fr" lang="fr">Français</a></bf-language-switcher
    >`,
    check({ fragment }) {
      const host = find(fragment, 'bf-language-switcher');
      const nav = landmark(host);
      assert.ok(find(nav, 'slot'), 'a default slot in the landmark');
      const links = findAll(lightDom(host), 'a');
      assert.equal(links.length, 2);
      assert.equal(attr(links[1], 'href'), '/fr/contact');
    },
  },
  ...Object.entries(labels).map(([locale, label]) => ({
    name: `language-switcher-own-lang-${locale}`,
    serverLang: '',
    template: html`<bf-language-switcher lang=${locale}></bf-language-switcher>`,
    check({ fragment }) {
      assert.equal(attr(landmark(find(fragment, 'bf-language-switcher')), 'aria-label'), label);
    },
  })),
];
