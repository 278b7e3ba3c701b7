// The "Change of address" example (test/e2e/change-of-address/) in Chromium, driven by Playwright,
// as a citizen uses it: a plain HTML form with Belfry fields under the strict CSP, no framework.
// What the server receives, "Check your answers" and its Change links, the confirmation, a failed
// submit, Enter, reset, going back, the Belgian number checks in two languages, and the whole
// journey with the keyboard alone. One browser for the file. Runs after `npm run build`.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, launchChromium } from '../../scripts/find-browsers.mjs';
import { startChangeOfAddressServer } from './change-of-address/server.mjs';
import { dateBoxes, expectedEntries, typed } from './change-of-address/answers.mjs';

let server;
let browser;
/** Console errors and page errors of every tab of the current test. */
let problems = [];

before(async () => {
  server = await startChangeOfAddressServer();
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

/** Opens the form in `lang` and waits until every field has its control. */
async function openForm(lang = 'nl', path = '') {
  const context = await browser.newContext();
  const tab = await context.newPage();
  problems = collectProblems(tab);
  await tab.goto(`${server.origin}/${lang}/${path}`);
  await formReady(tab);
  return tab;
}

const formReady = (tab) =>
  tab.waitForFunction(() =>
    Array.from(document.querySelectorAll('form [name]:is(bf-text-field, bf-date-field)')).every(
      (field) => field.control,
    ),
  );

/** Fills every question, as a citizen would, through the controls. */
async function fillForm(tab, values = typed) {
  const text = (name, value) => tab.locator(`input[name="${name}"]`).fill(value);
  for (const name of ['street', 'number', 'box', 'postcode', 'municipality'])
    await text(name, values[name]);
  const boxes = tab.locator('#moving-date input:not([type="hidden"])');
  for (const [index, value] of dateBoxes.entries()) await boxes.nth(index).fill(value);
  await tab.locator('input[name="moving-with"][value="others"]').check();
  await text('companion', values.companion);
  await text('companion-nrn', values['companion-nrn']);
  await tab.locator('input[name="business"]').check();
  for (const name of ['enterprise', 'phone', 'email', 'iban']) await text(name, values[name]);
}

/** The error summary's links: their text and the id they point at. */
const summaryLinks = (tab) =>
  tab.evaluate(() =>
    Array.from(
      document.querySelector('bf-error-summary').shadowRoot.querySelectorAll('a[href^="#"]'),
    ).map((link) => ({ text: link.textContent.trim(), target: link.hash.slice(1) })),
  );

const activeName = (tab) => tab.evaluate(() => document.activeElement?.getAttribute('name'));

test('sends what the citizen answered, then "Check your answers", Change, and the confirmation', async () => {
  const tab = await openForm('nl');
  await fillForm(tab);
  await tab.getByRole('button', { name: 'Verder' }).click();
  await tab.waitForURL(/\/nl\/check$/);
  const [sent] = server.received.splice(0);
  assert.equal(sent.path, '/nl/answers');
  assert.equal(sent.type, 'application/x-www-form-urlencoded');
  assert.deepEqual(sent.entries, expectedEntries);

  assert.equal(await tab.title(), 'Controleer uw antwoorden');
  const rows = tab.locator('bf-summary-list-row');
  assert.equal(await rows.count(), 9);
  // Each Change link says which answer it changes, and leads back to that question.
  const change = tab.getByRole('link', { name: /Wijzigen.*Nieuw adres/ });
  await change.click();
  await tab.waitForURL(/\/nl\/change#street$/);
  await formReady(tab);
  await tab.waitForFunction(() => document.activeElement?.getAttribute('name') === 'street');
  assert.equal(
    await tab.locator('bf-text-field[name="street"]').evaluate((f) => f.value),
    'Kerkstraat',
  );
  await tab.locator('input[name="street"]').fill('Veldstraat');
  await tab.getByRole('button', { name: 'Verder' }).click();
  await tab.waitForURL(/\/nl\/check$/);
  const [again] = server.received.splice(0);
  assert.deepEqual(
    again.entries.find(([name]) => name === 'street'),
    ['street', 'Veldstraat'],
  );
  await tab.getByRole('button', { name: 'Adreswijziging versturen' }).click();
  await tab.waitForURL(/\/nl\/done$/);
  assert.equal(
    await tab.getByRole('heading', { level: 1 }).textContent(),
    'Uw adreswijziging is verstuurd',
  );
  server.received.splice(0);
});

test('a failed submit in French: the summary takes focus, lists the errors, its links focus the fields', async () => {
  const tab = await openForm('fr');
  await tab.locator('input[name="street"]').fill('Rue Haute');
  await tab.getByRole('button', { name: 'Continuer' }).click();
  const summary = tab.locator('bf-error-summary');
  await tab.waitForFunction(() => document.activeElement?.localName === 'bf-error-summary');
  assert.match(await summary.evaluate((s) => s.shadowRoot.textContent), /Il y a un problème/);
  // French puts a narrow no-break space before the colon.
  assert.match(await tab.title(), /^Erreur\s:\sChangement d’adresse$/);
  assert.equal(server.received.length, 0, 'nothing is sent');
  const links = await summaryLinks(tab);
  assert.deepEqual(
    links.map((link) => link.text),
    [
      'Indiquez le numéro',
      'Indiquez le code postal',
      'Indiquez la commune',
      'Indiquez la date du déménagement.',
      'Dites si quelqu’un déménage avec vous',
      'Indiquez votre adresse e-mail',
    ],
  );
  // The inline error says the same, next to its field.
  assert.equal(
    await tab.locator('bf-text-field[name="postcode"] [slot="error"]').textContent(),
    'Erreur : Indiquez le code postal',
  );
  // Following a link with the keyboard puts the cursor in its field.
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Enter');
  await tab.waitForFunction(() => document.activeElement?.getAttribute('name') === 'postcode');
  await tab.locator('input[name="postcode"]').fill('1000');
  // A link to a radio question focuses its first answer.
  await summary.evaluate((s) =>
    Array.from(s.shadowRoot.querySelectorAll('a'))
      .find((link) => link.textContent.includes('déménage avec'))
      .click(),
  );
  assert.equal(await activeName(tab), 'moving-with');
});

test('Enter in a field submits the form', async () => {
  const tab = await openForm('en');
  await fillForm(tab);
  await tab.locator('input[name="email"]').press('Enter');
  await tab.waitForURL(/\/en\/check$/);
  const [sent] = server.received.splice(0);
  assert.deepEqual(sent.entries, expectedEntries);
});

test('reset empties what was typed and shows the known values again', async () => {
  const tab = await openForm('nl');
  await fillForm(tab);
  await tab.locator('input[name="email"]').fill('');
  await tab.getByRole('button', { name: 'Verder' }).click();
  await tab.waitForFunction(() => document.activeElement?.localName === 'bf-error-summary');
  await tab.evaluate(() => document.querySelector('form').reset());
  await tab.waitForFunction(() => !document.querySelector('input[name="business"]').checked);
  await tab.waitForFunction(() => document.querySelector('[name="street"]').value === '');
  const state = await tab.evaluate(() => ({
    values: Array.from(new FormData(document.querySelector('form'))),
    errors: document.querySelectorAll('form [slot="error"]:not([hidden])').length,
  }));
  assert.deepEqual(state.values, [
    ['name', 'An Peeters'],
    ['nrn', '85073003328'],
    ['street', ''],
    ['number', ''],
    ['box', ''],
    ['postcode', ''],
    ['municipality', ''],
    ['moving-date', ''],
    ['phone', ''],
    ['email', ''],
    ['iban', ''],
  ]);
  // The known values show as text with their source again.
  assert.match(await tab.locator('bf-text-field[name="nrn"]').textContent(), /85\.07\.30-033\.28/);
  assert.match(
    await tab.locator('bf-text-field[name="nrn"]').textContent(),
    /Uit het Rijksregister/,
  );
  assert.equal(state.errors, 0);
});

// Chromium restores the text fields, the date's boxes, the chosen radio and the ticked checkbox
// when the page is loaded again, without an event: bf-date-field and the choices read them again
// on `pageshow` (core's whenRestored), so the ISO date and the follow-up questions come back too.
// The back/forward cache, the usual case, keeps everything and is tested in Firefox.
test('going back after sending restores every answer (page loaded again)', async () => {
  const tab = await openForm('nl');
  await fillForm(tab);
  await tab.evaluate(() => (window.__belfryMarker = true));
  await tab.getByRole('button', { name: 'Verder' }).click();
  await tab.waitForURL(/\/nl\/check$/);
  server.received.splice(0);
  await tab.goBack();
  await formReady(tab);
  await tab.waitForFunction(() => document.querySelector('[name="email"]').value !== '');
  const state = await tab.evaluate(() => ({
    sameDocument: window.__belfryMarker === true,
    values: Array.from(new FormData(document.querySelector('form'))),
  }));
  assert.equal(state.sameDocument, false, 'the page was loaded again, not kept whole');
  assert.deepEqual(state.values, expectedEntries);
});

// What each message must speak of, in the page's language (the exact words are the validators'
// and are tested with them).
for (const [lang, messages] of [
  [
    'nl',
    {
      'companion-nrn': /rijksregisternummer/i,
      enterprise: /ondernemingsnummer/i,
      iban: /rekeningnummer|IBAN/,
      continue: 'Verder',
    },
  ],
  [
    'fr',
    {
      'companion-nrn': /registre national/i,
      enterprise: /entreprise/i,
      iban: /compte|IBAN/,
      continue: 'Continuer',
    },
  ],
]) {
  test(`invalid Belgian numbers are refused in ${lang}, valid ones pass`, async () => {
    const tab = await openForm(lang);
    await fillForm(tab, {
      ...typed,
      'companion-nrn': '90.02.01-997.05',
      enterprise: '0403.170.702',
      iban: 'BE68 5390 0754 7035',
    });
    await tab.getByRole('button', { name: messages.continue }).click();
    await tab.waitForFunction(() => document.activeElement?.localName === 'bf-error-summary');
    const links = await summaryLinks(tab);
    assert.equal(links.length, 3, JSON.stringify(links));
    const errors = await tab.evaluate(() =>
      Object.fromEntries(
        ['companion-nrn', 'enterprise', 'iban'].map((name) => [
          name,
          document.querySelector(`bf-text-field[name="${name}"]`).validationMessage,
        ]),
      ),
    );
    assert.deepEqual(
      links.map((link) => link.text),
      Object.values(errors),
    );
    for (const [name, message] of Object.entries(errors)) assert.match(message, messages[name]);
    assert.equal(server.received.length, 0);
    // Corrected, the same numbers pass and are sent.
    for (const name of ['companion-nrn', 'enterprise', 'iban'])
      await tab.locator(`input[name="${name}"]`).fill(typed[name]);
    await tab.getByRole('button', { name: messages.continue }).click();
    await tab.waitForURL(new RegExp(`/${lang}/check$`));
    const [sent] = server.received.splice(0);
    assert.deepEqual(sent.entries, expectedEntries);
  });
}

test('the whole journey with the keyboard alone: Tab, typing, arrows, Space and Enter', async () => {
  const tab = await openForm('en');
  const { keyboard } = tab;
  /** What has focus: a control's name, a date box's part, or the element's tag. */
  const focused = () =>
    tab.evaluate(() => {
      const element = document.activeElement;
      return (
        (element?.getAttribute('name') ?? element?.id.replace(/^bf-field-\d+-/, '') ?? '') ||
        element?.localName
      );
    });
  const tabTo = async (expected) => {
    await keyboard.press('Tab');
    assert.equal(await focused(), expected);
  };

  // Enter in the first field with nothing filled in: the summary takes focus, and its first
  // link takes the cursor to the street.
  await tabTo('street');
  await keyboard.press('Enter');
  await tab.waitForFunction(() => document.activeElement?.localName === 'bf-error-summary');
  await keyboard.press('Tab');
  await keyboard.press('Enter');
  await tab.waitForFunction(() => document.activeElement?.getAttribute('name') === 'street');

  await keyboard.type(typed.street);
  for (const name of ['number', 'box', 'postcode', 'municipality']) {
    await tabTo(name);
    await keyboard.type(typed[name]);
  }
  for (const [index, part] of ['day', 'month', 'year'].entries()) {
    await tabTo(part);
    await keyboard.type(dateBoxes[index]);
  }
  // The radios are one stop; the arrow chooses "Yes", which reveals its follow-up questions.
  await tabTo('moving-with');
  await keyboard.press('ArrowDown');
  await tabTo('companion');
  await keyboard.type(typed.companion);
  await tabTo('companion-nrn');
  // Typed as digits, grouped while typing.
  await keyboard.type(typed['companion-nrn'].replace(/\D/g, ''));
  await tabTo('business');
  await keyboard.press('Space');
  await tabTo('enterprise');
  await keyboard.type(typed.enterprise.replace(/\D/g, ''));
  for (const name of ['phone', 'email']) {
    await tabTo(name);
    await keyboard.type(typed[name]);
  }
  await tabTo('iban');
  await keyboard.type(typed.iban.replace(/\s/g, ''));
  await keyboard.press('Enter');
  await tab.waitForURL(/\/en\/check$/);
  const [sent] = server.received.splice(0);
  assert.deepEqual(sent.entries, expectedEntries);

  // "Check your answers": a Change link per answer that can change, then the button.
  const passed = [];
  for (let stop = 0; stop < 12 && (await focused()) !== 'bf-button'; stop += 1) {
    await keyboard.press('Tab');
    passed.push(await tab.evaluate(() => document.activeElement?.localName));
  }
  assert.equal(await focused(), 'bf-button');
  assert.equal(passed.filter((name) => name === 'bf-summary-list-row').length, 7, passed.join());
  await keyboard.press('Enter');
  await tab.waitForURL(/\/en\/done$/);
  assert.equal(await tab.title(), 'Your change of address has been sent');
  server.received.splice(0);
});
