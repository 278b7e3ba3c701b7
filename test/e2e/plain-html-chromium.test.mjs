// Chromium, driven by Playwright: a page as an agency would write it (plain HTML, the built
// belfry.js and token CSS) under a strict Content-Security-Policy. Checks that nothing is
// blocked, the button submits the form natively, and its built-in text follows <html lang>.
// Runs after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, launchChromium } from '../../scripts/find-browsers.mjs';
import { startServer } from './fixture-server.mjs';

let server;
let browser;
let origin;

before(async () => {
  server = await startServer();
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage() {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = collectProblems(tab);
  await tab.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await tab.goto(`${origin}/`);
  await tab.waitForFunction(() => customElements.get('bf-button') !== undefined);
  return { tab, problems };
}

test('belfry.js renders under a strict CSP without violations or errors', async () => {
  const { tab, problems } = await openPage();
  const button = tab.getByRole('button', { name: 'Versturen' });
  await button.waitFor();
  const violations = await tab.evaluate(() => window.__cspViolations);
  assert.deepEqual(violations, []);
  // The refused javascript: URL is logged as a warning, not an error.
  assert.deepEqual(problems, []);
  const size = await button.boundingBox();
  assert.ok(size.width >= 44 && size.height >= 44, `target is ${size.width} × ${size.height}`);
  const background = await button.evaluate((element) => getComputedStyle(element).backgroundColor);
  assert.equal(background, 'rgb(27, 79, 143)', 'the federal action colour from the token CSS');
});

test('the button submits its form natively, with its name and value', async () => {
  const { tab } = await openPage();
  await tab.getByLabel('Gemeente').fill('Sankt Vith');
  await tab.getByRole('button', { name: 'Versturen' }).click();
  await tab.waitForURL(/\/submitted/);
  const query = new URL(tab.url()).searchParams;
  assert.equal(query.get('city'), 'Sankt Vith');
  assert.equal(query.get('action'), 'send');
});

test('Enter in the text field submits through the Belfry button', async () => {
  const { tab } = await openPage();
  await tab.getByLabel('Gemeente').press('Enter');
  await tab.waitForURL(/\/submitted/);
  assert.equal(new URL(tab.url()).searchParams.get('action'), 'send');
});

test('a javascript: URL is never rendered as a link target', async () => {
  const { tab } = await openPage();
  const link = tab.getByRole('link', { name: 'Onveilige link' });
  assert.equal(await link.getAttribute('href'), null);
  assert.equal(await link.getAttribute('aria-disabled'), 'true');
});

test('a busy button is announced in the page language, the announcer allowed by the CSP', async () => {
  const { tab } = await openPage();
  const setLoading = (loading) =>
    tab.locator('bf-button[type="submit"]').evaluate((element, loading) => {
      element.loading = loading;
      return element.updateComplete;
    }, loading);
  const announcer = tab.locator('[data-bf-announcer="polite"]');
  await setLoading(true);
  await assert.doesNotReject(announcer.filter({ hasText: 'Bezig met laden' }).waitFor());
  const box = await announcer.boundingBox();
  assert.ok(box.width <= 1 && box.height <= 1, 'the announcer is visually hidden under the CSP');
  await setLoading(false);
  await tab.evaluate(() => {
    document.documentElement.lang = 'fr-BE';
  });
  await setLoading(true);
  await assert.doesNotReject(announcer.filter({ hasText: 'Chargement en cours' }).waitFor());
  const name = await tab.locator('bf-button[type="submit"] button').getAttribute('aria-disabled');
  assert.equal(name, 'true');
  await assert.doesNotReject(
    tab.getByRole('button', { name: 'Versturen Chargement en cours' }).waitFor(),
  );
  assert.deepEqual(await tab.evaluate(() => window.__cspViolations), []);
});
