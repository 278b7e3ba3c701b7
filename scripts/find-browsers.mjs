// Finds the browsers Belfry's tests run in, without ever downloading one.
// Order: CHROME_PATH / FIREFOX_PATH, then the binaries on PATH, then a browser Playwright
// already downloaded on this machine. Run directly (`npm run check:browsers`) it prints what it
// found, or how to install what is missing, and exits 1.
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';

function onPath(names) {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

function fromPlaywrightCache(prefix, relative) {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  const dirs = readdirSync(cache)
    .filter((dir) => dir.startsWith(prefix))
    .sort()
    .reverse();
  for (const dir of dirs) {
    for (const rel of relative) {
      const candidate = join(cache, dir, rel);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Absolute path of a Chromium-family browser, or undefined. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return (
    onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) ??
    fromPlaywrightCache('chromium', ['chrome-linux/chrome', 'chrome-linux64/chrome'])
  );
}

/** Absolute path of Firefox (ESR preferred), or undefined. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return onPath(['firefox-esr', 'firefox']) ?? fromPlaywrightCache('firefox', ['firefox/firefox']);
}

/** Flags that let headless Chromium start as root on a closed network. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Test pages run side by side; background pages must not have their timers throttled.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export const installHint = [
  'Belfry runs its tests in real browsers and never downloads one itself.',
  'Install them with your system package manager, for example on Debian or Ubuntu:',
  '  sudo apt-get install -y chromium firefox-esr',
  'or point the tests at browsers you already have:',
  '  CHROME_PATH=/path/to/chrome FIREFOX_PATH=/path/to/firefox npm test',
].join('\n');

/** The Chromium path, or a clear message and exit(1) instead of a stack trace. */
export function requireChromium() {
  const path = findChromium();
  if (!path) {
    console.error(`\nNo Chromium found.\n${installHint}\n`);
    process.exit(1);
  }
  return path;
}

/** The Firefox path, or a clear message and exit(1) instead of a stack trace. */
export function requireFirefox() {
  const path = findFirefox();
  if (!path) {
    console.error(`\nNo Firefox found.\n${installHint}\n`);
    process.exit(1);
  }
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const chromium = findChromium();
  const firefox = findFirefox();
  if (chromium && firefox) {
    console.log(`Chromium: ${chromium}\nFirefox:  ${firefox}`);
  } else {
    console.error(
      `\nMissing browser: ${[!chromium && 'Chromium', !firefox && 'Firefox'].filter(Boolean).join(' and ')}.\n${installHint}\n`,
    );
    process.exit(1);
  }
}

/** Headless Chromium through Playwright, with the flags above: for the Node-side browser tests. */
export async function launchChromium() {
  const { chromium } = await import('playwright');
  return chromium.launch({
    executablePath: requireChromium(),
    args: chromiumArgs.filter((arg) => !arg.startsWith('--headless')),
    headless: true,
  });
}

/** Headless Firefox ESR through Puppeteer (WebDriver BiDi): for the Node-side browser tests. */
export async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer');
  return puppeteer.launch({ browser: 'firefox', executablePath: requireFirefox(), headless: true });
}

/**
 * Collects what a Playwright or Puppeteer tab reports as going wrong (uncaught errors and
 * console errors), so a test can assert that there were none. Returns the live list.
 */
export function collectProblems(tab) {
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return problems;
}
