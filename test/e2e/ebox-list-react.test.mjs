// bf-ebox-list in a React 19 app (test/e2e/ebox-react/), bundled with esbuild from the built
// workspace packages and rendered in Chromium under the strict CSP: React gives the mailbox as
// the `messages` property (the array itself, not an attribute), and hears `bf-ebox-open`
// through an `onbf-ebox-open` prop; the message it marks read in its state shows read in the
// list. One browser and one bundle for the file. Runs after `npm run build`.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { collectProblems, launchChromium } from '../../scripts/find-browsers.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { generateMailbox } from '../helpers/ebox-mailbox.js';
import { csp } from './fixture-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const page = `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <title>React 19 e-Box</title>
    <link rel="stylesheet" href="/packages/tokens/dist/css/belfry.css" />
    <script type="module" src="/app.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

let server;
let browser;
let problems = [];

before(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('ebox-react/main.tsx', import.meta.url))],
    bundle: true,
    format: 'esm',
    write: false,
    jsx: 'automatic',
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  });
  const app = bundle.outputFiles[0].text;
  server = await startStaticServer({
    root,
    headers: { 'Content-Security-Policy': csp },
    pages: { '/': page },
    allow: (file) => file.includes(`${sep}dist${sep}`),
    handle: (request, response, path) => {
      if (path !== '/app.js') return false;
      response.setHeader('Content-Type', 'text/javascript');
      response.end(app);
      return true;
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  assert.deepEqual(problems, [], 'no errors or React warnings in the console');
  problems = [];
});

test('React 19 passes `messages` as a property and receives bf-ebox-open', async () => {
  const mailbox = generateMailbox({ count: 60 });
  const tab = await browser.newPage();
  problems = collectProblems(tab);
  await tab.goto(`${server.origin}/`);
  const list = tab.locator('bf-ebox-list');
  await list.locator('[part~="subject"]').first().waitFor();

  // The property holds React's array of message objects; no attribute was written.
  const given = await tab.evaluate(() => {
    const element = document.querySelector('bf-ebox-list');
    return {
      attribute: element.getAttribute('messages'),
      isArray: Array.isArray(element.messages),
      ids: element.messages.map((message) => message.id),
    };
  });
  assert.equal(given.attribute, null);
  assert.equal(given.isArray, true);
  assert.deepEqual(
    given.ids,
    mailbox.map((message) => message.id),
  );
  // The list shows the first page of them: 25, newest first, and counts the unread ones.
  const rows = await list
    .locator('[part~="subject"]')
    .evaluateAll((subjects) => subjects.map((subject) => subject.dataset.id));
  assert.deepEqual(
    rows,
    mailbox.slice(0, 25).map((message) => message.id),
  );
  const unread = mailbox.filter((message) => !message.read).length;
  assert.equal(await tab.locator('#unread').textContent(), String(unread));
  const summary = list.locator('[part~="summary"]');
  assert.equal((await summary.textContent()).trim(), `${unread} ongelezen berichten van 60`);

  // Opening an unread message: React hears it, marks it read in its state, and the list shows it.
  const message = mailbox.slice(0, 25).find((candidate) => !candidate.read);
  await list.locator(`[data-id="${message.id}"]`).click();
  await tab.waitForFunction(
    (id) => document.getElementById('opened').textContent === id,
    message.id,
  );
  assert.equal(await tab.locator('#unread').textContent(), String(unread - 1));
  await tab.waitForFunction(
    (text) =>
      document
        .querySelector('bf-ebox-list')
        .shadowRoot.querySelector('[part~="summary"]')
        .textContent.includes(text),
    `${unread - 1} ongelezen`,
  );
  const row = list.locator('[part~="message"]', { has: tab.locator(`[data-id="${message.id}"]`) });
  assert.equal(await row.locator('.unread').count(), 0, 'no "Unread" on the opened message');
  // Opening a read message again is still heard.
  await list.locator(`[data-id="${message.id}"]`).click();
  await tab.waitForFunction(
    (id) => document.getElementById('opened').textContent === `${id} ${id}`,
    message.id,
  );
});
