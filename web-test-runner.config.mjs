// Browser tests: every test file runs in headless Chromium and Firefox ESR, found on this
// machine (never downloaded). See docs/decisions/0004-test-browsers.md.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { a11ySnapshotPlugin, emulateMediaPlugin } from '@web/test-runner-commands/plugins';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, requireChromium, requireFirefox } from './scripts/find-browsers.mjs';
import { workspaceSourcesForDevServer } from './scripts/workspace-aliases.mjs';
import { ssrFixturesPlugin } from './test/ssr/wtr-ssr-plugin.mjs';

const only = process.env.BELFRY_BROWSERS?.split(',') ?? ['chromium', 'firefox'];

/**
 * Launchers for the chosen browsers, each running up to `concurrency` test pages at once. Each
 * page opens in a window of its own: a page in a background tab gets no animation frames, so it
 * would stall while another runs.
 */
function launchers(concurrency) {
  const createPage = ({ context }) => context.newPage({ type: 'window' });
  const browsers = [];
  if (only.includes('chromium')) {
    browsers.push(
      chromeLauncher({
        launchOptions: { executablePath: requireChromium(), headless: true, args: chromiumArgs },
        createPage,
        concurrency,
      }),
    );
  }
  if (only.includes('firefox')) {
    browsers.push(
      puppeteerLauncher({
        launchOptions: { browser: 'firefox', executablePath: requireFirefox(), headless: true },
        createPage,
        concurrency,
      }),
    );
  }
  return browsers;
}

// Keys go to the page that has focus, so keyboard and focus tests run one page at a time: they
// are in files named `keyboard.test.ts` or `<name>.keyboard.test.ts`. The others run two pages
// at a time. See docs/accessibility/testing.md.
const allTests = 'test/**/*.test.ts';
const focusTests = 'test/**/{keyboard,*.keyboard}.test.ts';
// Test files named on the command line (`--files …`) run alone, one page at a time: with the
// groups declared, Web Test Runner would run every group as well.
const filesNamed = process.argv.some(
  (arg) => arg === '--files' || arg.startsWith('--files=') || /\.test\.[jt]s$/.test(arg),
);

/**
 * @belfry/* from their TypeScript sources (scripts/workspace-aliases.mjs), except in built files
 * (under `packages/<name>/dist/`): those get the built packages through ordinary resolution, as
 * in a consumer's bundler. test/entries/ loads the built entry points this way.
 */
function workspaceSourcesOutsideBuilds() {
  const sources = workspaceSourcesForDevServer();
  return {
    ...sources,
    resolveImport(args) {
      const built = /^\/packages\/[^/]+\/dist\//.test(args.context.path);
      return built ? undefined : sources.resolveImport(args);
    },
  };
}

/**
 * `executeServerCommand('emulate-forced-colors', { value: 'active' | 'none' })`: the stock
 * emulateMedia command has no forced-colours switch, but Chromium's DevTools protocol does.
 */
const cdpSessions = new WeakMap();
const forcedColorsPlugin = {
  name: 'belfry-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    if (session.browser.type !== 'puppeteer') {
      throw new Error(`Forced-colours emulation is not supported in ${session.browser.name}.`);
    }
    const page = session.browser.getPage(session.id);
    // Puppeteer's emulateMediaFeatures() refuses this feature name, so talk to CDP directly.
    // Emulation lasts as long as the CDP session, so one session per page is kept open.
    let client = cdpSessions.get(page);
    if (!client) {
      client = await page.createCDPSession();
      cdpSessions.set(page, client);
    }
    await client.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload.value === 'active' ? 'active' : '' }],
    });
    return true;
  },
};

/**
 * `executeServerCommand('emulate-time-zone', { timeZone: 'America/New_York' })`: the page runs as
 * on a computer set to that zone (Chromium only), so a test can show that what Belfry computes in
 * Brussels time does not follow the visitor's zone.
 */
