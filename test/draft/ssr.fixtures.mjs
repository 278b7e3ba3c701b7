// What <bf-draft> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox). A server
// cannot read the browser's storage: it renders the form through the slot, and no notice.
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, lightDom, shadowRoot } from '../ssr/html.mjs';

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'draft',
    serverLang: 'nl-BE',
    template: html`<bf-draft key="moving-house"
      ><form action="/move" method="post">
        <label for="street">Straat</label><input id="street" name="street" /></form
    ></bf-draft>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-draft');
      const root = shadowRoot(host);
      assert.ok(root, '<bf-draft> has no declarative shadow root');
      assert.ok(
        find(root, 'slot', (slot) => attr(slot, 'name') === null),
        'a default slot',
      );
      assert.equal(
        find(root, 'div', (element) => attr(element, 'part') === 'notice'),
        undefined,
        'no notice before the browser has read its storage',
      );
      // The form stays in the light DOM: it works before and without the script.
      const form = find(lightDom(host), 'form');
      assert.ok(form, 'the form is in the light DOM');
      assert.ok(find(form, 'input', (input) => attr(input, 'name') === 'street'));
    },
  },
];
