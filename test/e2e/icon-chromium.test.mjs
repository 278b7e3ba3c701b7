// Chromium, driven by Playwright: icons in a plain page with the built belfry.js, under a strict
// Content-Security-Policy with Trusted Types, offline (nothing but the page's own files is
// requested). Runs after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, launchChromium } from '../../scripts/find-browsers.mjs';
import { inspectIcons, startIconServer } from './icon-fixture.mjs';

let server;
let browser;

before(async () => {
  server = await startIconServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('icons draw under a strict CSP with Trusted Types, from the page’s own files only', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = collectProblems(tab);
  const requests = [];
  tab.on('request', (request) => requests.push(request.url()));
  await tab.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await tab.goto(`${server.origin}/`);
  await tab.waitForFunction(() => customElements.get('bf-icon') !== undefined);
  const result = await tab.evaluate(inspectIcons);

  assert.deepEqual(result.violations, []);
  assert.deepEqual(problems, []);
  // Trusted Types are enforced: a plain string assigned to innerHTML is refused, so icons that
  // built markup from strings would have failed above.
  const refused = await tab.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>markup</b>';
      return false;
    } catch {
      return true;
    }
  });
  assert.equal(refused, true);
  // warning (3 paths), clock (2), download (3), then the two refused ones: nothing drawn.
  assert.deepEqual(result.paths, [3, 2, 3, 0, 0]);
  assert.deepEqual(result.sizes.slice(0, 3), [20, 16, 20]);
  assert.equal(result.scripts, 0);
  assert.equal(result.pwned, null);
  const elsewhere = requests.filter(
    (url) =>
      !url.startsWith(`${server.origin}/`) ||
      !/^\/(packages\/(components|tokens)\/dist\/[\w/.-]+\.(js|css)|\?.*)?$/.test(
        new URL(url).pathname,
      ),
  );
  assert.deepEqual(elsewhere, [], 'no request but the page, belfry.js and the token CSS');
  await assert.doesNotReject(
    tab.getByRole('img', { name: 'Actie nodig' }).waitFor({ state: 'attached' }),
  );
  await assert.doesNotReject(
    tab.getByRole('button', { name: 'Downloaden', exact: true }).waitFor({ state: 'attached' }),
  );
  await context.close();
});
