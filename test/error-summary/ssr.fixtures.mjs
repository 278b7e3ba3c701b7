// What <bf-error-summary> must look like when a server renders it (test/ssr/ssr.test.mjs checks
// each fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, elements, find, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** The heading each language gets. */
export const headingText = {
  nl: 'Er is een probleem',
  fr: 'Il y a un problème',
  de: 'Es gibt ein Problem',
  en: 'There is a problem',
};

/** The focusable box in a summary's declarative shadow root. */
function box(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-error-summary> has no declarative shadow root');
  const base = find(root, 'div', (element) => attr(element, 'part') === 'base');
  assert.ok(base, 'no [part="base"] box in the shadow root');
  assert.equal(attr(base, 'role'), 'region');
  assert.equal(attr(base, 'tabindex'), '-1');
  return base;
}

function heading(host) {
  const base = box(host);
  const element = [...elements(base)].find((candidate) => attr(candidate, 'part') === 'heading');
  assert.ok(element, 'no heading in the box');
  assert.equal(attr(base, 'aria-labelledby'), attr(element, 'id'));
  return element;
}

/** The server's list: in the light DOM, shown through the default slot, links intact. */
function serverErrors(host) {
  assert.ok(
    find(box(host), 'slot', (slot) => attr(slot, 'name') === null),
    'a default slot',
  );
  return lightDom(host);
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    // The page comes back from the server with errors: readable, and its links work, before
    // (and without) any script.
    name: 'error-summary-server-errors',
    serverLang: 'nl-BE',
    template: html`<bf-error-summary for="address"
        ><ul>
          <li><a href="#postcode">Vul uw postcode in</a></li>
          <li><a href="#municipality">Vul uw gemeente in</a></li>
        </ul></bf-error-summary
      >
      <form id="address" action="/adres" method="post">
        <label for="postcode">Postcode</label>
        <input id="postcode" name="postcode" />
        <label for="municipality">Gemeente</label>
        <input id="municipality" name="municipality" />
      </form>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-error-summary');
      const element = heading(host);
      assert.equal(element.tagName, 'h2');
      assert.equal(readableText(element), headingText.nl);
      assert.equal(attr(element, 'lang'), null);
      const light = serverErrors(host);
      assert.match(readableText(light), /Vul uw postcode in\s+Vul uw gemeente in/);
      const link = find(light, 'a');
      assert.equal(attr(link, 'href'), '#postcode');
    },
  },
  {
    // Waiting for errors found in the browser: drawn, but hidden by `:empty` until there are any.
    name: 'error-summary-empty',
    serverLang: 'fr-BE',
    template: html`<bf-error-summary for="request"></bf-error-summary>
      <form id="request"><input aria-label="Nom" required /></form>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-error-summary');
      assert.match(attr(box(host), 'class'), /summary--server/);
      assert.equal(readableText(lightDom(host)), '');
    },
  },
  {
    name: 'error-summary-heading-level',
    serverLang: 'de-BE',
    template: html`<bf-error-summary heading-level="1"
      ><ul>
        <li><a href="#iban">Geben Sie eine IBAN an, die mit BE beginnt</a></li>
      </ul></bf-error-summary
    >`,
    check({ fragment }) {
      const element = heading(find(fragment, 'bf-error-summary'));
      assert.equal(element.tagName, 'h1');
      assert.equal(readableText(element), headingText.de);
    },
  },
  ...Object.entries(headingText).map(([locale, text]) => ({
    name: `error-summary-own-lang-${locale}`,
    serverLang: '',
    template: html`<bf-error-summary lang=${locale}
      ><ul>
        <li><a href="#name">…</a></li>
      </ul></bf-error-summary
    >`,
    check({ fragment }) {
      assert.equal(readableText(heading(find(fragment, 'bf-error-summary'))), text);
    },
  })),
];
