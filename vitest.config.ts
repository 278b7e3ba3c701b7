// Runs every Storybook story as a test in headless Chromium: it renders, its play function
// passes, and axe finds no accessibility violation (`parameters.a11y.test = 'error'` in
// .storybook/preview.ts). `npm run test:stories`; see docs/storybook.md.
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, requireChromium } from './scripts/find-browsers.mjs';
import { workspaceSources } from './scripts/workspace-aliases.mjs';

// The system Chromium (CHROME_PATH, or one on PATH); exits with install instructions if none.
const executablePath = requireChromium();

// A fresh object per project: Vitest writes each project's name into its browser instances.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath,
      // Playwright adds its own `--headless`; a second, different one would fight it.
      args: chromiumArgs.filter((arg: string) => !arg.startsWith('--headless')),
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

// Pre-bundled once at start-up, so Vite does not discover them mid-run and reload the page.
const optimizeDeps = {
  include: [
    'lit',
    'lit/decorators.js',
    'lit/directives/if-defined.js',
    'lit/directives/style-map.js',
    'lit/directives/class-map.js',
    '@storybook/web-components-vite',
    '@storybook/addon-a11y/preview',
    'storybook/test',
  ],
};

export default defineConfig({
  test: {
    projects: [
      {
        // Every story in .storybook/main.ts's `stories`, as one test each.
        plugins: [storybookTest({ configDir: '.storybook' })],
        optimizeDeps,
        test: {
          name: 'storybook',
          browser: browser(),
          setupFiles: ['.storybook/vitest.setup.ts'],
          // axe over a whole page (the contrast-pair tables, the patterns) takes seconds, and far
          // longer on a loaded two-core machine: Vitest's 15 s would fail a page that is fine.
          testTimeout: 60_000,
        },
      },
      {
        // Proves the gate above can fail: known-bad stories must be rejected by axe.
        // @belfry/* from their TypeScript sources, as in Storybook (scripts/workspace-aliases.mjs).
        plugins: [workspaceSources()],
        optimizeDeps,
        test: {
          name: 'a11y-gate',
          include: ['.storybook/a11y-gate/**/*.test.ts'],
          browser: browser(),
          setupFiles: ['.storybook/vitest.setup.ts'],
          // Makes the a11y addon throw on violations, exactly as it does in the storybook
          // project (where the Storybook plugin sets this).
          env: { VITEST_STORYBOOK: 'false' },
        },
      },
    ],
  },
});
