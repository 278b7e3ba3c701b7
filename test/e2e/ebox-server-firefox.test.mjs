// Firefox ESR, driven by Puppeteer over WebDriver BiDi: the e-Box server-mode example as in the
// Chromium test, in short. The first page comes from the service; a filter and a typed search
// reach it; one request fails on purpose and "Try again" loads the same query with the filter,
// search and selection kept. Runs after `npm run build`.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, launchFirefox } from '../../scripts/find-browsers.mjs';
import { answerQuery, indexMessage, readQuery } from './ebox-server/query.mjs';
import { startEboxService } from './ebox-server/service.mjs';

let service;
let browser;
let problems = [];

before(async () => {
  service = await startEboxService();
  browser = await launchFirefox();
});

after(async () => {
  await browser?.close();
  await service?.close();
});

afterEach(() => {
  // Firefox does not log a failed fetch to the console; any error there is a real one.
  assert.deepEqual(problems, [], 'no errors in the console');
  problems = [];
});

const expectedIds = (params) =>
  answerQuery(service.messages.map(indexMessage), readQuery(new URLSearchParams(params))).items.map(
    (message) => message.id,
  );

const listRequests = () =>
  service.requests.filter((request) => request.path === '/api/ebox/messages');

/** Waits until the page has sent `count` list requests and the list is done with the last. */
async function settled(tab, count) {
  const deadline = Date.now() + 10_000;
  while (listRequests().length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} list requests`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await tab.waitForFunction(() => document.querySelector('bf-ebox-list').loading === false);
  return tab.evaluate(async () => {
    const list = document.querySelector('bf-ebox-list');
    await list.updateComplete;
    const root = list.shadowRoot;
    return {
      ids: Array.from(root.querySelectorAll('[part~="subject"]'), (subject) => subject.dataset.id),
      error: root.querySelector('.status--error')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      selected: [...list.selectedIds],
      search: root.querySelector('input[type="search"]').value,
      read: root.querySelector('#read').value,
    };
  });
}

/** The button of page `number` in the list's pagination. */
const pageButton = (tab, number) =>
  tab.evaluateHandle((number) => {
    const pagination = document
      .querySelector('bf-ebox-list')
      .shadowRoot.querySelector('bf-pagination');
    return Array.from(pagination.shadowRoot.querySelectorAll('button')).find((button) =>
      button.textContent.trim().endsWith(String(number)),
    );
  }, number);

test('filters and searches through the service; a failed request is retried with everything kept', async () => {
  const tab = await browser.newPage();
  problems = collectProblems(tab);
  await tab.goto(`${service.origin}/`);
  await tab.waitForSelector('pierce/[part~="subject"]');
  let requests = listRequests().length;
  let state = await settled(tab, requests);
  assert.deepEqual(state.ids, expectedIds({}));

  await tab.select('pierce/#read', 'unread');
  state = await settled(tab, requests + 1);
  assert.equal(listRequests().at(-1).params.read, 'false');
  assert.deepEqual(state.ids, expectedIds({ read: 'false' }));

  requests = listRequests().length;
  await tab.type('pierce/input[type="search"]', 'belasting', { delay: 30 });
  state = await settled(tab, requests + 1);
  assert.equal(listRequests().length, requests + 1, 'the search was sent once');
  assert.deepEqual(state.ids, expectedIds({ read: 'false', search: 'belasting' }));

  // One message selected, with the keyboard.
  const box = await tab.$('pierce/[part~="message"] input[type="checkbox"]');
  await box.focus();
  await tab.keyboard.press(' ');
  state = await settled(tab, requests + 1);
  assert.deepEqual(state.selected, [state.ids[0]]);
  const selection = state.selected;

  service.failNext();
  requests = listRequests().length;
  await (await pageButton(tab, 2)).click();
  await tab.waitForFunction(() => document.querySelector('bf-ebox-list').error);
  state = await settled(tab, requests + 1);
  assert.match(state.error, /Uw berichten konden niet worden geladen\./);

  requests = listRequests().length;
  const retry = await tab.evaluateHandle(() =>
    document.querySelector('bf-ebox-list').shadowRoot.querySelector('.status--error button'),
  );
  await retry.click();
  state = await settled(tab, requests + 1);
  const last = listRequests().at(-1).params;
  assert.deepEqual(
    { page: last.page, read: last.read, search: last.search },
    { page: '2', read: 'false', search: 'belasting' },
  );
  assert.equal(state.error, '');
  assert.deepEqual(state.ids, expectedIds({ read: 'false', search: 'belasting', page: '2' }));
  assert.deepEqual(state.selected, selection, 'the selection is kept');
  assert.equal(state.search, 'belasting');
  assert.equal(state.read, 'unread');
});
