// Every docs page of the built Storybook (storybook-static, from `npm run build-storybook`) passes
// axe's WCAG 2.2 A/AA rules in Chromium: the guides designers and testers read are accessible too.
// Story canvases are covered by `npm run test:stories`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/find-browsers.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const axeSource = await readFile(
  fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)),
  'utf8',
);
const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const docsPages = Object.values(index.entries).filter(
  (entry) => entry.type === 'docs' && !entry.tags?.includes('!dev'),
);
/**
 * Reports that are not barriers, each explained in docs/accessibility/testing.md ("What other
 * checkers report, and why"): the rule, and the element whose nodes it is reported on. Only
 * those nodes are excused; the rule still fails anywhere else.
 */
const explained = [
  // The rows' hosts stand between the list's <dl> and their <dt>/<dd> in the DOM; the browser's
  // accessibility tree skips them (test/summary-list/a11y-tree.test.ts).
  { rule: 'definition-list', within: 'bf-summary-list' },
  { rule: 'dlitem', within: 'bf-summary-list' },
];

let server;
let browser;
let origin;

before(async () => {
  server = await startStaticServer({ root });
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('there are docs pages to check', () => {
  assert.ok(docsPages.length >= 2, `found ${docsPages.length} docs pages`);
});

/**
 * Three pages work side by side, each showing one docs page after another. Loading Storybook's
 * preview afresh for each of the 120-odd docs pages was most of this test's time; switching a
 * loaded preview to the next docs page, as Storybook's own sidebar does, takes a third of that.
 * A page that cannot switch, or has shown 25 docs pages, is replaced by a fresh one.
 */
const idle = [];
const shown = new WeakMap();

async function showDocs(entry) {
  let page = idle.pop();
  if (page && shown.get(page) < 25) {
    const switched = await page
      .evaluate(
        (id) =>
          new Promise((resolve) => {
            const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
            const timer = setTimeout(() => done(false), 30_000);
            const done = (ok) => {
              clearTimeout(timer);
              channel.off('docsRendered', onRendered);
              resolve(ok);
            };
            const onRendered = () => done(true);
            channel.on('docsRendered', onRendered);
            channel.emit('setCurrentStory', { storyId: id, viewMode: 'docs' });
          }),
        entry.id,
      )
      .catch(() => false);
    if (switched) {
      shown.set(page, shown.get(page) + 1);
      return page;
    }
  }
  await page?.close();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=docs`);
  shown.set(page, 1);
  return page;
}

describe('docs pages', { concurrency: 3 }, () => {
  for (const entry of docsPages) {
    test(`docs page "${entry.title} / ${entry.name}" passes axe (WCAG 2.2 AA)`, async () => {
      const page = await showDocs(entry);
      let healthy = false;
      try {
        await page.locator('#storybook-docs .sbdocs-content').first().waitFor();
        // Let every embedded story render before judging the page: each story block holds its
        // story and every Belfry element in it has upgraded. Waiting for the network to go quiet
        // alone timed out once in CI on a loaded machine (30 s) although the page was complete,
        // so quiet network is only waited for briefly after that, and a busy one is not a failure.
        await page.waitForFunction(
          () => {
            const docs = document.querySelector('#storybook-docs');
            const blocks = [...docs.querySelectorAll('.sb-story[data-story-block]')];
            const rendered = blocks.every((block) =>
              block.querySelector('*:not(style):not(script)'),
            );
            const pending = [...docs.querySelectorAll(':not(:defined)')].some((element) =>
              element.localName.startsWith('bf-'),
            );
            return rendered && !pending;
          },
          null,
          { timeout: 60_000, polling: 100 },
        );
        await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
        assert.equal(
          await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender?.id),
          entry.id,
          'the preview shows this docs page',
        );
        if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
          await page.addScriptTag({ content: axeSource });
        }
        const violations = await page.evaluate(async (excused) => {
          const results = await window.axe.run(document.querySelector('#storybook-docs'), {
            runOnly: {
              type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
            },
          });
          // `node.target[0]` is the selector of the node, or of the host whose shadow root holds it.
          const isExcused = (rule, node) =>
            excused.some(
              ({ rule: id, within }) =>
                id === rule && document.querySelector(node.target[0])?.closest(within),
            );
          return results.violations
            .map((violation) => ({
              ...violation,
              nodes: violation.nodes.filter((node) => !isExcused(violation.id, node)),
            }))
            .filter((violation) => violation.nodes.length > 0)
            .map(
              (violation) =>
                `${violation.id}: ${violation.help} at ${violation.nodes
                  .slice(0, 3)
                  .map((node) => node.target.join(' '))
                  .join(' | ')}`,
            );
        }, explained);
        healthy = true;
        assert.deepEqual(violations, []);
      } finally {
        // A page that failed before axe ran is not reused: the next docs page starts afresh.
        if (healthy) idle.push(page);
        else await page.close();
      }
    });
  }
});