const timeZonePlugin = {
  name: 'belfry-time-zone',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-time-zone') return undefined;
    if (session.browser.type !== 'puppeteer') {
      throw new Error(`Time-zone emulation is not supported in ${session.browser.name}.`);
    }
    const page = session.browser.getPage(session.id);
    let client = cdpSessions.get(page);
    if (!client) {
      client = await page.createCDPSession();
      cdpSessions.set(page, client);
    }
    await client.send('Emulation.setTimezoneOverride', { timezoneId: payload.timeZone ?? '' });
    return true;
  },
};

/**
 * `executeServerCommand('ax-node', { path: ['bf-icon', 'svg'] })`: how Chromium's accessibility
 * tree sees one element (role, name, description, states, whether it is ignored and why, and
 * the roles of the nodes above it that are not ignored, nearest first), where `path` is a
 * selector per shadow root. The snapshot command lists only the nodes a screen reader stops at,
 * so it cannot tell an element hidden with aria-hidden from one that merely has no name.
 */
const axNodePlugin = {
  name: 'belfry-ax-node',
  async executeCommand({ command, payload, session }) {
    if (command !== 'ax-node') return undefined;
    if (session.browser.type !== 'puppeteer') {
      throw new Error(`Accessibility nodes are not available in ${session.browser.name}.`);
    }
    const page = session.browser.getPage(session.id);
    let client = cdpSessions.get(page);
    if (!client) {
      client = await page.createCDPSession();
      cdpSessions.set(page, client);
    }
    const find = (path) => {
      let node = null;
      for (const selector of path) {
        node = (node ? node.shadowRoot : document)?.querySelector(selector) ?? null;
        if (!node) return null;
      }
      return node;
    };
    const { result } = await client.send('Runtime.evaluate', {
      expression: `(${find})(${JSON.stringify(payload.path)})`,
    });
    if (!result.objectId) throw new Error(`No element at ${JSON.stringify(payload.path)}.`);
    const { node } = await client.send('DOM.describeNode', { objectId: result.objectId });
    const { nodes } = await client.send('Accessibility.getPartialAXTree', {
      backendNodeId: node.backendNodeId,
      fetchRelatives: true,
    });
    const ax = nodes.find((candidate) => candidate.backendDOMNodeId === node.backendNodeId);
    if (!ax) throw new Error(`No accessibility node for ${JSON.stringify(payload.path)}.`);
    // The roles of the nodes above it that assistive technology gets (ignored ones are skipped),
    // nearest first: what a term's or a list item's container really is.
    const byId = new Map(nodes.map((candidate) => [candidate.nodeId, candidate]));
    const ancestorRoles = [];
    for (let parent = byId.get(ax.parentId); parent; parent = byId.get(parent.parentId)) {
      if (!parent.ignored) ancestorRoles.push(parent.role?.value ?? '');
    }
    return {
      role: ax.role?.value ?? '',
      name: ax.name?.value ?? '',
      description: ax.description?.value ?? '',
      // States and properties by name (`checked`, `invalid`, `disabled`, …), as the tree has them;
      // a relation (`controls`, `describedby`) as the ids of the elements it points to.
      properties: Object.fromEntries(
        (ax.properties ?? []).map((property) => [
          property.name,
          property.value?.relatedNodes
            ? property.value.relatedNodes.map((related) => related.idref ?? '')
            : property.value?.value,
        ]),
      ),
      ignored: ax.ignored,
      ignoredReasons: (ax.ignoredReasons ?? []).map((reason) => reason.name),
      ancestorRoles,
    };
  },
};

/**
 * `executeServerCommand('ax-find', { role: 'group', name: 'Your address' })`: the tag names of
 * the elements the browser's accessibility tree exposes with this role and name, in Chromium and
 * Firefox alike. It uses Puppeteer's ARIA query, which asks the accessibility tree itself (the
 * DevTools protocol in Chromium, WebDriver BiDi in Firefox), so it sees what assistive
 * technology sees, shadow roots included.
 */
