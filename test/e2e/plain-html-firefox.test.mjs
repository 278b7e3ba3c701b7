// Firefox ESR, driven by Puppeteer over WebDriver BiDi: the same agency page as the Chromium test,
// under the same strict Content-Security-Policy. Runs after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, launchFirefox } from '../../scripts/find-browsers.mjs';
import { startServer } from './fixture-server.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchFirefox();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage() {
  const tab = await browser.newPage();
  const problems = collectProblems(tab);
  await tab.goto(`${server.origin}/`);
  await tab.waitForFunction(() => customElements.get('bf-button') !== undefined);
  await tab.evaluate(() => document.querySelector('bf-button').updateComplete);
  return { tab, problems };
}

test('belfry.js renders under a strict CSP in Firefox, without errors', async () => {
  const { tab, problems } = await openPage();
  const rendered = await tab.evaluate(() => {
    const inner = document.querySelector('bf-button').shadowRoot.querySelector('button');
    const box = inner.getBoundingClientRect();
    return {
      text: document.querySelector('bf-button').textContent,
      background: getComputedStyle(inner).backgroundColor,
      width: box.width,
      height: box.height,
    };
  });
  assert.deepEqual(problems, []);
  assert.equal(rendered.text, 'Versturen');
  assert.equal(rendered.background, 'rgb(27, 79, 143)', 'the federal action colour');
  assert.ok(rendered.width >= 44 && rendered.height >= 44);
  await tab.close();
});

test('the button submits its form natively in Firefox, with its name and value', async () => {
  const { tab } = await openPage();
  await Promise.all([tab.waitForNavigation(), tab.click('bf-button[type="submit"]')]);
  const query = new URL(tab.url()).searchParams;
  assert.equal(query.get('city'), 'Eupen');
  assert.equal(query.get('action'), 'send');
  await tab.close();
});

test('a busy button is announced in the page language in Firefox', async () => {
  const { tab } = await openPage();
  const setLoading = (loading) =>
    tab.evaluate((loading) => {
      const button = document.querySelector('bf-button[type="submit"]');
      button.loading = loading;
      return button.updateComplete;
    }, loading);
  const announced = (text) =>
    tab.waitForFunction(
      (text) => document.querySelector('[data-bf-announcer="polite"]')?.textContent.includes(text),
      {},
      text,
    );
  await setLoading(true);
  await announced('Bezig met laden');
  await setLoading(false);
  await tab.evaluate(() => {
    document.documentElement.lang = 'fr-BE';
  });
  await setLoading(true);
  await announced('Chargement en cours');
  const width = await tab.evaluate(
    () => document.querySelector('[data-bf-announcer="polite"]').getBoundingClientRect().width,
  );
  assert.ok(width <= 1, 'the announcer is visually hidden under the CSP');
  await tab.close();
});
