// What <bf-dialog> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, readableText, shadowRoot } from '../ssr/html.mjs';

/** The close button's name in each language. */
export const closeText = { nl: 'Sluiten', fr: 'Fermer', de: 'Schließen', en: 'Close' };

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  ...Object.entries(closeText).map(([locale, name]) => ({
    name: `dialog-${locale}`,
    serverLang: locale === 'en' ? 'en' : `${locale}-BE`,
    template: html`<bf-dialog heading="Help" heading-level="2">
      <p>Call 1234.</p>
      <a slot="footer" href="/help">More help</a>
    </bf-dialog>`,
    check({ fragment }) {
      const root = shadowRoot(find(fragment, 'bf-dialog'));
      assert.ok(root, '<bf-dialog> has no declarative shadow root');
      const dialog = find(root, 'dialog');
      assert.ok(dialog, 'a native <dialog>');
      // Closed until a script opens it as a modal: a server never opens it.
      assert.equal(attr(dialog, 'open'), null);
      assert.equal(attr(dialog, 'aria-labelledby'), 'title');
      const title = find(root, 'div', (element) => attr(element, 'id') === 'title');
      assert.equal(readableText(find(title, 'h2')), 'Help');
      const close = find(root, 'button', (element) => attr(element, 'part') === 'close');
      assert.equal(attr(close, 'aria-label'), name);
      assert.equal(attr(close, 'type'), 'button');
    },
  })),
];
