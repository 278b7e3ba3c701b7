// What <bf-fieldset> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox). A server
// cannot add light-DOM nodes, so server-rendered pages write the <fieldset>, its <legend> and
// the hint themselves: the group works before and without JavaScript, and the element adopts it.
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, shadowRoot } from '../ssr/html.mjs';

/** The slot in a fieldset's declarative shadow root, which shows the light-DOM fieldset. */
function slotOf(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-fieldset> has no declarative shadow root');
  const slot = find(root, 'slot');
  assert.ok(slot, 'no <slot> in the shadow root');
  assert.equal(find(root, 'fieldset'), undefined, 'the fieldset belongs in the light DOM');
  return slot;
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'fieldset-page-heading',
    serverLang: 'nl-BE',
    template: html`<form action="/submitted" method="get">
      <bf-fieldset>
        <fieldset aria-describedby="address-hint">
          <legend><h1>Wat is uw adres?</h1></legend>
          <p id="address-hint" data-bf-hint>Het adres waar u nu woont.</p>
          <label for="street">Straat en nummer</label>
          <input id="street" name="street" autocomplete="address-line1" />
        </fieldset>
      </bf-fieldset>
    </form>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-fieldset');
      slotOf(host);
      const fieldset = find(host, 'fieldset');
      assert.ok(fieldset, 'the light-DOM fieldset is sent as written');
      assert.equal(attr(fieldset, 'aria-describedby'), 'address-hint');
      assert.ok(find(find(fieldset, 'legend'), 'h1'), 'the legend holds the page heading');
      assert.ok(find(fieldset, 'input', (input) => attr(input, 'name') === 'street'));
    },
  },
  {
    name: 'fieldset-disabled',
    serverLang: 'fr-BE',
    template: html`<bf-fieldset disabled>
      <fieldset disabled>
        <legend>Adresse de contact</legend>
        <label for="contact-city">Commune</label>
        <input id="contact-city" name="city" value="Namur" />
      </fieldset>
    </bf-fieldset>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-fieldset');
      slotOf(host);
      assert.notEqual(attr(host, 'disabled'), null);
      // Disabled by the native fieldset before any script runs.
      assert.notEqual(attr(find(host, 'fieldset'), 'disabled'), null);
    },
  },
];
