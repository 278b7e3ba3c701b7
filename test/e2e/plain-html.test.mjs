// A page as an agency would write it: plain HTML, the built belfry.js and token CSS, served with
// a strict Content-Security-Policy. Checks that nothing is blocked, the button submits the form
// natively, and its built-in text follows <html lang>. Runs after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, requireChromium } from '../../scripts/find-browsers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const csp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const page = `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <title>Aanvraag</title>
    <link rel="stylesheet" href="/packages/tokens/dist/css/belfry.css" />
    <script type="module" src="/packages/components/dist/belfry.js"></script>
  </head>
  <body>
    <main>
      <h1>Aanvraag</h1>
      <form action="/submitted" method="get">
        <label for="city">Gemeente</label>
        <input id="city" name="city" value="Eupen" />
        <bf-button type="submit" name="action" value="send">Versturen</bf-button>
        <bf-button href="javascript:alert(1)">Onveilige link</bf-button>
      </form>
    </main>
  </body>
</html>`;

const types = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
let server;
let browser;
let origin;

before(async () => {
  server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    response.setHeader('Content-Security-Policy', csp);
    if (url.pathname === '/favicon.ico') {
      response.statusCode = 204;
      response.end();
      return;
    }
    if (url.pathname === '/' || url.pathname === '/submitted') {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(
        url.pathname === '/' ? page : '<!doctype html><title>Ontvangen</title><p>Ontvangen</p>',
      );
      return;
    }
    const file = normalize(join(root, url.pathname));
    if (!file.startsWith(root) || !file.includes('/dist/')) {
      response.statusCode = 404;
      response.end();
      return;
    }
    try {
      const body = await readFile(file);
      response.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: requireChromium(),
    args: chromiumArgs.filter((arg) => !arg.startsWith('--headless')),
    headless: true,
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openPage() {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
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

test('built-in text follows <html lang> when it changes from nl to fr', async () => {
  const { tab } = await openPage();
  const status = tab.locator('bf-button[type="submit"]').locator('[role="status"]');
  await tab.locator('bf-button[type="submit"]').evaluate((element) => {
    element.loading = true;
  });
  await assert.doesNotReject(
    status.filter({ hasText: 'Bezig met laden' }).waitFor({ state: 'attached' }),
  );
  await tab.evaluate(() => {
    document.documentElement.lang = 'fr-BE';
  });
  await assert.doesNotReject(
    status.filter({ hasText: 'Chargement en cours' }).waitFor({ state: 'attached' }),
  );
});
