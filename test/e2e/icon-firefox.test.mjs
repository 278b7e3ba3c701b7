// Firefox ESR, driven by Puppeteer over WebDriver BiDi: the same icon page as the Chromium test,
// under the same strict Content-Security-Policy. Runs after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, launchFirefox } from '../../scripts/find-browsers.mjs';
import { inspectIcons, startIconServer } from './icon-fixture.mjs';

let server;
let browser;

before(async () => {
  server = await startIconServer();
  browser = await launchFirefox();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('icons draw under a strict CSP in Firefox, and hostile path data draws nothing', async () => {
  const tab = await browser.newPage();
  const problems = collectProblems(tab);
  await tab.evaluateOnNewDocument(() => {
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
  assert.deepEqual(result.paths, [3, 2, 3, 0, 0]);
  assert.deepEqual(result.sizes.slice(0, 3), [20, 16, 20]);
  assert.equal(result.scripts, 0);
  assert.equal(result.pwned, null);
  await tab.close();
});
