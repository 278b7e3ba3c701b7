// What <bf-spinner> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** The text a spinner without text of its own gives screen readers, per language. */
export const loadingText = {
  nl: 'Bezig met laden',
  fr: 'Chargement en cours',
  de: 'Wird geladen',
  en: 'Loading',
};

function base(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-spinner> has no declarative shadow root');
  const element = find(root, 'span', (node) => attr(node, 'part') === 'base');
  assert.ok(element, 'no [part="base"] in the shadow root');
  assert.equal(attr(element, 'role'), null, 'no live region of its own');
  const ring = find(element, 'span', (node) => attr(node, 'part') === 'ring');
  assert.equal(attr(ring, 'aria-hidden'), 'true');
  return element;
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  ...Object.entries(loadingText).map(([locale, text]) => ({
    name: `spinner-${locale}`,
    serverLang: locale === 'en' ? 'en' : `${locale}-BE`,
    template: html`<bf-spinner></bf-spinner>`,
    check({ fragment }) {
      const label = find(base(find(fragment, 'bf-spinner')), 'span', (node) =>
        (attr(node, 'part') ?? '').includes('label'),
      );
      assert.equal(readableText(label), text);
    },
  })),
  {
    name: 'spinner-with-text',
    serverLang: 'nl-BE',
    template: html`<bf-spinner size="large">Uw adres wordt opgezocht</bf-spinner>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-spinner');
      // The server cannot see the children, so it renders the slot next to the built-in label.
      assert.ok(find(base(host), 'slot'));
      assert.equal(readableText(lightDom(host)), 'Uw adres wordt opgezocht');
    },
  },
];
