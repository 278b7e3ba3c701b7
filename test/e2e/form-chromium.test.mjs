// Chromium, driven by Playwright: bf-text-field in a plain form under a strict CSP. It submits
// natively, the browser's autofill fills it by its autocomplete tokens, and going back after
// submitting brings the typed values back (never the password). Runs after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, launchChromium } from '../../scripts/find-browsers.mjs';
import { answers, readForm, startFormServer } from './form-fixture.mjs';

let server;
let browser;

before(async () => {
  server = await startFormServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openForm() {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = collectProblems(tab);
  await tab.goto(`${server.origin}/`);
  await tab.waitForFunction(() =>
    Array.from(document.querySelectorAll('bf-text-field')).every((field) => field.control),
  );
  return { context, tab, problems };
}

test('typed answers are submitted natively, each once, without errors', async () => {
  const { tab, problems } = await openForm();
  for (const [name, value] of Object.entries(answers)) {
    await tab.locator(`input[name="${name}"]`).fill(value);
  }
  await tab.getByRole('button', { name: 'Verder' }).click();
  await tab.waitForURL(/\/next/);
  const query = new URL(tab.url()).searchParams;
  for (const [name, value] of Object.entries(answers))
    assert.deepEqual(query.getAll(name), [value]);
  assert.deepEqual(problems, []);
});

test('going back restores the typed answers, but not the password', async () => {
  const { tab } = await openForm();
  for (const [name, value] of Object.entries(answers)) {
    await tab.locator(`input[name="${name}"]`).fill(value);
  }
  await tab.evaluate(() => (window.__belfryMarker = true));
  await tab.getByRole('button', { name: 'Verder' }).click();
  await tab.waitForURL(/\/next/);
  await tab.goBack();
  await tab.waitForFunction(() =>
    Array.from(document.querySelectorAll('bf-text-field')).every((field) => field.control),
  );
  // Restore runs as the controls are created; give the browser a moment to finish it.
  await tab.waitForTimeout(300);
  const { values, sameDocument, controls } = await tab.evaluate(readForm);
  assert.equal(
    sameDocument,
    false,
    'the page was loaded again, not kept in the back/forward cache',
  );
  assert.equal(controls, 5, 'no control was created twice');
  assert.deepEqual(values, { ...answers, password: '' });
});

test('the browser’s autofill fills the fields by their autocomplete tokens', async () => {
  const { context, tab } = await openForm();
  const cdp = await context.newCDPSession(tab);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: 'input[autocomplete="postal-code"]',
  });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  const { frameTree } = await cdp.send('Page.getFrameTree');
  await cdp.send('Autofill.trigger', {
    fieldId: node.backendNodeId,
    frameId: frameTree.frame.id,
    address: {
      fields: [
        { name: 'NAME_FULL', value: 'Jan Peeters' },
        { name: 'ADDRESS_HOME_LINE1', value: 'Wetstraat 16' },
        { name: 'ADDRESS_HOME_ZIP', value: '1000' },
        { name: 'ADDRESS_HOME_CITY', value: 'Brussel' },
      ],
    },
  });
  await tab.waitForFunction(() => document.querySelector('bf-text-field[name="postcode"]').value);
  const { values } = await tab.evaluate(readForm);
  assert.deepEqual(values, {
    name: 'Jan Peeters',
    street: 'Wetstraat 16',
    postcode: '1000',
    city: 'Brussel',
    password: '',
  });
});

test('a failed submit shows errors in Dutch, focuses the first field, and sends nothing', async () => {
  const { tab } = await openForm();
  await tab.getByRole('button', { name: 'Verder' }).click();
  await tab.waitForFunction(() => document.activeElement?.name === 'name');
  assert.equal(new URL(tab.url()).pathname, '/');
  const error = await tab.evaluate(
    () => document.querySelector('bf-text-field[name="name"] [slot="error"]').textContent,
  );
  assert.equal(error, 'Fout: Vul dit veld in.');
  const input = tab.getByRole('textbox', { name: 'Naam' });
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
});
