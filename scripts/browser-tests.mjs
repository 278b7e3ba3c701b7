#!/usr/bin/env node
/**
 * The browser tests, as `npm run test:browsers` runs them:
 *
 *   node scripts/browser-tests.mjs [extra Web Test Runner arguments]
 *
 * 1. Runs every test file in Chromium and Firefox with coverage (web-test-runner.config.mjs).
 * 2. When a few files fail (at most `MAX_RETRIED`), runs each of them once more, alone, in the
 *    browser it failed in, one page at a time. A file that passes alone failed because of the
 *    run around it (two cores, four browsers: a timer or a key press late), not because of the
 *    code; it is listed as flaky, in the output and in test-results/flaky-test-files.json, and
 *    the run goes on. A file that fails again fails the run, as do more failures than that.
 * 3. Checks coverage per package and component (scripts/check-coverage.mjs).
 *
 * Why a retry, and why only this one: docs/decisions/0036-browser-test-retry.md.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const failedList = path.join(root, 'test-results', 'failed-test-files.json');
const flakyList = path.join(root, 'test-results', 'flaky-test-files.json');
/** More failed files than this is not a disturbed run: something is broken. */
const MAX_RETRIED = 3;

const wtr = path.join(root, 'node_modules', '.bin', 'wtr');
const config = ['--config', 'web-test-runner.config.mjs'];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

/** `chromium` or `firefox`, from a launcher's name ("Chrome", "Firefox"). */
function browserId(name) {
  return /firefox/i.test(name) ? 'firefox' : 'chromium';
}

function readFailed() {
  try {
    const list = JSON.parse(readFileSync(failedList, 'utf8'));
    return Array.isArray(list) ? list : undefined;
  } catch {
    return undefined;
  }
}

rmSync(failedList, { force: true });
rmSync(flakyList, { force: true });
const status = run(wtr, [...config, '--coverage', ...process.argv.slice(2)]);

if (status !== 0) {
  const failed = readFailed();
  if (!failed?.length) {
    console.error('\nThe browser tests failed before any test file could report.');
    process.exit(status);
  }
  if (failed.length > MAX_RETRIED) {
    console.error(`\n${failed.length} test files failed: no retry, fix them.`);
    process.exit(status);
  }
  const flaky = [];
  for (const { file, browser } of failed) {
    const relative = path.relative(root, file);
    const id = browserId(browser);
    console.log(`\nRunning ${relative} again, alone, in ${id}: it failed in the full run.`);
    if (run(wtr, [...config, '--files', relative], { BELFRY_BROWSERS: id }) !== 0) {
      console.error(`\n${relative} failed again in ${id}: a real failure.`);
      process.exit(1);
    }
    flaky.push({ file: relative, browser: id });
  }
  writeFileSync(flakyList, `${JSON.stringify(flaky, null, 2)}\n`);
  console.warn(
    [
      '',
      'FLAKY: these test files failed in the full run and passed alone. The run goes on, but a',
      'test that depends on timing is a test to mend (wait for the condition, not for a time):',
      ...flaky.map(({ file, browser }) => `  - ${file} (${browser})`),
      '',
    ].join('\n'),
  );
}

process.exit(run(process.execPath, [path.join(root, 'scripts', 'check-coverage.mjs')]));
