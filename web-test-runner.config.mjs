// Browser tests: every test file runs in headless Chromium and Firefox ESR, found on this
// machine (never downloaded). See docs/decisions/0004-test-browsers.md.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { a11ySnapshotPlugin, emulateMediaPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, requireChromium, requireFirefox } from './scripts/find-browsers.mjs';
import { workspaceSourcesForDevServer } from './scripts/workspace-aliases.mjs';

const only = process.env.BELFRY_BROWSERS?.split(',') ?? ['chromium', 'firefox'];
const browsers = [];
if (only.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: requireChromium(), headless: true, args: chromiumArgs },
    }),
  );
}
if (only.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: requireFirefox(), headless: true },
      concurrency: 1,
    }),
  );
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  plugins: [
    // @belfry/* from their TypeScript sources (scripts/workspace-aliases.mjs), before nodeResolve.
    workspaceSourcesForDevServer(),
    // The browser's accessibility tree, and emulated forced colours / reduced motion.
    a11ySnapshotPlugin(),
    emulateMediaPlugin(),
    forcedColorsPlugin,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
  ],
  browsers,
  // One page at a time: keyboard and focus tests need the page to have focus.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  coverage: process.argv.includes('--coverage'),
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
    threshold: { statements: 85, branches: 75, functions: 85, lines: 85 },
  },
};
