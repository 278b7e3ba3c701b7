// What <bf-breadcrumbs> must look like when a server renders it (test/ssr/ssr.test.mjs checks
// each fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

const labels = {
  nl: 'Kruimelpad',
  fr: "Fil d'Ariane",
  de: 'Brotkrumennavigation',
  en: 'Breadcrumb',
};

function landmark(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-breadcrumbs> has no declarative shadow root');
  const nav = find(root, 'nav');
  assert.ok(nav, 'no <nav> landmark');
  return nav;
}

const builtFromChildren =
  'the server cannot see the links, so it sends the landmark with the links in its default slot; the script puts each in a list item';

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    // The links are the page's own: readable and working in the named landmark before (and
    // without) any script.
    name: 'breadcrumbs',
    serverLang: 'nl-BE',
    builtFromChildren,
    template: html`<bf-breadcrumbs
      ><a href="/">Home</a><a href="/belastingen">Belastingen</a
      ><span aria-current="page">Aangifte</span></bf-breadcrumbs
    >`,
    check({ fragment }) {
      const host = find(fragment, 'bf-breadcrumbs');
      const nav = landmark(host);
      assert.equal(attr(nav, 'aria-label'), labels.nl);
      assert.ok(
        find(nav, 'slot', (slot) => attr(slot, 'name') === null),
        'a default slot in the landmark',
      );
      const links = findAll(lightDom(host), 'a');
      assert.deepEqual(
        links.map((link) => attr(link, 'href')),
        ['/', '/belastingen'],
      );
      assert.equal(readableText(lightDom(host)), 'HomeBelastingenAangifte');
    },
  },
  ...Object.entries(labels).map(([locale, label]) => ({
    name: `breadcrumbs-own-lang-${locale}`,
    serverLang: '',
    builtFromChildren,
    template: html`<bf-breadcrumbs lang=${locale}><a href="/">…</a><span>…</span></bf-breadcrumbs>`,
    check({ fragment }) {
      assert.equal(attr(landmark(find(fragment, 'bf-breadcrumbs')), 'aria-label'), label);
    },
  })),
];
