// What <bf-checkbox> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox). The server
// writes the native checkbox and its label in their slots: it submits with no script at all,
// and the script changes nothing in the page when it runs.
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, shadowRoot } from '../ssr/html.mjs';

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'checkbox',
    serverLang: 'nl-BE',
    template: html`<form action="/submitted" method="get">
      <bf-checkbox name="declaration" required
        ><input
          slot="control"
          aria-invalid="false"
          type="checkbox"
          id="declaration"
          name="declaration"
          required
          aria-describedby="declaration-hint"
        /><label slot="label" for="declaration">Ik verklaar dat alles klopt</label>
        <div slot="hint" id="declaration-hint">Een valse verklaring is strafbaar</div></bf-checkbox
      >
    </form>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-checkbox');
      const root = shadowRoot(host);
      assert.ok(root, '<bf-checkbox> has no declarative shadow root');
      const option = find(root, 'div', (div) => attr(div, 'part') === 'option');
      assert.ok(option, 'the option row is rendered');
      for (const name of ['control', 'label', 'hint']) {
        assert.ok(
          find(option, 'slot', (slot) => attr(slot, 'name') === name),
          `${name} slot`,
        );
      }
      assert.equal(attr(find(host, 'input'), 'slot'), 'control');
    },
  },
  {
    // Ticked: the follow-up question shows from the first byte.
    name: 'checkbox-conditional',
    serverLang: 'de-BE',
    template: html`<bf-checkbox name="contact" value="phone" checked
      ><input
        slot="control"
        aria-invalid="false"
        type="checkbox"
        id="contact-phone"
        name="contact"
        value="phone"
        checked
        aria-controls="contact-phone-more"
      /><label slot="label" for="contact-phone">Per Telefon</label>
      <div slot="conditional" id="contact-phone-more">
        <label for="phone">Telefonnummer</label><input id="phone" name="phone" />
      </div>
    </bf-checkbox>`,
    check({ fragment }) {
      const root = shadowRoot(find(fragment, 'bf-checkbox'));
      const wrapper = find(root, 'div', (div) => attr(div, 'part') === 'conditional');
      assert.ok(wrapper, 'the follow-up questions have their place');
      assert.equal(attr(wrapper, 'hidden'), null);
    },
  },
];
