// What <bf-link> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox). The server
// cannot see the author's <a>: it renders what the host's attributes say, and the browser adds the
// phrase for screen readers next to the <a> (so those fixtures are `lightDomEnhanced`).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** The shadow root of the fixture's <bf-link>. */
function root(fragment) {
  const host = find(fragment, 'bf-link');
  const shadow = shadowRoot(host);
  assert.ok(shadow, '<bf-link> has no declarative shadow root');
  assert.ok(find(shadow, 'slot'), 'the author’s <a> is slotted');
  return { host, shadow };
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'link',
    serverLang: 'nl-BE',
    template: html`<p>
      Neem <bf-link><a href="/contact">contact</a></bf-link> met ons op.
    </p>`,
    check({ fragment }) {
      const { host, shadow } = root(fragment);
      assert.equal(find(shadow, 'svg'), undefined, 'an ordinary link has no icon');
      // The link itself stays in the light DOM: it works before and without the script.
      const anchor = find(lightDom(host), 'a');
      assert.equal(attr(anchor, 'href'), '/contact');
      assert.equal(readableText(anchor), 'contact');
    },
  },
  {
    name: 'link-external',
    serverLang: 'fr-BE',
    lightDomEnhanced: true,
    template: html`<bf-link external><a href="https://www.belgium.be">belgium.be</a></bf-link>`,
    check({ fragment }) {
      const { shadow } = root(fragment);
      const icon = find(shadow, 'svg');
      assert.ok(icon, 'the external sign is drawn by the server');
      assert.equal(attr(icon, 'part'), 'icon');
      assert.equal(attr(icon, 'aria-hidden'), 'true', 'decorative');
    },
  },
  {
    name: 'link-download',
    serverLang: 'nl-BE',
    lightDomEnhanced: true,
    template: html`<bf-link file-type="application/pdf" file-size="1234567"
      ><a href="/jaarverslag.pdf" download>Jaarverslag 2025</a></bf-link
    >`,
    check({ fragment }) {
      const { shadow } = root(fragment);
      const file = find(shadow, 'span', (span) => attr(span, 'part') === 'file');
      assert.ok(file, 'the type and size are written by the server');
      // In the page's Belgian format, with a no-break space before the unit.
      assert.equal(readableText(file).replaceAll('\u00a0', ' ').trim(), '(PDF, 1,2 MB)');
      assert.equal(attr(file, 'aria-hidden'), 'true');
      assert.ok(find(shadow, 'svg'), 'with the download sign');
    },
  },
];
