// Firefox ESR, driven by Puppeteer over WebDriver BiDi: the same form as the Chromium test.
// Going back, Firefox shows the page from its back/forward cache with everything typed; when it
// must load the page again, it restores the inputs the page's HTML holds (an author-written
// `<input>` inside the field) but not inputs created by script: docs/decisions/0013 says why the
// fields do not work around that. Runs after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, launchFirefox } from '../../scripts/find-browsers.mjs';
import { answers, readForm, startFormServer } from './form-fixture.mjs';

let server;
let browser;

before(async () => {
  server = await startFormServer();
  browser = await launchFirefox();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openForm(path = '/') {
  const tab = await browser.newPage();
  const problems = collectProblems(tab);
  await tab.goto(`${server.origin}${path}`);
  await tab.waitForFunction(() =>
    Array.from(document.querySelectorAll('bf-text-field')).every((field) => field.control),
  );
  return { tab, problems };
}

async function typeAnswers(tab) {
  for (const [name, value] of Object.entries(answers)) {
    await tab.type(`input[name="${name}"]`, value);
  }
}

test('typed answers are submitted natively, each once, without errors', async () => {
  const { tab, problems } = await openForm();
  await typeAnswers(tab);
  await Promise.all([tab.waitForNavigation(), tab.click('bf-button')]);
  const query = new URL(tab.url()).searchParams;
  for (const [name, value] of Object.entries(answers))
    assert.deepEqual(query.getAll(name), [value]);
  assert.deepEqual(problems, []);
});

test('going back shows every typed answer again, from the back/forward cache', async () => {
  const { tab } = await openForm('/cached');
  await typeAnswers(tab);
  await tab.evaluate(() => (window.__belfryMarker = true));
  await Promise.all([tab.waitForNavigation(), tab.click('bf-button')]);
  // Puppeteer's goBack() waits for a load that a page from the cache never fires.
  tab.goBack().catch(() => undefined);
  await tab.waitForFunction(() => window.__belfryMarker === true);
  const { values, controls } = await tab.evaluate(readForm);
  assert.equal(controls, 5);
  // The whole page is kept as it was, password included, as for any native form.
  assert.deepEqual(values, answers);
});

test('going back to a page loaded again restores the author-written input, never the password', async () => {
  const { tab } = await openForm();
  await typeAnswers(tab);
  await tab.evaluate(() => (window.__belfryMarker = true));
  await Promise.all([tab.waitForNavigation(), tab.click('bf-button')]);
  await Promise.all([tab.waitForNavigation(), tab.goBack()]);
  await tab.waitForFunction(() =>
    Array.from(document.querySelectorAll('bf-text-field')).every((field) => field.control),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  const { values, sameDocument, controls } = await tab.evaluate(readForm);
  assert.equal(
    sameDocument,
    false,
    'the page was loaded again, not kept in the back/forward cache',
  );
  assert.equal(controls, 5, 'no control was created twice');
  assert.equal(values.city, answers.city);
  assert.equal(values.password, '');
});

test('a failed submit shows errors in Dutch and focuses the first field', async () => {
  const { tab } = await openForm();
  await tab.click('bf-button');
  await tab.waitForFunction(() => document.activeElement?.name === 'name');
  assert.equal(new URL(tab.url()).pathname, '/');
  const error = await tab.evaluate(
    () => document.querySelector('bf-text-field[name="name"] [slot="error"]').textContent,
  );
  assert.equal(error, 'Fout: Vul dit veld in.');
});
