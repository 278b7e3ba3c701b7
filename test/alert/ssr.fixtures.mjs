// What <bf-alert> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, elements, find, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** The kind of an error message, as screen readers hear it before the heading. */
export const errorWord = { nl: 'Fout:', fr: 'Erreur\u00a0:', de: 'Fehler:', en: 'Error:' };

function box(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-alert> has no declarative shadow root');
  const base = find(root, 'div', (element) => attr(element, 'part') === 'base');
  assert.ok(base, 'no [part="base"] box in the shadow root');
  // A message present when the page loads is read with the page: no role that would announce it.
  assert.equal(attr(base, 'role'), null);
  assert.equal(attr(base, 'aria-live'), null);
  return base;
}

function heading(host) {
  const element = [...elements(box(host))].find((node) => attr(node, 'part') === 'heading');
  assert.ok(element, 'no heading in the box');
  return element;
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'alert-error',
    serverLang: 'nl-BE',
    template: html`<bf-alert variant="error" heading="Betaling mislukt"
      ><p>Uw kaart werd geweigerd. <a href="/nl/betalen">Probeer opnieuw</a>.</p></bf-alert
    >`,
    check({ fragment }) {
      const host = find(fragment, 'bf-alert');
      assert.match(attr(box(host), 'class'), /alert--error/);
      const element = heading(host);
      assert.equal(element.tagName, 'h2');
      assert.equal(readableText(element).replace(/\s+/g, ' '), 'Fout: Betaling mislukt');
      const icon = find(box(host), 'svg');
      assert.equal(attr(icon, 'aria-hidden'), 'true');
      // The message stays in the light DOM, with its link, shown through the slot.
      assert.ok(find(box(host), 'slot'));
      assert.equal(attr(find(lightDom(host), 'a'), 'href'), '/nl/betalen');
    },
  },
  {
    name: 'alert-dismissible',
    serverLang: 'fr-BE',
    template: html`<bf-alert
      variant="success"
      heading="Demande envoyée"
      heading-level="3"
      dismissible
      ><p>Nous vous répondrons dans les 10 jours.</p></bf-alert
    >`,
    check({ fragment }) {
      const host = find(fragment, 'bf-alert');
      assert.equal(heading(host).tagName, 'h3');
      const close = find(box(host), 'button');
      assert.equal(attr(close, 'type'), 'button');
      assert.equal(attr(close, 'aria-label'), 'Fermer le message\u00a0: Demande envoyée');
    },
  },
  {
    name: 'alert-no-heading',
    serverLang: 'de-BE',
    template: html`<bf-alert variant="warning"><p>Wartung am Sonntag.</p></bf-alert>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-alert');
      const hidden = [...elements(box(host))].find(
        (node) => attr(node, 'class') === 'visually-hidden',
      );
      assert.equal(readableText(hidden), 'Warnung:');
    },
  },
  ...Object.entries(errorWord).map(([locale, word]) => ({
    name: `alert-own-lang-${locale}`,
    serverLang: '',
    template: html`<bf-alert variant="error" heading="…" lang=${locale}><p>…</p></bf-alert>`,
    check({ fragment }) {
      // Compared with plain spaces: readableText collapses the no-break space French uses.
      const text = readableText(heading(find(fragment, 'bf-alert'))).replace(/\s/g, ' ');
      assert.ok(text.startsWith(word.replace(/\s/g, ' ')), text);
    },
  })),
];
