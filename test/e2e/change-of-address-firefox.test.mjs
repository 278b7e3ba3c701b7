// The "Change of address" example in Firefox ESR, driven by Puppeteer over WebDriver BiDi: what
// the server receives, a failed submit in German (focused summary, links to the fields), Enter,
// reset, and going back from the back/forward cache. One browser for the file; the keyboard
// journey and the number checks in two languages run in Chromium. Runs after `npm run build`.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, launchFirefox } from '../../scripts/find-browsers.mjs';
import { startChangeOfAddressServer } from './change-of-address/server.mjs';
import { dateBoxes, expectedEntries, typed } from './change-of-address/answers.mjs';

let server;
let browser;
let problems = [];

before(async () => {
  server = await startChangeOfAddressServer();
  browser = await launchFirefox();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  assert.deepEqual(problems, [], 'no errors in the console');
  problems = [];
});

const formReady = (tab) =>
  tab.waitForFunction(() =>
    Array.from(document.querySelectorAll('form [name]:is(bf-text-field, bf-date-field)')).every(
      (field) => field.control,
    ),
  );

async function openForm(lang, path = '') {
  const tab = await browser.newPage();
  problems = collectProblems(tab);
  await tab.goto(`${server.origin}/${lang}/${path}`);
  await formReady(tab);
  return tab;
}

async function fillForm(tab) {
  for (const name of ['street', 'number', 'box', 'postcode', 'municipality'])
    await tab.type(`input[name="${name}"]`, typed[name]);
  const boxes = await tab.$$('#moving-date input:not([type="hidden"])');
  for (const [index, value] of dateBoxes.entries()) await boxes[index].type(value);
  await tab.click('input[name="moving-with"][value="others"]');
  await tab.type('input[name="companion"]', typed.companion);
  await tab.type('input[name="companion-nrn"]', typed['companion-nrn']);
  await tab.click('input[name="business"]');
  for (const name of ['enterprise', 'phone', 'email', 'iban'])
    await tab.type(`input[name="${name}"]`, typed[name]);
}

const submit = (tab) =>
  Promise.all([tab.waitForNavigation(), tab.click('bf-button[type="submit"]')]);

test('sends what the citizen answered, and shows "Check your answers"', async () => {
  const tab = await openForm('nl');
  await fillForm(tab);
  await submit(tab);
  assert.match(tab.url(), /\/nl\/check$/);
  const [sent] = server.received.splice(0);
  assert.equal(sent.type, 'application/x-www-form-urlencoded');
  assert.deepEqual(sent.entries, expectedEntries);
  assert.equal(await tab.title(), 'Controleer uw antwoorden');
  await tab.close();
});

test('a failed submit in German: the summary takes focus, its links focus the fields', async () => {
  const tab = await openForm('de');
  await tab.click('bf-button[type="submit"]');
  await tab.waitForFunction(() => document.activeElement?.localName === 'bf-error-summary');
  assert.equal(await tab.title(), 'Fehler: Adressänderung');
  const links = await tab.evaluate(() =>
    Array.from(document.querySelector('bf-error-summary').shadowRoot.querySelectorAll('a')).map(
      (link) => link.textContent.trim(),
    ),
  );
  assert.deepEqual(links, [
    'Geben Sie die Straße an',
    'Geben Sie die Hausnummer an',
    'Geben Sie die Postleitzahl an',
    'Geben Sie die Gemeinde an',
    'Das Umzugsdatum fehlt.',
    'Geben Sie an, ob jemand mit Ihnen umzieht',
    'Geben Sie Ihre E-Mail-Adresse an',
  ]);
  assert.equal(server.received.length, 0, 'nothing is sent');
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Enter');
  await tab.waitForFunction(() => document.activeElement?.getAttribute('name') === 'number');
  await tab.close();
});

test('Enter in a field submits the form', async () => {
  const tab = await openForm('fr');
  await fillForm(tab);
  await Promise.all([tab.waitForNavigation(), tab.keyboard.press('Enter')]);
  assert.match(tab.url(), /\/fr\/check$/);
  const [sent] = server.received.splice(0);
  assert.deepEqual(sent.entries, expectedEntries);
  await tab.close();
});

test('reset empties what was typed and keeps the known values', async () => {
  const tab = await openForm('en');
  await fillForm(tab);
  await tab.evaluate(() => document.querySelector('form').reset());
  await tab.waitForFunction(() => !document.querySelector('input[name="business"]').checked);
  await tab.waitForFunction(() => document.querySelector('[name="moving-date"]').value === '');
  const values = await tab.evaluate(() =>
    Array.from(new FormData(document.querySelector('form'))).filter(([, value]) => value !== ''),
  );
  assert.deepEqual(values, [
    ['name', 'An Peeters'],
    ['nrn', '85073003328'],
  ]);
  await tab.close();
});

test('going back from the back/forward cache shows every answer', async () => {
  const tab = await openForm('nl', 'cached');
  await fillForm(tab);
  await tab.evaluate(() => (window.__belfryMarker = true));
  await submit(tab);
  server.received.splice(0);
  // Puppeteer's goBack() waits for a load that a page from the cache never fires.
  tab.goBack().catch(() => undefined);
  await tab.waitForFunction(() => window.__belfryMarker === true);
  const values = await tab.evaluate(() => Array.from(new FormData(document.querySelector('form'))));
  assert.deepEqual(values, expectedEntries);
  await tab.close();
});
