// What <bf-footer> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox; the no-JS
// test uses them without the script).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, elements, find, findAll, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** The built-in links in each language. */
export const linkText = {
  nl: ['Toegankelijkheidsverklaring', 'Privacyverklaring', 'Cookies', 'Contact'],
  fr: ["Déclaration d'accessibilité", 'Déclaration de confidentialité', 'Cookies', 'Contact'],
  de: ['Erklärung zur Barrierefreiheit', 'Datenschutzerklärung', 'Cookies', 'Kontakt'],
  en: ['Accessibility statement', 'Privacy statement', 'Cookies', 'Contact'],
};

const content = html`<p slot="alternatives">Bel 02 572 57 57 of kom naar het loket.</p>
  <div slot="agency"><p>FOD Financiën</p></div>
  <ul slot="links">
    <li><a href="/sitemap">Sitemap</a></li>
  </ul>`;

function footer(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-footer> has no declarative shadow root');
  const element = find(root, 'footer');
  assert.ok(element, 'a <footer> element, the contentinfo landmark');
  const part = (name) =>
    [...elements(element)].find((candidate) => attr(candidate, 'part') === name);
  return { element, part };
}

const linksOf = (part) =>
  findAll(part('links'), 'a').map((link) => [readableText(link), attr(link, 'href')]);

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'footer',
    serverLang: 'nl-BE',
    template: html`<bf-footer
      accessibility-href="/toegankelijkheid"
      privacy-href="/privacy"
      cookies-href="/cookies"
      contact-href="/contact"
      >${content}</bf-footer
    >`,
    check({ fragment }) {
      const host = find(fragment, 'bf-footer');
      const { part } = footer(host);
      assert.deepEqual(linksOf(part), [
        [linkText.nl[0], '/toegankelijkheid'],
        [linkText.nl[1], '/privacy'],
        [linkText.nl[2], '/cookies'],
        [linkText.nl[3], '/contact'],
      ]);
      const heading = part('heading');
      assert.equal(heading.tagName, 'h2');
      assert.equal(readableText(heading), 'Liever niet online?');
      const identity = find(part('identity'), 'a');
      assert.equal(attr(identity, 'href'), 'https://www.belgium.be/nl');
      // The page's content stays in the light DOM: readable without the script.
      assert.match(readableText(lightDom(host)), /02 572 57 57[\s\S]*Sitemap/);
    },
  },
  {
    // Nothing in the alternatives slot: the server still renders the section (undefined.css
    // hides it until the script runs), and an unsafe address gives no link.
    name: 'footer-no-alternatives',
    serverLang: 'fr-BE',
    warnings: [/privacy-href is not a safe URL/],
    template: html`<bf-footer
      accessibility-href="/accessibilite"
      privacy-href="javascript:alert(1)"
      heading-level="3"
      ><div slot="agency"><p>SPF Finances</p></div></bf-footer
    >`,
    check({ fragment }) {
      const { part } = footer(find(fragment, 'bf-footer'));
      assert.deepEqual(linksOf(part), [[linkText.fr[0], '/accessibilite']]);
      assert.equal(part('heading').tagName, 'h3');
      assert.equal(attr(find(part('identity'), 'a'), 'href'), 'https://www.belgium.be/fr');
    },
  },
  ...Object.entries(linkText).map(([locale, text]) => ({
    name: `footer-own-lang-${locale}`,
    serverLang: '',
    template: html`<bf-footer lang=${locale} accessibility-href="/a" contact-href="/c"
      >${content}</bf-footer
    >`,
    check({ fragment }) {
      const { part } = footer(find(fragment, 'bf-footer'));
      assert.deepEqual(
        linksOf(part).map(([words]) => words),
        [text[0], text[3]],
      );
    },
  })),
];
