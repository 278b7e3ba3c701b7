// bf-ebox-list in a React 19 app (test/e2e/ebox-react/), bundled with esbuild from the built
// workspace packages and rendered in Chromium under the strict CSP: React gives the mailbox as
// the `messages` property (the array itself, not an attribute), and hears `bf-ebox-open`
// through an `onbf-ebox-open` prop; the message it marks read in its state shows read in the
// list. One browser and one bundle for the file. Runs after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateMailbox } from '../helpers/ebox-mailbox.js';
import { reactApp } from './react-app.mjs';

const app = reactApp(new URL('ebox-react/main.tsx', import.meta.url), 'React 19 e-Box');

test('React 19 passes `messages` as a property and receives bf-ebox-open', async () => {
  const mailbox = generateMailbox({ count: 60 });
  const tab = await app.open();
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
