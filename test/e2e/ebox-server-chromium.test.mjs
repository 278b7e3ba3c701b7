// The e-Box server-mode example (test/e2e/ebox-server/) in Chromium, driven by Playwright, as a
// citizen uses it: bf-ebox-list in server mode, wired with fetch to the local e-Box service over
// 10,000 generated messages, under the strict CSP. Pages, filters and searches through the
// service and checks each page against what the service holds; one request fails on purpose:
// the error state shows, and "Try again" loads the same query with the filters, search and
// selection kept. Opening a message marks it read. Runs after `npm run build`.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, launchChromium } from '../../scripts/find-browsers.mjs';
import { hostileIds } from '../helpers/ebox-mailbox.js';
import { answerQuery, indexMessage, readQuery } from './ebox-server/query.mjs';
import { startEboxService } from './ebox-server/service.mjs';

let service;
let browser;
let problems = [];
/** How many requests the current test makes fail: the browser logs each one as an error. */
let failuresAsked = 0;

before(async () => {
  service = await startEboxService();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await service?.close();
});

afterEach(() => {
  const failed = (problem) => /status of 503 \(Service Unavailable\)/.test(problem);
  assert.deepEqual(
    problems.filter((problem) => !failed(problem)),
    [],
    'no errors in the console',
  );
  assert.equal(problems.filter(failed).length, failuresAsked, 'only the failures asked for');
  problems = [];
  failuresAsked = 0;
});

/** The ids the service answers `params` with, worked out here from its mailbox. */
function expectedPage(params) {
  const answer = answerQuery(
    service.messages.map(indexMessage),
    readQuery(new URLSearchParams(params)),
  );
  return { ids: answer.items.map((message) => message.id), total: answer.total };
}

/** The list's state as the citizen sees it, once it is neither loading nor waiting. */
async function shown(tab) {
  await tab.waitForFunction(() => document.querySelector('bf-ebox-list')?.loading === false);
  return tab.evaluate(async () => {
    const list = document.querySelector('bf-ebox-list');
    await list.updateComplete;
    const root = list.shadowRoot;
    return {
      ids: Array.from(root.querySelectorAll('[part~="subject"]'), (subject) => subject.dataset.id),
      results: root.querySelector('[part~="results"]')?.textContent.trim() ?? '',
      summary: root.querySelector('[part~="summary"]')?.textContent.trim() ?? '',
      error: root.querySelector('.status--error')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      selected: [...list.selectedIds],
    };
  });
}

/** The last list request the page sent, as parameters. */
const lastListRequest = () =>
  service.requests.filter((request) => request.path === '/api/ebox/messages').at(-1)?.params;

