// What <bf-tag> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

function base(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-tag> has no declarative shadow root');
  const element = find(root, 'span', (node) => attr(node, 'part') === 'base');
  assert.ok(element, 'no [part="base"] in the shadow root');
  return element;
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'tag-variants',
    serverLang: 'nl-BE',
    template: html`<bf-tag>Gelezen</bf-tag> <bf-tag variant="info">Nieuw</bf-tag>
      <bf-tag variant="success" icon>Betaald</bf-tag> <bf-tag variant="warning">Te betalen</bf-tag>
      <bf-tag variant="error" icon>Geweigerd</bf-tag>`,
    check({ fragment }) {
      const hosts = findAll(fragment, 'bf-tag');
      assert.equal(hosts.length, 5);
      for (const host of hosts) {
        const variant = attr(host, 'variant') ?? 'neutral';
        assert.match(attr(base(host), 'class'), new RegExp(`tag--${variant}`));
        // The status is text in the light DOM, shown through the slot: readable without script.
        assert.ok(find(base(host), 'slot'));
        assert.notEqual(readableText(lightDom(host)), '');
        const icon = find(base(host), 'svg');
        if (attr(host, 'icon') === null) assert.equal(icon, undefined);
        else assert.equal(attr(icon, 'aria-hidden'), 'true');
      }
    },
  },
];
