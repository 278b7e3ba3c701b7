// What <bf-button> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** The text a busy button gives screen readers, per language. */
export const loadingText = {
  nl: 'Bezig met laden',
  fr: 'Chargement en cours',
  de: 'Wird geladen',
  en: 'Loading',
};

const unsafeHref = /href is not a safe URL/;

/** The native control in a button's declarative shadow root (`<button>` or `<a>`). */
function control(host) {
  const root = shadowRoot(host);
  assert.ok(root, `<bf-button> has no declarative shadow root`);
  const base = find(root, 'button') ?? find(root, 'a');
  assert.ok(base, 'no native <button> or <a> in the shadow root');
  assert.equal(attr(base, 'part'), 'base');
  return base;
}

/** The visually hidden text next to the spinner of a busy button. */
function busyText(host) {
  const base = control(host);
  const hidden = findAll(base, 'span').find((span) => attr(span, 'class') === 'visually-hidden');
  assert.ok(hidden, 'a busy button renders its "loading" text');
  return hidden;
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'button',
    serverLang: 'nl-BE',
    template: html`<bf-button>Aanvraag starten</bf-button>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-button');
      const button = control(host);
      assert.equal(button.tagName, 'button');
      assert.equal(attr(button, 'disabled'), null);
      assert.equal(attr(button, 'aria-disabled'), null);
      assert.ok(find(button, 'slot', (slot) => attr(slot, 'name') === null));
      // The text stays in the light DOM, where the declarative shadow root's slot shows it.
      assert.equal(readableText(lightDom(host)), 'Aanvraag starten');
    },
  },
  {
    // The server cannot see an element's children, so it renders both icon slots.
    name: 'button-icon',
    serverLang: 'nl-BE',
    template: html`<bf-button
      ><svg slot="start" aria-hidden="true" viewBox="0 0 16 16"><path d="M8 1v10" /></svg
      >Downloaden</bf-button
    >`,
    check({ fragment }) {
      const button = control(find(fragment, 'bf-button'));
      assert.ok(find(button, 'slot', (slot) => attr(slot, 'name') === 'start'));
      assert.ok(find(button, 'slot', (slot) => attr(slot, 'name') === null));
    },
  },
  {
    name: 'button-submit',
    serverLang: 'nl-BE',
    template: html`<form action="/submitted" method="get">
      <label for="city">Gemeente</label>
      <input id="city" name="city" value="Eupen" />
      <bf-button type="submit" name="action" value="send">Versturen</bf-button>
    </form>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-button');
      // The element keeps what it submits, so that it can submit once its script has run.
      assert.equal(attr(host, 'type'), 'submit');
      assert.equal(attr(host, 'name'), 'action');
      assert.equal(attr(host, 'value'), 'send');
      const button = control(host);
      assert.equal(button.tagName, 'button');
      assert.equal(attr(button, 'disabled'), null);
    },
  },
  {
    name: 'button-disabled',
    serverLang: 'fr-BE',
    template: html`<bf-button disabled>Envoyer</bf-button>`,
    check({ fragment }) {
      const button = control(find(fragment, 'bf-button'));
      assert.equal(button.tagName, 'button');
      assert.notEqual(attr(button, 'disabled'), null);
    },
  },
  {
    name: 'button-variants',
    serverLang: 'de-BE',
    template: html`<bf-button variant="secondary">Abbrechen</bf-button>
      <bf-button variant="tertiary">Zurück</bf-button>
      <bf-button variant="danger">Löschen</bf-button>`,
    check({ fragment }) {
      for (const host of findAll(fragment, 'bf-button')) {
        const classes = attr(control(host), 'class').split(' ');
        assert.ok(classes.includes(`button--${attr(host, 'variant')}`), classes.join(' '));
      }
    },
  },
  {
    name: 'button-links',
    serverLang: 'nl-BE',
    template: html`<bf-button href="/nl/aanvraag">Aanvraag starten</bf-button>
      <bf-button href="?stap=2">Volgende</bf-button>
      <bf-button href="../overzicht">Terug</bf-button>
      <bf-button href="https://www.belgium.be/nl">Belgium.be</bf-button>
      <bf-button href="mailto:info@example.be">E-mail</bf-button>
      <bf-button href="tel:+3225551234">Bellen</bf-button>`,
    check({ fragment }) {
      const hosts = findAll(fragment, 'bf-button');
      assert.equal(hosts.length, 6);
      for (const host of hosts) {
        const link = control(host);
        // A real link, which works before (and without) any script.
        assert.equal(link.tagName, 'a');
        assert.equal(attr(link, 'href'), attr(host, 'href'));
        assert.equal(attr(link, 'aria-disabled'), null);
        assert.equal(attr(link, 'role'), null);
        assert.equal(attr(link, 'tabindex'), null);
      }
    },
  },
  {
    name: 'button-link-new-tab',
    serverLang: 'nl-BE',
    template: html`<bf-button href="/nl/formulier.pdf" target="_blank">Formulier</bf-button>`,
    check({ fragment }) {
      const link = control(find(fragment, 'bf-button'));
      assert.equal(attr(link, 'target'), '_blank');
      assert.equal(attr(link, 'rel'), 'noopener noreferrer');
      assert.match(readableText(link), /\(opent in een nieuw tabblad\)/);
    },
  },
  {
    // Followed into a frame by the browser tests, with and without the component's script.
    name: 'button-link-in-frame',
    serverLang: 'nl-BE',
    template: html`<bf-button href="/test/ssr/landing.html" target="ssr-landing"
      >Verder</bf-button
    >`,
    check({ fragment }) {
      const link = control(find(fragment, 'bf-button'));
      assert.equal(attr(link, 'href'), '/test/ssr/landing.html');
      assert.equal(attr(link, 'target'), 'ssr-landing');
    },
  },
  {
    name: 'button-links-unsafe',
    serverLang: 'nl-BE',
    warnings: [unsafeHref],
    template: html`<bf-button href="javascript:alert(1)">Een</bf-button>
      <bf-button href=" JavaScript:alert(1)">Twee</bf-button>
      <bf-button href="java&#9;script:alert(1)">Drie</bf-button>
      <bf-button href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Vier</bf-button>
      <bf-button href="vbscript:msgbox(1)">Vijf</bf-button>`,
    check({ fragment }) {
      const hosts = findAll(fragment, 'bf-button');
      assert.equal(hosts.length, 5);
      for (const host of hosts) {
        const link = control(host);
        // Refused: no href at all, and announced as a disabled link out of the tab order.
        assert.equal(attr(link, 'href'), null, attr(host, 'href'));
        assert.equal(attr(link, 'aria-disabled'), 'true');
        assert.equal(attr(link, 'role'), 'link');
        assert.equal(attr(link, 'tabindex'), '-1');
      }
    },
  },
  // A busy button says "loading" in the page's language, set on the server…
  ...Object.entries(loadingText).map(([locale, text]) => ({
    name: `button-loading-server-lang-${locale}`,
    serverLang: locale === 'en' ? 'en' : `${locale}-BE`,
    template: html`<bf-button type="submit" loading>…</bf-button>`,
    check({ fragment }) {
      const hidden = busyText(find(fragment, 'bf-button'));
      assert.equal(readableText(hidden), text);
      // The page is in this language already, so the text needs no `lang` of its own.
      assert.equal(attr(hidden, 'lang'), null);
    },
  })),
  // …or on the element itself.
  ...Object.entries(loadingText).map(([locale, text]) => ({
    name: `button-loading-own-lang-${locale}`,
    serverLang: '',
    template: html`<bf-button type="submit" loading lang=${locale}>…</bf-button>`,
    check({ fragment }) {
      assert.equal(readableText(busyText(find(fragment, 'bf-button'))), text);
    },
  })),
  {
    // A page in a language Belfry has no text for gets English, marked as English.
    name: 'button-loading-other-language',
    serverLang: 'es',
    template: html`<bf-button loading>Enviar</bf-button>`,
    check({ fragment }) {
      const hidden = busyText(find(fragment, 'bf-button'));
      assert.equal(readableText(hidden), loadingText.en);
      assert.equal(attr(hidden, 'lang'), 'en');
    },
  },
];
