// What <bf-checkbox-group> must look like when a server renders it (test/ssr/ssr.test.mjs checks
// each fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox). The
// server writes the native checkboxes and labels in their slots: they work with no script.
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, readableText, shadowRoot } from '../ssr/html.mjs';

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'checkbox-group',
    serverLang: 'en',
    template: html`<bf-checkbox-group label="Which benefits do you receive?" name="benefit">
      <bf-checkbox value="pension"
        ><input
          slot="control"
          aria-invalid="false"
          type="checkbox"
          id="benefit-pension"
          name="benefit"
          value="pension"
        /><label slot="label" for="benefit-pension">Pension</label></bf-checkbox
      >
      <bf-checkbox value="child" checked
        ><input
          slot="control"
          aria-invalid="false"
          type="checkbox"
          id="benefit-child"
          name="benefit"
          value="child"
          checked
        /><label slot="label" for="benefit-child">Child benefit</label></bf-checkbox
      >
    </bf-checkbox-group>`,
    check({ fragment }) {
      const group = find(fragment, 'bf-checkbox-group');
      const root = shadowRoot(group);
      assert.ok(root, '<bf-checkbox-group> has a declarative shadow root');
      const legend = find(find(root, 'fieldset'), 'legend');
      assert.equal(readableText(legend), 'Which benefits do you receive? (optional)');
      const boxes = findAll(group, 'bf-checkbox');
      assert.deepEqual(
        boxes.map((box) => attr(box, 'checked')),
        [null, ''],
      );
      for (const box of boxes) assert.ok(shadowRoot(box), '<bf-checkbox> has a shadow root');
    },
  },
];
