// What <bf-text-field> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox). A server
// cannot run the element, so it writes the native control itself, inside the element, as the
// element would (slot attributes included): the form then works before and without JavaScript,
// nothing moves when the script adopts the control, and the DOM stays as the server sent it.
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, lightDom, shadowRoot } from '../ssr/html.mjs';

/** The named slots of a text field's declarative shadow root. */
function slotNames(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-text-field> has no declarative shadow root');
  const names = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === 'slot') names.push(attr(child, 'name') ?? '');
      walk(child);
    }
  };
  walk(root);
  return names;
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'text-field',
    serverLang: 'nl-BE',
    template: html`<form action="/submitted" method="get">
      <bf-text-field required width="postcode">
        <label slot="label" for="postcode">Postcode</label>
        <p slot="hint" id="postcode-hint">4 cijfers, bijvoorbeeld 1000</p>
        <input
          slot="control"
          id="postcode"
          name="postcode"
          autocomplete="postal-code"
          inputmode="numeric"
          required
          aria-describedby="postcode-hint"
          aria-invalid="false"
        />
      </bf-text-field>
    </form>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-text-field');
      // `known`, `source` and `correct` hold a known value once the script runs (only once).
      assert.deepEqual(slotNames(host), [
        'label',
        'hint',
        'error',
        'control',
        'known',
        'source',
        'correct',
        'count',
        '',
      ]);
      const root = shadowRoot(host);
      assert.ok(find(root, 'div', (div) => attr(div, 'part') === 'box'));
      // The control stays in the light DOM, where the form and the label find it without script.
      const input = find(lightDom(host), 'input');
      assert.equal(attr(input, 'name'), 'postcode');
      assert.equal(attr(input, 'autocomplete'), 'postal-code');
      assert.equal(find(root, 'input'), undefined, 'no control in the shadow root');
    },
  },
  {
    // The show/hide button is part of the shadow root, named in the server's language.
    name: 'text-field-password',
    serverLang: 'fr-BE',
    template: html`<bf-text-field type="password" required>
      <label slot="label" for="password">Mot de passe</label>
      <input
        slot="control"
        id="password"
        type="password"
        name="password"
        autocomplete="current-password"
        required
        spellcheck="false"
        autocapitalize="none"
        aria-invalid="false"
      />
    </bf-text-field>`,
    check({ fragment }) {
      const root = shadowRoot(find(fragment, 'bf-text-field'));
      const toggle = find(root, 'button', (button) => attr(button, 'part') === 'toggle');
      assert.ok(toggle, 'a password field renders its show/hide button');
      assert.equal(attr(toggle, 'aria-label'), 'Afficher le mot de passe');
      assert.equal(attr(toggle, 'type'), 'button');
    },
  },
];
