// bf-draft on a real page in Chromium, driven by Playwright: the "Change of address" form inside
// <bf-draft>, under the strict CSP. A citizen fills it in, the page is loaded again, and the
// answers are back (with the notice in Dutch), then sent as typed; sending clears the draft.
// Loading the address again (not a reload, which Chromium restores itself) proves that the
// answers come from the draft. Runs after `npm run build`.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, launchChromium } from '../../scripts/find-browsers.mjs';
import { startDraftServer } from './draft/server.mjs';
import { dateBoxes, expectedEntries, typed } from './change-of-address/answers.mjs';

let server;
let browser;
let problems = [];

before(async () => {
  server = await startDraftServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  assert.deepEqual(problems, [], 'no errors in the console');
  problems = [];
});

/** Waits until the draft is back in the form (or there was none); resolves with which. */
const draftReady = (tab) =>
  tab
    .waitForFunction(() => document.querySelector('bf-draft')?.ready)
    .then(() => tab.evaluate(() => document.querySelector('bf-draft').ready));

async function open(tab, path) {
  await tab.goto(`${server.origin}${path}`);
  return draftReady(tab);
}

async function fillForm(tab) {
  const text = (name, value) => tab.locator(`input[name="${name}"]`).fill(value);
  for (const name of ['street', 'number', 'box', 'postcode', 'municipality'])
    await text(name, typed[name]);
  const boxes = tab.locator('#moving-date input:not([type="hidden"])');
  for (const [index, value] of dateBoxes.entries()) await boxes.nth(index).fill(value);
  await tab.locator('input[name="moving-with"][value="others"]').check();
  await text('companion', typed.companion);
  await text('companion-nrn', typed['companion-nrn']);
  await tab.locator('input[name="business"]').check();
  for (const name of ['enterprise', 'phone', 'email', 'iban']) await text(name, typed[name]);
}

/** What the form would send now, as `[name, value]` pairs. */
const formEntries = (tab) =>
  tab.evaluate(() =>
    [...new FormData(document.querySelector('form'))].filter(
      ([name]) => !name.endsWith('-corrected'),
    ),
  );

const notice = (tab) =>
  tab.evaluate(
    () =>
      document
        .querySelector('bf-draft')
        .shadowRoot.querySelector('[part="message"]')
        ?.textContent.trim() ?? null,
  );

test('answers come back after a reload and after opening the page again, then are sent as typed', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  problems = collectProblems(tab);
  assert.equal(await open(tab, '/nl/'), false, 'no draft at first');
  await fillForm(tab);
  assert.deepEqual(await formEntries(tab), expectedEntries);

  // Reload: saved when the page was left.
  await tab.reload();
  await draftReady(tab);
  assert.deepEqual(await formEntries(tab), expectedEntries);
  assert.match(await notice(tab), /^We hebben uw antwoorden van \d{2}:\d{2} teruggezet\./);

  // Without the draft, opening the address again brings nothing back (the control case)…
  const name = 'belfry-draft:moving-house';
  const kept = await tab.evaluate((key) => sessionStorage.getItem(key), name);
  await tab.evaluate((key) => sessionStorage.removeItem(key), name);
  assert.equal(await open(tab, '/nl/'), false);
  assert.equal(await tab.locator('input[name="street"]').inputValue(), '');
  await tab.evaluate(([key, text]) => sessionStorage.setItem(key, text), [name, kept]);

  // …with it, everything comes back: Chromium restores nothing here, the draft does it all.
  assert.equal(await open(tab, '/nl/'), true);
  assert.deepEqual(await formEntries(tab), expectedEntries);
  // The date's boxes show it, and the follow-up questions are open.
  const boxes = await tab
    .locator('#moving-date input:not([type="hidden"])')
    .evaluateAll((inputs) => inputs.map((input) => input.value));
  assert.deepEqual(boxes, dateBoxes);
  assert.equal(await tab.getByRole('textbox', { name: /Naam/ }).first().isVisible(), true);

  await tab.getByRole('button', { name: 'Verder' }).click();
  await tab.waitForURL(/\/nl\/check$/);
  assert.deepEqual(
    server.received.splice(0)[0].filter(([name]) => !name.endsWith('-corrected')),
    expectedEntries,
  );

  // Sent: the draft is gone.
  assert.equal(await open(tab, '/nl/'), false);
  assert.equal(await tab.locator('input[name="street"]').inputValue(), '');
  assert.equal(await notice(tab), null);
  await context.close();
});

test('with storage="local", answers come back in a new tab after the first was closed', async () => {
  const context = await browser.newContext();
  const first = await context.newPage();
  problems = collectProblems(first);
  await open(first, '/nl/local');
  await first.locator('input[name="street"]').fill(typed.street);
  await first.locator('input[name="moving-with"][value="nobody"]').check();
  await first.close({ runBeforeUnload: true });

  const second = await context.newPage();
  problems.push(...collectProblems(second));
  assert.equal(await open(second, '/nl/local'), true);
  assert.equal(await second.locator('input[name="street"]').inputValue(), typed.street);
  assert.equal(await second.locator('input[name="moving-with"][value="nobody"]').isChecked(), true);
  assert.match(await notice(second), /Ze blijven op dit toestel bewaard tot/);

  // "Opnieuw beginnen" empties the form, and nothing comes back.
  await second.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  assert.equal(await second.locator('input[name="street"]').inputValue(), '');
  assert.equal(await open(second, '/nl/local'), false);
  await context.close();
});
