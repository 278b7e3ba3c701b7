// A server-rendered page under a strict Content-Security-Policy, in Chromium and Firefox, with no
// script at all: the styles Lit's server render puts in each shadow root are allowed by their
// hashes, computed as docs/guides/server-rendering.md shows, and the buttons look final.
// Runs after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, launchFirefox } from '../../scripts/find-browsers.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { loadComponents, loadFixtures, renderFixture } from '../ssr/render.mjs';

/** The CSP source allowing the styles a server render puts in `element`'s shadow roots. */
const styleHash = (element) =>
  `'sha256-${createHash('sha256')
    .update(element.elementStyles.map((style) => style.cssText).join(''))
    .digest('base64')}'`;

let server;
let policy;

before(async () => {
  const components = await loadComponents();
  const [button] = components.filter((component) => component.folder === 'button');
  const fixtures = await loadFixtures(button);
  const html = [];
  for (const name of ['button', 'button-links']) {
    html.push((await renderFixture(fixtures.find((fixture) => fixture.name === name))).html);
  }
  const hashes = components
    .flatMap((component) => component.tags)
    .map((tag) => styleHash(customElements.get(tag)));
  policy = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${hashes.join(' ')}`,
    "img-src 'self'",
    "base-uri 'none'",
  ].join('; ');
  server = await startStaticServer({
    root: fileURLToPath(new URL('../..', import.meta.url)),
    headers: { 'Content-Security-Policy': policy },
    pages: {
      '/': `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <title>Aanvraag</title>
    <link rel="stylesheet" href="/packages/tokens/dist/css/belfry.css" />
  </head>
  <body>
    <main>${html.join('\n')}</main>
  </body>
</html>`,
    },
    allow: (file) => file.includes(`${sep}dist${sep}`),
  });
});

after(() => server?.close());

/** What the page shows, read in the browser: CSP violations and the first button's look. */
function inspect() {
  const control = document.querySelector('bf-button').shadowRoot.querySelector('[part="base"]');
  const box = control.getBoundingClientRect();
  return {
    violations: window.__cspViolations,
    background: getComputedStyle(control).backgroundColor,
    width: box.width,
    height: box.height,
    links: document.querySelectorAll('bf-button[href]').length,
  };
}
function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.__cspViolations.push(`${event.violatedDirective} ${event.sample}`),
  );
}

function assertFinalLook(seen) {
  assert.deepEqual(seen.violations, []);
  assert.equal(seen.background, 'rgb(27, 79, 143)', 'the federal action colour');
  assert.ok(seen.width >= 44 && seen.height >= 44, `target is ${seen.width} × ${seen.height}`);
  assert.equal(seen.links, 6);
}

test('Chromium applies the hashed shadow-root styles under a strict CSP, without a script', async () => {
  const browser = await launchChromium();
  try {
    const tab = await (await browser.newContext()).newPage();
    await tab.addInitScript(recordViolations);
    await tab.goto(`${server.origin}/`);
    assertFinalLook(await tab.evaluate(inspect));
  } finally {
    await browser.close();
  }
});

test('Firefox applies the hashed shadow-root styles under a strict CSP, without a script', async () => {
  const browser = await launchFirefox();
  try {
    const tab = await browser.newPage();
    await tab.evaluateOnNewDocument(recordViolations);
    await tab.goto(`${server.origin}/`);
    assertFinalLook(await tab.evaluate(inspect));
  } finally {
    await browser.close();
  }
});
