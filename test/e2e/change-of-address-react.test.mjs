// The "Change of address" form as a React 19 component (test/e2e/change-of-address/react/),
// bundled with esbuild from the built workspace packages and rendered in Chromium under the
// strict CSP: values controlled from React state through properties, what the citizen types read
// from the native events, a language switch that keeps the answers, the error summary, "Check
// your answers" with Change links, and the entries sent. React never replaces a field's own
// nodes. One browser and one bundle for the file. Runs after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateBoxes, expectedEntries, typed } from './change-of-address/answers.mjs';
import { reactApp } from './react-app.mjs';

const app = reactApp(new URL('change-of-address/react/main.tsx', import.meta.url), 'React 19');

const answersInState = (tab) =>
  tab.evaluate(() => JSON.parse(document.querySelector('output[data-answers]').dataset.answers));

test('a React 19 form: controlled values, native events, language switch, errors, check, send', async () => {
  const tab = await app.open();
  await tab.waitForFunction(() =>
    Array.from(document.querySelectorAll('form [name]:is(bf-text-field, bf-date-field)')).every(
      (field) => field.control,
    ),
  );
  // Each field's native control and label, to check later that React left them alone.
  await tab.evaluate(() => {
    window.__nodes = Array.from(document.querySelectorAll('form :is(input, label)'));
  });

  // Values from React state reach the fields as properties.
  assert.equal(await tab.locator('input[name="municipality"]').inputValue(), 'Gent');
  assert.equal(await tab.locator('input[name="postcode"]').inputValue(), '9000');

  // What the citizen types reaches React through the native input events.
  await tab.locator('input[name="street"]').pressSequentially(typed.street);
  assert.equal((await answersInState(tab)).street, typed.street);
  await tab.locator('input[name="moving-with"][value="others"]').check();
  assert.equal((await answersInState(tab))['moving-with'], 'others');

  // Switching the language changes every text and keeps every answer and every node.
  await tab.getByRole('button', { name: 'Français' }).click();
  await tab.waitForFunction(
    () => document.querySelector('h1').textContent === 'Changement d’adresse',
  );
  assert.equal(await tab.locator('input[name="street"]').inputValue(), typed.street);
  assert.equal(await tab.getByLabel('Rue', { exact: true }).inputValue(), typed.street);
  assert.equal(await tab.locator('input[name="moving-with"][value="others"]').isChecked(), true);

  // A failed submit: the summary takes focus, in French, and React's onSubmit is not called.
  await tab.getByRole('button', { name: 'Continuer' }).click();
  await tab.waitForFunction(() => document.activeElement?.localName === 'bf-error-summary');
  assert.match(await tab.title(), /^Erreur\s:/);
  const links = await tab.evaluate(() =>
    Array.from(document.querySelector('bf-error-summary').shadowRoot.querySelectorAll('a')).map(
      (link) => link.textContent.trim(),
    ),
  );
  assert.deepEqual(links.slice(0, 2), ['Indiquez le numéro', 'Indiquez la date du déménagement.']);

  const kept = await tab.evaluate(() =>
    window.__nodes.filter((node) => !node.isConnected).map((node) => node.outerHTML.slice(0, 60)),
  );
  assert.deepEqual(kept, [], 'React removed no control or label of the fields');

  // The rest of the answers, then "Vérifiez vos réponses".
  await tab.locator('input[name="number"]').fill(typed.number);
  await tab.locator('input[name="box"]').fill(typed.box);
  await tab.locator('input[name="postcode"]').fill(typed.postcode);
  await tab.locator('input[name="municipality"]').fill(typed.municipality);
  const boxes = tab.locator('#moving-date input:not([type="hidden"])');
  for (const [index, value] of dateBoxes.entries()) await boxes.nth(index).fill(value);
  for (const name of ['companion', 'companion-nrn'])
    await tab.locator(`input[name="${name}"]`).fill(typed[name]);
  await tab.locator('input[name="business"]').check();
  for (const name of ['enterprise', 'phone', 'email', 'iban'])
    await tab.locator(`input[name="${name}"]`).fill(typed[name]);
  await tab.getByRole('button', { name: 'Continuer' }).click();
  await tab.getByRole('heading', { name: 'Vérifiez vos réponses' }).waitFor();
  assert.equal(await tab.title(), 'Vérifiez vos réponses', 'the step’s title, no "Erreur" left');
  // The rows' questions, set as the `question` property (React keeps `key` for itself).
  const questions = await tab
    .locator('bf-summary-list-row')
    .evaluateAll((rows) => rows.map((row) => row.question));
  assert.deepEqual(questions, [
    'Nom',
    'Nouvelle adresse',
    'Date du déménagement',
    'Quelqu’un déménage-t-il avec vous ?',
    'Adresse e-mail',
  ]);

  // Change: back to the form with every answer, the cursor in the street.
  await tab.getByRole('link', { name: /Nouvelle adresse/ }).click();
  await tab.waitForFunction(() => document.activeElement?.getAttribute('name') === 'street');
  assert.equal(await tab.locator('input[name="iban"]').inputValue(), typed.iban);
  await tab.getByRole('button', { name: 'Continuer' }).click();
  await tab.getByRole('button', { name: 'Envoyer le changement d’adresse' }).click();
  await tab.getByRole('heading', { name: 'Votre changement d’adresse a été envoyé' }).waitFor();
  const sent = JSON.parse(await tab.locator('#sent').textContent());
  assert.deepEqual(sent, expectedEntries);
});
