// What <bf-ebox-list> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox). Messages
// are a property, set by the page's script: a server renders the list's frame from attributes
// (server mode's counts, loading, empty, error), which the script then fills without a shift.
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, readableText, shadowRoot } from '../ssr/html.mjs';

function parts(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-ebox-list> has no declarative shadow root');
  const form = find(root, 'form');
  assert.ok(form, 'the search form is rendered on the server');
  assert.equal(attr(form, 'role'), 'search');
  const search = find(form, 'input', (input) => attr(input, 'type') === 'search');
  assert.ok(search, 'a search field');
  const label = find(form, 'label', (element) => attr(element, 'for') === attr(search, 'id'));
  assert.ok(label && readableText(label), 'the search field has its label');
  return { root, form, label };
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    // Server mode while the first page loads: the summary and the count of pages come from
    // the attributes, the messages' place is held by a busy list of grey bars.
    name: 'ebox-list-loading',
    serverLang: 'nl-BE',
    template: html`<bf-ebox-list
      loading
      total="128"
      page="1"
      unread-count="3"
      mailbox-count="128"
    ></bf-ebox-list>`,
    check({ fragment }) {
      const { root, form, label } = parts(find(fragment, 'bf-ebox-list'));
      assert.equal(attr(form, 'aria-label'), 'Berichten zoeken en filteren');
      assert.equal(readableText(label), 'Zoeken in onderwerp en afzender');
      const summary = find(root, 'p', (p) => attr(p, 'part') === 'summary');
      assert.equal(readableText(summary), '3 ongelezen berichten van 128');
      const list = find(root, 'ul', (ul) => attr(ul, 'part') === 'list');
      assert.equal(attr(list, 'aria-busy'), 'true');
      for (const row of findAll(list, 'li')) assert.equal(attr(row, 'aria-hidden'), 'true');
      const status = find(root, 'p', (p) => attr(p, 'part') === 'status');
      assert.equal(readableText(status), 'Berichten worden geladen');
      const pagination = find(root, 'bf-pagination');
      assert.equal(attr(pagination, 'total'), '6');
    },
  },
  {
    name: 'ebox-list-empty',
    serverLang: 'fr-BE',
    template: html`<bf-ebox-list></bf-ebox-list>`,
    check({ fragment }) {
      const { root } = parts(find(fragment, 'bf-ebox-list'));
      const status = find(root, 'p', (p) => attr(p, 'part') === 'status');
      assert.equal(readableText(status), 'Votre e-Box ne contient aucun message.');
      assert.equal(find(root, 'ul'), undefined);
    },
  },
  {
    name: 'ebox-list-error',
    serverLang: 'de-BE',
    template: html`<bf-ebox-list error total="40" page="2"></bf-ebox-list>`,
    check({ fragment }) {
      const { root } = parts(find(fragment, 'bf-ebox-list'));
      const status = find(root, 'div', (div) => attr(div, 'part') === 'status');
      assert.match(readableText(status), /Ihre Nachrichten konnten nicht geladen werden\./);
      assert.equal(readableText(find(status, 'button')), 'Erneut versuchen');
    },
  },
];
