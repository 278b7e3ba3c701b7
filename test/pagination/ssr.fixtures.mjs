// What <bf-pagination> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, readableText, shadowRoot } from '../ssr/html.mjs';

const statusText = {
  nl: 'Pagina 3 van 12',
  fr: 'Page 3 sur 12',
  de: 'Seite 3 von 12',
  en: 'Page 3 of 12',
};

function landmark(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-pagination> has no declarative shadow root');
  const nav = find(root, 'nav');
  assert.ok(nav, 'no <nav> landmark');
  return nav;
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    // Links from a template: the server sends working links, so nothing needs JavaScript.
    name: 'pagination-links',
    serverLang: 'nl-BE',
    template: html`<bf-pagination
      current="3"
      total="12"
      href-template="/test/ssr/landing.html?page={page}"
    ></bf-pagination>`,
    check({ fragment }) {
      const nav = landmark(find(fragment, 'bf-pagination'));
      assert.equal(attr(nav, 'aria-label'), 'Paginanavigatie');
      assert.equal(readableText(find(nav, 'p')), statusText.nl);
      const links = findAll(nav, 'a');
      assert.deepEqual(
        links.map((link) => readableText(link)),
        ['Vorige pagina', '1', '2', '3', '4', '12', 'Volgende pagina'],
      );
      const current = links.find((link) => attr(link, 'aria-current') === 'page');
      assert.equal(attr(current, 'aria-label'), 'Pagina 3');
      assert.equal(attr(links[0], 'href'), '/test/ssr/landing.html?page=2');
      assert.equal(
        attr(
          find(nav, 'li', (li) => attr(li, 'class') === 'gap'),
          'aria-hidden',
        ),
        'true',
      );
    },
  },
  {
    // Bad input on the server too: a safe page, and the warning in the server's log.
    name: 'pagination-bad-input',
    serverLang: 'en',
    warnings: [/current="40" is not a page from 1 to 12/],
    template: html`<bf-pagination current="40" total="12"></bf-pagination>`,
    check({ fragment }) {
      const nav = landmark(find(fragment, 'bf-pagination'));
      assert.equal(readableText(find(nav, 'p')), 'Page 12 of 12');
      // Previous, 1, 11 and 12.
      assert.equal(findAll(nav, 'button').length, 4);
    },
  },
  ...Object.entries(statusText).map(([locale, text]) => ({
    name: `pagination-own-lang-${locale}`,
    serverLang: '',
    template: html`<bf-pagination lang=${locale} current="3" total="12"></bf-pagination>`,
    check({ fragment }) {
      assert.equal(readableText(find(landmark(find(fragment, 'bf-pagination')), 'p')), text);
    },
  })),
];
