// Browser tests: every test file runs in headless Chromium and Firefox ESR, found on this
// machine (never downloaded). See docs/decisions/0004-test-browsers.md.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, requireChromium, requireFirefox } from './scripts/find-browsers.mjs';

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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  plugins: [
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
