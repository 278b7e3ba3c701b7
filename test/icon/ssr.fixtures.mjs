// What <bf-icon> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, shadowRoot } from '../ssr/html.mjs';

/** The `<svg>` in an icon's declarative shadow root. */
function drawing(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-icon> has no declarative shadow root');
  const svg = find(root, 'svg');
  assert.ok(svg, 'no <svg> in the shadow root');
  assert.equal(attr(svg, 'part'), 'svg');
  return svg;
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    // Drawn from the built-in set on the server: no request, no script needed to see it.
    name: 'icon-decorative',
    serverLang: 'nl-BE',
    template: html`<p><bf-icon name="info"></bf-icon> Uw aanvraag is ontvangen.</p>`,
    check({ fragment }) {
      const svg = drawing(find(fragment, 'bf-icon'));
      assert.ok(findAll(svg, 'path').length > 0, 'the info icon has its paths');
      assert.ok(findAll(svg, 'path').every((path) => (attr(path, 'd') ?? '').length > 0));
      assert.equal(attr(svg, 'aria-hidden'), 'true');
      assert.equal(attr(svg, 'role'), null);
    },
  },
  {
    name: 'icon-labelled',
    serverLang: 'fr-BE',
    template: html`<bf-icon name="warning" label="Attention"></bf-icon>`,
    check({ fragment }) {
      const svg = drawing(find(fragment, 'bf-icon'));
      assert.equal(attr(svg, 'role'), 'img');
      assert.equal(attr(svg, 'aria-label'), 'Attention');
      assert.equal(attr(svg, 'aria-hidden'), null);
    },
  },
  {
    name: 'icon-sizes',
    serverLang: 'de-BE',
    template: html`<bf-icon name="phone" size="small"></bf-icon>
      <bf-icon name="phone"></bf-icon>
      <bf-icon name="phone" size="large"></bf-icon>`,
    check({ fragment }) {
      const hosts = findAll(fragment, 'bf-icon');
      assert.deepEqual(
        hosts.map((host) => attr(host, 'size')),
        ['small', null, 'large'],
      );
      for (const host of hosts) assert.ok(findAll(drawing(host), 'path').length > 0);
    },
  },
  {
    // A name nothing registered: nothing is drawn, with a warning, and the page still renders.
    name: 'icon-unknown',
    serverLang: 'nl-BE',
    warnings: [/no icon called "kasteel" is registered/],
    template: html`<bf-icon name="kasteel"></bf-icon>`,
    check({ fragment }) {
      assert.equal(findAll(drawing(find(fragment, 'bf-icon')), 'path').length, 0);
    },
  },
  {
    // In a button's icon slot: both elements arrive with their declarative shadow roots.
    name: 'icon-in-button',
    serverLang: 'nl-BE',
    template: html`<bf-button href="/nl/formulier.pdf"
      ><bf-icon slot="start" name="download"></bf-icon>Formulier downloaden</bf-button
    >`,
    check({ fragment }) {
      const icon = find(find(fragment, 'bf-button'), 'bf-icon');
      assert.equal(attr(icon, 'slot'), 'start');
      assert.ok(findAll(drawing(icon), 'path').length > 0);
    },
  },
];
