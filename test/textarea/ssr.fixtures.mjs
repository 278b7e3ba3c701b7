// What <bf-textarea> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox;
// test/textarea/no-js.test.ts uses them without the script).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** The slots of a textarea's declarative shadow root, by name ('' for the default slot). */
function slots(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-textarea> has no declarative shadow root');
  return new Map(findAll(root, 'slot').map((slot) => [attr(slot, 'name') ?? '', slot]));
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    // The markup that works, and looks final, before and without JavaScript: the page writes the
    // label, the hint and the textarea into the slots the server's shadow root lays out.
    name: 'textarea-written-in-the-markup',
    serverLang: 'nl-BE',
    lightDomEnhanced: true,
    template: html`<form action="/vraag" method="get">
      <bf-textarea>
        <label slot="label" for="question">Beschrijf uw vraag</label>
        <p slot="hint" id="question-hint">Vermeld geen bankgegevens.</p>
        <textarea
          slot="control"
          id="question"
          name="question"
          rows="4"
          aria-describedby="question-hint"
          required
        >
Ik ben verhuisd.</textarea>
      </bf-textarea>
      <button type="submit">Verzenden</button>
    </form>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-textarea');
      const byName = slots(host);
      for (const name of ['', 'label', 'hint', 'error', 'control', 'count']) {
        assert.ok(byName.has(name), `no ${name || 'default'} slot`);
      }
      const box = find(shadowRoot(host), 'div', (div) => attr(div, 'part') === 'box');
      assert.ok(find(box, 'slot', (slot) => attr(slot, 'name') === 'control'));
      // The page's own label, hint and textarea are there, untouched.
      const light = lightDom(host);
      const textarea = find(light, 'textarea');
      assert.equal(attr(textarea, 'name'), 'question');
      assert.equal(attr(textarea, 'aria-describedby'), 'question-hint');
      assert.equal(readableText(textarea), 'Ik ben verhuisd.');
      assert.equal(attr(find(light, 'label'), 'for'), 'question');
    },
  },
  {
    // With a limit written on the textarea: without JavaScript the browser's own maxlength holds;
    // with it, the count appears under the box.
    name: 'textarea-with-a-limit',
    serverLang: 'fr-BE',
    lightDomEnhanced: true,
    sizeChanges: 'the character count appears under the box',
    template: html`<bf-textarea>
      <label slot="label" for="reason">Motif</label>
      <textarea slot="control" id="reason" name="reason" maxlength="200" required></textarea>
    </bf-textarea>`,
    check({ fragment }) {
      const textarea = find(lightDom(find(fragment, 'bf-textarea')), 'textarea');
      assert.equal(attr(textarea, 'maxlength'), '200');
    },
  },
  {
    name: 'textarea-attributes',
    serverLang: 'fr-BE',
    lightDomEnhanced: true,
    sizeChanges: 'the label, the box and the count are created by the script',
    template: html`<bf-textarea
      label="Décrivez votre question"
      name="question"
      rows="3"
      maxlength="500"
      required
    ></bf-textarea>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-textarea');
      assert.equal(attr(host, 'label'), 'Décrivez votre question');
      assert.equal(attr(host, 'rows'), '3');
      assert.ok(slots(host).has('count'));
    },
  },
  {
    name: 'textarea-readonly',
    serverLang: 'en',
    lightDomEnhanced: true,
    sizeChanges: 'the label and the box are created by the script',
    template: html`<bf-textarea label="Earlier answer" value="I moved on 1 March." readonly>
    </bf-textarea>`,
    check({ fragment }) {
      assert.notEqual(attr(find(fragment, 'bf-textarea'), 'readonly'), null);
    },
  },
];
