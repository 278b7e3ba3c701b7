// What <bf-radio> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox). A radio is
// always in a <bf-radio-group>: test/radio-group/ssr.fixtures.mjs renders whole groups.
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, shadowRoot } from '../ssr/html.mjs';

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'radio-with-hint',
    serverLang: 'en',
    template: html`<bf-radio-group label="Do you live in Belgium?" name="belgium">
      <bf-radio value="yes"
        ><input
          slot="control"
          aria-invalid="false"
          type="radio"
          id="belgium-yes"
          name="belgium"
          value="yes"
          aria-describedby="belgium-yes-hint"
        /><label slot="label" for="belgium-yes">Yes</label>
        <div slot="hint" id="belgium-yes-hint">Including abroad for less than a year</div></bf-radio
      >
    </bf-radio-group>`,
    check({ fragment }) {
      const radio = find(fragment, 'bf-radio');
      const root = shadowRoot(radio);
      assert.ok(root, '<bf-radio> has a declarative shadow root');
      assert.ok(find(root, 'slot', (slot) => attr(slot, 'name') === 'hint'));
      assert.equal(attr(find(radio, 'input'), 'aria-describedby'), 'belgium-yes-hint');
    },
  },
];