const axFindPlugin = {
  name: 'belfry-ax-find',
  async executeCommand({ command, payload, session }) {
    if (command !== 'ax-find') return undefined;
    if (session.browser.type !== 'puppeteer') {
      throw new Error(`Accessibility queries are not available in ${session.browser.name}.`);
    }
    const page = session.browser.getPage(session.id);
    const quoted = (text) => JSON.stringify(String(text));
    // Firefox searches one tree only: a query inside a shadow root starts from it (`within`: the
    // id of its host).
    const root = payload.within
      ? await page.evaluateHandle((id) => document.getElementById(id)?.shadowRoot, payload.within)
      : page;
    const handles = await root.$$(
      `::-p-aria([name=${quoted(payload.name)}][role=${quoted(payload.role)}])`,
    );
    return Promise.all(handles.map((handle) => handle.evaluate((node) => node.localName)));
  },
};

/**
 * `executeServerCommand('ax-outline')`: the page as a screen reader's landmark and heading lists
 * show it, from Chromium's whole accessibility tree in tree order: every landmark (role and
 * name) and every heading (level and name), skipping nodes the tree ignores.
 */
const landmarkRoles = new Set([
  'banner',
  'complementary',
  'contentinfo',
  'form',
  'main',
  'navigation',
  'region',
  'search',
]);
const axOutlinePlugin = {
  name: 'belfry-ax-outline',
  async executeCommand({ command, session }) {
    if (command !== 'ax-outline') return undefined;
    if (session.browser.type !== 'puppeteer') {
      throw new Error(`The accessibility outline is not available in ${session.browser.name}.`);
    }
    const page = session.browser.getPage(session.id);
    let client = cdpSessions.get(page);
    if (!client) {
      client = await page.createCDPSession();
      cdpSessions.set(page, client);
    }
    const { nodes } = await client.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const root = nodes.find((node) => !node.parentId);
    const outline = [];
    const visit = (node) => {
      if (!node) return;
      const role = node.role?.value ?? '';
      if (!node.ignored && (landmarkRoles.has(role) || role === 'heading')) {
        const level = (node.properties ?? []).find((property) => property.name === 'level');
        outline.push({
          role,
          name: node.name?.value ?? '',
          ...(role === 'heading' ? { level: level?.value?.value ?? 0 } : {}),
        });
      }
      for (const id of node.childIds ?? []) visit(byId.get(id));
    };
    visit(root);
    return outline;
  },
};

/**
 * Writes the test files that failed, with their browser, to test-results/failed-test-files.json
 * at the end of a run, for scripts/browser-tests.mjs (which runs them once more, alone, to tell a
 * failure from a run disturbed by load). An empty list when everything passed.
 */
function failedFilesReporter() {
  return {
    stop({ sessions }) {
      const failed = sessions
        .filter((session) => !session.passed)
        .map((session) => ({ file: session.testFile, browser: session.browser.name }));
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/failed-test-files.json', `${JSON.stringify(failed, null, 2)}\n`);
    },
  };
}

export default {
  ...(filesNamed
    ? { files: [allTests] }
    : {
        groups: [
          { name: 'focus', files: [focusTests], browsers: launchers(1) },
          { name: 'parallel', files: [allTests, `!${focusTests}`], browsers: launchers(2) },
        ],
      }),
  browsers: launchers(1),
  concurrency: 1,
  reporters: [defaultReporter(), failedFilesReporter()],
  // Each group has its own Chromium and Firefox, and all four run at once: a browser's focus
  // is its own, so the focus tests (mostly waiting on key presses) overlap the others.
  concurrentBrowsers: 4,
  nodeResolve: { exportConditions: ['browser'] },
  plugins: [
    // @belfry/* from their TypeScript sources, except in built files, before nodeResolve.
    workspaceSourcesOutsideBuilds(),
    // The browser's accessibility tree, and emulated forced colours / reduced motion.
    a11ySnapshotPlugin(),
    emulateMediaPlugin(),
    forcedColorsPlugin,
    timeZonePlugin,
    axNodePlugin,
    axFindPlugin,
    axOutlinePlugin,
    // Server-rendered component fixtures, for the hydration tests.
    ssrFixturesPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
  ],
  // A test that waits for nothing slow finishes in milliseconds; 15 s is room for Firefox's
  // accessibility-tree queries (WebDriver BiDi) on a two-core machine running two browsers.
  testFramework: { config: { timeout: 15_000 } },
  coverage: process.argv.includes('--coverage'),
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
    // Minimums per package and per component: coverage.config.mjs, checked after the run.
  },
};