/** Waits until the service has answered `count` list requests in all. */
async function listRequests(count) {
  const deadline = Date.now() + 10_000;
  while (
    service.requests.filter((request) => request.path === '/api/ebox/messages').length < count
  ) {
    if (Date.now() > deadline) throw new Error(`expected ${count} list requests`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const listCount = () =>
  service.requests.filter((request) => request.path === '/api/ebox/messages').length;

test('pages, filters and searches through the service; a failed request is retried with everything kept', async () => {
  const tab = await browser.newPage();
  problems = collectProblems(tab);
  await tab.goto(`${service.origin}/`);
  const list = tab.locator('bf-ebox-list');
  await tab.locator('bf-ebox-list [part~="subject"]').first().waitFor();

  // The first page: newest first, 25 messages, the mailbox summary from the service.
  let state = await shown(tab);
  let expected = expectedPage({});
  assert.deepEqual(lastListRequest(), {
    page: '1',
    pageSize: '25',
    sort: 'receivedAt',
    direction: 'desc',
  });
  assert.deepEqual(state.ids, expected.ids);
  assert.equal(state.results, '10.000 berichten gevonden');
  const unread = service.messages.filter((message) => !message.read).length;
  assert.equal(state.summary, `${unread.toLocaleString('nl-BE')} ongelezen berichten van 10.000`);
  // Its hostile subject is text: shown as written, never run.
  assert.ok(state.ids.includes(hostileIds.html));
  assert.match(
    await list.locator(`[data-id="${hostileIds.html}"]`).textContent(),
    /<img src="x" onerror=/,
  );
  assert.equal(await tab.evaluate(() => window.__eboxHacked), undefined);

  // Page 2, through the pagination.
  let requests = listCount();
  await list
    .locator('bf-pagination')
    .getByRole('button', { name: /^(Pagina )?2$/ })
    .click();
  await listRequests(requests + 1);
  state = await shown(tab);
  assert.equal(lastListRequest().page, '2');
  assert.deepEqual(state.ids, expectedPage({ page: '2' }).ids);

  // Unread only: back to page 1, counted by the service.
  requests = listCount();
  await list.getByLabel('Gelezen of ongelezen').selectOption({ label: 'Alleen ongelezen' });
  await listRequests(requests + 1);
  state = await shown(tab);
  expected = expectedPage({ read: 'false' });
  assert.equal(lastListRequest().read, 'false');
  assert.equal(lastListRequest().page, '1');
  assert.deepEqual(state.ids, expected.ids);
  assert.equal(state.results, `${expected.total.toLocaleString('nl-BE')} berichten gevonden`);

  // A search, typed: one request after the pause, not one per key.
  requests = listCount();
  await list.getByRole('searchbox').pressSequentially('pensioen', { delay: 30 });
  await listRequests(requests + 1);
  state = await shown(tab);
  expected = expectedPage({ read: 'false', search: 'pensioen' });
  assert.equal(listCount(), requests + 1, 'the search was sent once');
  assert.deepEqual(
    { read: lastListRequest().read, search: lastListRequest().search },
    { read: 'false', search: 'pensioen' },
  );
  assert.ok(expected.total > 25, 'the search gives more than one page');
  assert.deepEqual(state.ids, expected.ids);

  // Two messages selected on this page, with the keyboard.
  const boxes = list.getByRole('checkbox', { name: /^Selecteren: / });
  await boxes.nth(0).press('Space');
  await boxes.nth(2).press('Space');
  const selection = [expected.ids[0], expected.ids[2]];
  assert.deepEqual((await shown(tab)).selected, selection);

  // The next page fails: the error state, with the way out.
  service.failNext();
  failuresAsked = 1;
  requests = listCount();
  await list
    .locator('bf-pagination')
    .getByRole('button', { name: /^(Pagina )?2$/ })
    .click();
  await listRequests(requests + 1);
  await tab.waitForFunction(() => document.querySelector('bf-ebox-list').error);
  state = await shown(tab);
  assert.match(state.error, /Uw berichten konden niet worden geladen\./);
  assert.deepEqual(state.ids, [], 'no stale messages under the error');
  const retry = list.getByRole('button', { name: 'Opnieuw proberen' });
  assert.ok(await retry.isVisible());

  // Try again: the same query, and the filters, search and selection are still there.
  requests = listCount();
  await retry.click();
  await listRequests(requests + 1);
  state = await shown(tab);
  expected = expectedPage({ read: 'false', search: 'pensioen', page: '2' });
  assert.deepEqual(
    {
      page: lastListRequest().page,
      read: lastListRequest().read,
      search: lastListRequest().search,
    },
    { page: '2', read: 'false', search: 'pensioen' },
  );
  assert.equal(state.error, '');
  assert.deepEqual(state.ids, expected.ids);
  assert.deepEqual(state.selected, selection, 'the selection is kept');
  assert.equal(await list.getByRole('searchbox').inputValue(), 'pensioen');
  // The button pressed is gone: focus is not lost, it goes to the search field.
  assert.equal(
    await tab.evaluate(() => document.querySelector('bf-ebox-list').shadowRoot.activeElement?.type),
    'search',
  );
  assert.equal(await list.getByLabel('Gelezen of ongelezen').inputValue(), 'unread');
});

test('opening a message marks it read at the service, and the summary follows', async () => {
  const tab = await browser.newPage();
  problems = collectProblems(tab);
  await tab.goto(`${service.origin}/`);
  const list = tab.locator('bf-ebox-list');
  await list.locator('[part~="subject"]').first().waitFor();
  const before = await shown(tab);
  const id = service.messages.find(
    (message) => !message.read && before.ids.includes(message.id),
  ).id;
  const unreadBefore = service.messages.filter((message) => !message.read).length;

  await list.locator(`[data-id="${id}"]`).click();
  await tab.waitForFunction(
    (id) => document.querySelector('bf-ebox-list').messages.find((m) => m.id === id)?.read,
    id,
  );
  const actions = service.requests.filter((request) => request.path === '/api/ebox/actions');
  assert.equal(actions.length, 1);
  assert.equal(service.messages.find((message) => message.id === id).read, true);
  await tab.waitForFunction(
    (text) =>
      document
        .querySelector('bf-ebox-list')
        .shadowRoot.querySelector('[part~="summary"]')
        ?.textContent.includes(text),
    `${(unreadBefore - 1).toLocaleString('nl-BE')} ongelezen`,
  );
});

test('a bulk action that fails keeps the selection, and works when tried again', async () => {
  const tab = await browser.newPage();
  problems = collectProblems(tab);
  await tab.goto(`${service.origin}/`);
  const list = tab.locator('bf-ebox-list');
  await list.locator('[part~="subject"]').first().waitFor();
  await list.getByLabel('Gelezen of ongelezen').selectOption({ label: 'Alleen ongelezen' });
  await tab.waitForFunction(() => {
    const list = document.querySelector('bf-ebox-list');
    return !list.loading && list.messages.length && list.messages.every((m) => !m.read);
  });
  const boxes = list.getByRole('checkbox', { name: /^Selecteren: / });
  await boxes.nth(0).press('Space');
  await boxes.nth(1).press('Space');
  const { selected } = await shown(tab);
  const markRead = list.getByRole('button', { name: 'Markeren als gelezen' });

  service.failNext(1, 503, '/api/ebox/actions');
  failuresAsked = 1;
  await markRead.click();
  const alert = tab.locator('#action-failed');
  await alert.waitFor({ state: 'visible' });
  assert.match(await alert.textContent(), /Uw berichten zijn nog geselecteerd/);
  assert.deepEqual((await shown(tab)).selected, selected);
  assert.ok(selected.every((id) => !service.messages.find((m) => m.id === id).read));

  await markRead.click();
  await tab.waitForFunction(() => document.querySelector('bf-ebox-list').selectedIds.length === 0);
  assert.ok(await alert.isHidden());
  assert.ok(selected.every((id) => service.messages.find((m) => m.id === id).read));
  const read = await tab.evaluate(
    (ids) => document.querySelector('bf-ebox-list').messages.filter((m) => ids.includes(m.id)),
    selected,
  );
  assert.ok(
    read.every((message) => message.read),
    'the list shows them read',
  );
});

test('the example in French, German and English: the list speaks the page’s language', async () => {
  const expected = {
    fr: ['Mon e-Box', /messages trouvés$/, 'Réessayer'],
    de: ['Meine e-Box', /Nachrichten gefunden$/, 'Erneut versuchen'],
    en: ['My e-Box', /messages found$/, 'Try again'],
  };
  const found = [];
  for (const [lang, [title, results, retry]] of Object.entries(expected)) {
    const tab = await browser.newPage();
    const tabProblems = collectProblems(tab);
    await tab.goto(`${service.origin}/${lang}`);
    assert.equal(await tab.title(), title);
    await tab.locator('bf-ebox-list [part~="subject"]').first().waitFor();
    assert.match((await shown(tab)).results, results);
    // The error state too, in that language.
    service.failNext();
    failuresAsked++;
    await tab.locator('bf-ebox-list').getByRole('searchbox').fill('pension');
    await tab.locator('bf-ebox-list').getByRole('button', { name: retry }).waitFor();
    await tab.close();
    found.push(...tabProblems);
  }
  problems = found;
});

test('while the service answers, the list shows that it is loading, and is busy', async () => {
  const tab = await browser.newPage();
  problems = collectProblems(tab);
  await tab.goto(`${service.origin}/`);
  const list = tab.locator('bf-ebox-list');
  await list.locator('[part~="subject"]').first().waitFor();
  service.setDelay(800);
  try {
    await list.getByLabel('Sorteren').selectOption({ label: 'Oudste eerst' });
    await list.locator('ul[aria-busy="true"]').waitFor();
    assert.ok(await list.getByText('Berichten worden geladen', { exact: true }).isVisible());
    assert.equal(await list.locator('[part~="subject"]').count(), 0, 'no old messages meanwhile');
  } finally {
    service.setDelay(0);
  }
  await tab.waitForFunction(() => document.querySelector('bf-ebox-list').loading === false);
  const { ids } = await shown(tab);
  assert.deepEqual(ids, expectedPage({ direction: 'asc' }).ids);
  assert.equal(await list.locator('[aria-busy="true"]').count(), 0);
});
