import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildTokens } from '../scripts/build.mjs';
import { TokenBuildError } from '../scripts/source.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const BUILD = path.resolve(here, '../scripts/build.mjs');
const TOO_LIGHT = path.join(here, 'fixtures/too-light-agency');

async function runBuild(args, env = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BUILD, ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

async function withTempDir(fn) {
  const dir = await mkdtemp(path.join(tmpdir(), 'belfry-theme-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('an agency theme with a too-light accent fails the build with a readable message', () =>
  withTempDir(async (out) => {
    const { code, stderr } = await runBuild(['--themes-dir', TOO_LIGHT, '--out', out]);
    assert.equal(code, 1);
    assert.match(stderr, /Contrast check failed/);
    // Names the theme, the pair, both colours, the measured ratio and the required ratio.
    assert.match(
      stderr,
      /theme "agency-too-light", pair "on-action": color\.text-on-action #ffffff on color\.action #7fb3e0 is 2\.\d\d:1, needs at least 4\.5:1 for text/,
    );
    assert.match(stderr, /pair "focus-inner-on-action"/);
    // Component tokens are measured as the semantic tokens they render as.
    assert.match(
      stderr,
      /pair "button-primary-bg": button\.primary\.fg \(color\.text-on-action\) #ffffff on button\.primary\.bg \(color\.action\) #7fb3e0 is 2\.\d\d:1/,
    );
    // The shipped themes are not blamed.
    assert.doesNotMatch(stderr, /theme "federal"/);
  }));

test('BELFRY_EXTRA_THEMES works like --themes-dir', () =>
  withTempDir(async (out) => {
    const { code, stderr } = await runBuild([], {
      BELFRY_EXTRA_THEMES: TOO_LIGHT,
      BELFRY_TOKENS_OUT: out,
    });
    assert.equal(code, 1);
    assert.match(stderr, /agency-too-light/);
  }));

test('buildTokens() rejects with the failures and still writes the contrast report', () =>
  withTempDir(async (out) => {
    await assert.rejects(buildTokens({ outDir: out, extraThemeDirs: [TOO_LIGHT] }), (error) => {
      assert.ok(error instanceof TokenBuildError);
      assert.ok(
        error.details.some(
          (d) => d.includes('agency-too-light') && d.includes('needs at least 4.5:1'),
        ),
      );
      return true;
    });
    const { readFile } = await import('node:fs/promises');
    const report = JSON.parse(await readFile(path.join(out, 'contrast-report.json'), 'utf8'));
    assert.equal(report.pass, false);
    assert.ok(report.failures.every((f) => f.theme === 'agency-too-light'));
  }));

test('a good agency theme passes, and agency themes may only change the accent set', () =>
  withTempDir(async (dir) => {
    const theme = (overrides) => ({
      $extensions: {
        'be.belfry.theme': { name: 'agency-test', kind: 'agency', extends: 'federal' },
      },
      color: overrides,
    });
    const themes = path.join(dir, 'themes');
    await (await import('node:fs/promises')).mkdir(themes);
    await writeFile(
      path.join(themes, 'agency-test.json'),
      JSON.stringify(theme({ action: { $value: '#0b5d1e' } })),
    );
    const ok = await buildTokens({ outDir: path.join(dir, 'out'), extraThemeDirs: [themes] });
    assert.ok(ok.themes.includes('agency-test'));

    await writeFile(
      path.join(themes, 'agency-test.json'),
      JSON.stringify(theme({ text: { $value: '#333333' } })),
    );
    await assert.rejects(
      buildTokens({ outDir: path.join(dir, 'out'), extraThemeDirs: [themes] }),
      /may only change the accent set/,
    );

    await writeFile(
      path.join(themes, 'agency-test.json'),
      JSON.stringify(theme({ acton: { $value: '#0b5d1e' } })),
    );
    await assert.rejects(
      buildTokens({ outDir: path.join(dir, 'out'), extraThemeDirs: [themes] }),
      /does not exist in the token source/,
    );

    // Themes change semantic tokens: component tokens are not in the theme CSS at all.
    await writeFile(
      path.join(themes, 'agency-test.json'),
      JSON.stringify({
        ...theme({}),
        button: { primary: { bg: { $value: '#0b5d1e' } } },
      }),
    );
    await assert.rejects(
      buildTokens({ outDir: path.join(dir, 'out'), extraThemeDirs: [themes] }),
      /overrides component token "button\.primary\.bg"\. Component tokens are not in the theme CSS: components read the token it refers to \(color\.action\), so change that semantic token instead/,
    );
  }));
