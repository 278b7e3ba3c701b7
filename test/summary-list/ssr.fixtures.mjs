// What <bf-summary-list> must look like when a server renders it (test/ssr/ssr.test.mjs checks
// each fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** The Change link's visible word, per language. */
export const changeText = { nl: 'Wijzigen', fr: 'Modifier', de: 'Ändern', en: 'Change' };

/** A row's parts in its declarative shadow root. */
function row(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-summary-list-row> has no declarative shadow root');
  const term = find(root, 'dt');
  const details = findAll(root, 'dd');
  assert.ok(term, 'no <dt>');
  assert.ok(details.length >= 1, 'no <dd>');
  return { term, value: details[0], actions: details[1], link: find(root, 'a') };
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    // A check-your-answers page: readable, and every Change link works, without any script.
    name: 'summary-list-answers',
    serverLang: 'nl-BE',
    template: html`<bf-summary-list>
      <bf-summary-list-row question="Naam" href="/verhuizing/naam" source="national-register"
        >An Peeters</bf-summary-list-row
      >
      <bf-summary-list-row
        question="Nieuw adres"
        href="/verhuizing/adres"
        change-label="uw nieuwe adres"
        >Kerkstraat 12<br />9000 Gent</bf-summary-list-row
      >
      <bf-summary-list-row question="Verhuisdatum">1 maart 2027</bf-summary-list-row>
    </bf-summary-list>`,
    check({ fragment }) {
      const list = find(fragment, 'bf-summary-list');
      assert.ok(find(shadowRoot(list), 'dl'), 'the list is a <dl>');
      const [name, address, date] = findAll(fragment, 'bf-summary-list-row').map(row);
      assert.equal(readableText(name.term), 'Naam');
      assert.match(readableText(name.value), /Uit het Rijksregister/);
      assert.equal(attr(name.link, 'href'), '/verhuizing/naam');
      assert.equal(readableText(name.link), 'Wijzigen Naam');
      assert.equal(readableText(address.link), 'Wijzigen uw nieuwe adres');
      // The answer stays in the light DOM, with its line break.
      const answer = lightDom(findAll(fragment, 'bf-summary-list-row')[1]);
      assert.ok(find(answer, 'br'), 'the address keeps its line break');
      assert.equal(date.actions, undefined, 'no Change link without href');
      assert.equal(date.link, undefined);
    },
  },
  {
    name: 'summary-list-unsafe-href',
    serverLang: 'fr-BE',
    warnings: [/href is not a safe URL/],
    template: html`<bf-summary-list>
      <bf-summary-list-row question="Nom" href="javascript:alert(1)"
        >An Peeters</bf-summary-list-row
      >
    </bf-summary-list>`,
    check({ fragment }) {
      const { link, actions } = row(find(fragment, 'bf-summary-list-row'));
      assert.equal(link, undefined);
      assert.equal(actions, undefined);
    },
  },
  ...Object.entries(changeText).map(([locale, text]) => ({
    name: `summary-list-own-lang-${locale}`,
    serverLang: '',
    template: html`<bf-summary-list lang=${locale}>
      <bf-summary-list-row question="IBAN" href="#iban" lang=${locale}
        >BE68 5390 0754 7034</bf-summary-list-row
      >
    </bf-summary-list>`,
    check({ fragment }) {
      assert.equal(readableText(row(find(fragment, 'bf-summary-list-row')).link), `${text} IBAN`);
    },
  })),
];
