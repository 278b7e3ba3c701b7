// One React 19 app per test file, as the React e2e tests run it: bundled with esbuild from the
// built workspace packages (their dist, as users get them, not the workspace's TypeScript
// paths), served with the built tokens under the strict CSP, in one Chromium for the file. Every
// test ends with no errors or React warnings in the console. Runs after `npm run build`.
import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { collectProblems, launchChromium } from '../../scripts/find-browsers.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { csp } from './fixture-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

const page = (title) => `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="stylesheet" href="/packages/tokens/dist/css/belfry.css" />
    <script type="module" src="/app.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

/**
 * Registers the file's hooks that bundle and serve the app whose entry is `entry` (a URL of a
 * .tsx file), and returns `open()`, which loads it in a new tab that is watched for problems.
 */
export function reactApp(entry, title) {
  let server;
  let browser;
  let problems = [];

  before(async () => {
    const bundle = await build({
      entryPoints: [fileURLToPath(entry)],
      bundle: true,
      format: 'esm',
      write: false,
      jsx: 'automatic',
      tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'error',
    });
    const app = bundle.outputFiles[0].text;
    server = await startStaticServer({
      root,
      headers: { 'Content-Security-Policy': csp },
      pages: { '/': page(title) },
      allow: (file) => file.includes(`${sep}dist${sep}`),
      handle: (request, response, path) => {
        if (path !== '/app.js') return false;
        response.setHeader('Content-Type', 'text/javascript');
        response.end(app);
        return true;
      },
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(() => {
    assert.deepEqual(problems, [], 'no errors or React warnings in the console');
    problems = [];
  });

  return {
    /** A new tab with the app loaded. */
    async open() {
      const tab = await browser.newPage();
      problems = collectProblems(tab);
      await tab.goto(`${server.origin}/`);
      return tab;
    },
  };
}
