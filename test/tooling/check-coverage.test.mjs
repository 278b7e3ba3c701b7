import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { checkCoverage, formatReport, parseLcov, percent } from '../../scripts/check-coverage.mjs';
import fixtureConfig from './fixtures/coverage-gate/coverage.config.mjs';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = 'test/tooling/fixtures/coverage-gate';
const script = fileURLToPath(new URL('../../scripts/check-coverage.mjs', import.meta.url));
const sources = [
  `${fixtures}/core/src/element.ts`,
  `${fixtures}/components/src/alert/alert.ts`,
  `${fixtures}/components/src/alert/index.ts`,
  `${fixtures}/components/src/button/button.ts`,
  `${fixtures}/components/src/button/index.ts`,
  `${fixtures}/components/src/locales/types.ts`,
];

const fixture = async (name) =>
  parseLcov(await readFile(new URL(`./fixtures/coverage-gate/${name}`, import.meta.url), 'utf8'));

/** Runs the command-line script; resolves with its exit code and output. */
async function cli(args, env = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], {
      cwd: repoRoot,
      env: { ...process.env, BELFRY_BROWSERS: '', ...env },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    return { code: error.code, output: error.stdout + error.stderr };
  }
}

test('parseLcov reads the summary lines, or counts the detail lines when they are missing', () => {
  const coverage = parseLcov(
    [
      'SF:/repo/packages/core/src/a.ts',
      'FNF:2',
      'FNH:1',
      'LF:10',
      'LH:9',
      'BRF:4',
      'BRH:3',
      'end_of_record',
      'SF:packages/core/src/b.ts',
      'FN:1,render',
      'FNDA:0,render',
      'DA:1,1',
      'DA:2,0',
      'BRDA:1,0,0,1',
      'BRDA:1,0,1,-',
      'end_of_record',
    ].join('\n'),
    '/repo',
  );
  assert.deepEqual(coverage.get('packages/core/src/a.ts'), {
    lines: { found: 10, hit: 9 },
    branches: { found: 4, hit: 3 },
    functions: { found: 2, hit: 1 },
  });
  assert.deepEqual(coverage.get('packages/core/src/b.ts'), {
    lines: { found: 2, hit: 1 },
    branches: { found: 2, hit: 1 },
    functions: { found: 1, hit: 0 },
  });
  assert.equal(percent({ found: 0, hit: 0 }), 100);
});

test('passes when every package and every component folder reaches its minimum', async () => {
  const result = checkCoverage({
    coverage: await fixture('all-tested.info'),
    sources,
    config: fixtureConfig,
  });
  assert.equal(result.pass, true, formatReport(result));
  assert.deepEqual(
    result.rows.map((row) => [row.scope.replace(`${fixtures}/`, ''), row.kind]),
    [
      ['core/src', 'package'],
      ['components/src', 'package'],
      ['components/src/alert', 'component'],
      ['components/src/button', 'component'],
    ],
    'every folder but the shared ones is a component',
  );
});

test('fails an untested component even when its package as a whole passes', async () => {
  const result = checkCoverage({
    coverage: await fixture('untested-alert.info'),
    sources,
    config: fixtureConfig,
  });
  const row = (scope) => result.rows.find((r) => r.scope === `${fixtures}/${scope}`);
  assert.equal(result.pass, false);
  assert.deepEqual(row('components/src').failures, [], 'the package total hides the alert');
  assert.deepEqual(row('components/src/button').failures, []);
  assert.deepEqual(row('components/src/alert').failures, [
    'lines 54.2% is under 90% (26 of 48)',
    'branches 16.7% is under 80% (2 of 12)',
    'functions 16.7% is under 90% (1 of 6)',
  ]);
  const report = formatReport(result);
  assert.match(report, /components\/src\/alert \(component\): lines 54\.2% is under 90%/);
  assert.match(report, /Test the component in test\/alert\//);
});

test('fails a component that no test loads, naming its files', async () => {
  const result = checkCoverage({
    coverage: await fixture('alert-never-loaded.info'),
    sources,
    config: fixtureConfig,
  });
  assert.equal(result.pass, false);
  const alert = result.rows.find((r) => r.scope === `${fixtures}/components/src/alert`);
  assert.deepEqual(alert.failures, ['no test loads any of its 2 file(s)']);
  assert.deepEqual(result.notLoaded, [
    `${fixtures}/components/src/alert/alert.ts`,
    `${fixtures}/components/src/alert/index.ts`,
  ]);
  assert.match(formatReport(result), /alert\.ts: no test loads it\. Test it; or, if nothing/);
});

test('accepts a file no test loads only when the config gives the reason', async () => {
  const coverage = await fixture('all-tested.info');
  const strict = { ...fixtureConfig, notLoaded: {} };
  const result = checkCoverage({ coverage, sources, config: strict });
  assert.deepEqual(result.notLoaded, [`${fixtures}/components/src/locales/types.ts`]);
  assert.equal(result.pass, false);
});

test('the command fails with the report, and passes on a well-tested fixture', async () => {
  const config = `${fixtures}/coverage.config.mjs`;
  const failing = await cli(['--config', config]);
  assert.equal(failing.code, 1);
  assert.match(failing.output, /Coverage gate failed:/);
  assert.match(failing.output, /components\/src\/alert \(component\)/);

  const passing = await cli(['--config', config, '--lcov', `${fixtures}/all-tested.info`]);
  assert.equal(passing.code, 0, passing.output);
  assert.match(passing.output, /Coverage gate passed\./);
});

test('the command says how to get a report when there is none, and skips without Chromium', async () => {
  const missing = await cli([
    '--config',
    `${fixtures}/coverage.config.mjs`,
    '--lcov',
    'nowhere.info',
  ]);
  assert.equal(missing.code, 1);
  assert.match(missing.output, /nowhere\.info not found\. Run the browser tests with coverage/);

  const firefoxOnly = await cli([], { BELFRY_BROWSERS: 'firefox' });
  assert.equal(firefoxOnly.code, 0);
  assert.match(firefoxOnly.output, /skipped: coverage is measured in Chromium/);
});
