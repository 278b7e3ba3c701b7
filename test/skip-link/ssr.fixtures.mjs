// What <bf-skip-link> must look like when a server renders it (see test/ssr/ssr.test.mjs).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    // The element's own link, in the server's language, is the slot's fallback content.
    name: 'skip-link',
    serverLang: 'de-BE',
    // With the script, the element moves its own link into light DOM (where checkers find a
    // page's skip link): the same link, text and target, in the other tree.
    lightDomEnhanced: true,
    template: html`<bf-skip-link target="inhalt"></bf-skip-link>
      <main id="inhalt"><h1>Umzug melden</h1></main>`,
    check({ fragment }) {
      const shadow = shadowRoot(find(fragment, 'bf-skip-link'));
      const slot = find(shadow, 'slot');
      const link = find(slot, 'a');
      assert.ok(link, 'the own link is inside the slot, as its fallback');
      assert.equal(attr(link, 'href'), '#inhalt');
      assert.equal(readableText(link), 'Zum Hauptinhalt springen');
    },
  },
  {
    // The author's own link replaces the fallback, also before any script runs.
    name: 'skip-link-own',
    serverLang: 'nl-BE',
    template: html`<bf-skip-link><a href="#main">Naar de inhoud</a></bf-skip-link>
      <main id="main"><h1>Verhuizen</h1></main>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-skip-link');
      assert.equal(attr(find(lightDom(host), 'a'), 'href'), '#main');
      assert.ok(find(shadowRoot(host), 'slot'));
    },
  },
];
