// The packages as a new user gets them: `npm pack` the three packages, install the tarballs into
// a scratch app in a temporary folder, type-check and build its consumers (vanilla TypeScript
// with `bundler`, `node16` and `node` resolution, a React 19 TSX app, and the README's plain HTML
// page with the files copied as the README says), then open each page in Chromium and submit its
// form with <bf-button>. Runs after `npm run build`; `npm run test:pack`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { collectProblems, launchChromium } from '../../scripts/find-browsers.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { reactApp, rootTypesFile, vanillaApp } from './fixtures.mjs';
import { scratchLockfile } from './lockfile.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const packages = ['tokens', 'core', 'components'];
/** What the scratch app installs besides Belfry: the versions this repository tests with. */
const tools = ['typescript', 'vite', 'react', 'react-dom', '@types/react', '@types/react-dom'];

/** Environment for a child npm: without the variables of the `npm run` we may be inside. */
function childEnv() {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^npm_(package|lifecycle|config_workspace)/i.test(name) || name === 'INIT_CWD') {
      delete env[name];
    }
  }
  return env;
}

async function sh(command, args, cwd) {
  try {
    return await run(command, args, { cwd, env: childEnv(), maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
  }
}

const versionOf = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

function write(dir, files) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** The first fenced block of `language` in the README section under `heading`. */
function readmeBlock(heading, language) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${heading}\n`);
  assert.notEqual(start, -1, `README.md has a "${heading}" section`);
  const section = readme.slice(start).split(/\n#{2,3} /)[1];
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section);
  assert.ok(match, `README.md: a \`\`\`${language} block under "${heading}"`);
  return match[1];
}

let workDir;
let appDir;
let packed;
let browser;

before(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'belfry-pack-'));
  appDir = join(workDir, 'app');
  const tarballs = join(workDir, 'tarballs');
  mkdirSync(tarballs);
  const { stdout } = await sh(
    'npm',
    [
      'pack',
      ...packages.flatMap((name) => ['--workspace', `packages/${name}`]),
      '--pack-destination',
      tarballs,
      '--json',
    ],
    root,
  );
  packed = Object.fromEntries(JSON.parse(stdout).map((entry) => [entry.name, entry]));

  // The tarballs by file name, relative to the app, as npm writes them in a lockfile.
  const tarballOf = (name) => `file:../tarballs/${packed[name].filename}`;
  const dependencies = Object.fromEntries([
    ...packages.map((name) => [`@belfry/${name}`, tarballOf(`@belfry/${name}`)]),
    ...tools.map((name) => [name, versionOf(name)]),
  ]);
  const lockfile = scratchLockfile({
    rootLock: JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')),
    name: 'belfry-consumer',
    dependencies,
    tarballs: Object.fromEntries(
      packages.map((name) => [
        `@belfry/${name}`,
        {
          packageJson: JSON.parse(
            readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'),
          ),
          resolved: tarballOf(`@belfry/${name}`),
          integrity: packed[`@belfry/${name}`].integrity,
        },
      ]),
    ),
  });
  write(appDir, {
    'package.json': JSON.stringify({
      name: 'belfry-consumer',
      private: true,
      type: 'module',
      dependencies,
    }),
    'package-lock.json': JSON.stringify(lockfile, null, 2),
    ...vanillaApp(),
    ...reactApp(),
  });
  // The versions this repository is tested with, from npm's cache (filled by `npm ci` here).
  await sh('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], appDir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('each tarball has its README, LICENCE, metadata and built files, and no `source` export', () => {
  const expected = {
    '@belfry/tokens': ['dist/css/belfry.css', 'dist/js/tokens.js', 'dist/js/tokens.d.ts'],
    '@belfry/core': ['dist/index.js', 'dist/index.d.ts'],
    '@belfry/components': [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/belfry.js',
      'dist/button/index.js',
      'dist/button/index.d.ts',
      'dist/jsx.d.ts',
      'custom-elements.json',
    ],
  };
  const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
  for (const [name, files] of Object.entries(expected)) {
    const contents = packed[name].files.map((file) => file.path);
    for (const file of ['README.md', 'LICENSE', 'package.json', ...files]) {
      assert.ok(contents.includes(file), `${name} contains ${file}`);
    }
    const dir = join(appDir, 'node_modules', name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const field of ['repository', 'homepage', 'bugs', 'engines', 'license']) {
      assert.ok(manifest[field], `${name} package.json has ${field}`);
    }
    assert.doesNotMatch(JSON.stringify(manifest.exports), /"source"/, `${name} exports`);
    assert.equal(readFileSync(join(dir, 'LICENSE'), 'utf8'), licence, `${name} LICENSE`);
    assert.match(licence, /EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
  }
});

test('the packed manifest has package paths and a definition for every element', () => {
  const manifest = JSON.parse(
    readFileSync(join(appDir, 'node_modules/@belfry/components/custom-elements.json'), 'utf8'),
  );
  assert.doesNotMatch(JSON.stringify(manifest), /packages\/|\.ts"/);
  const definitions = manifest.modules.flatMap((mod) =>
    (mod.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'),
  );
  assert.ok(definitions.some((definition) => definition.name === 'bf-button'));
  for (const definition of definitions) {
    const path = join(appDir, 'node_modules/@belfry/components', definition.declaration.module);
    assert.doesNotThrow(
      () => readFileSync(path),
      `${definition.declaration.module} is in the package`,
    );
  }
});

test('vanilla TypeScript type-checks with bundler, node16 and node resolution', async () => {
  const manifest = JSON.parse(
    readFileSync(join(appDir, 'node_modules/@belfry/components/custom-elements.json'), 'utf8'),
  );
  const elements = manifest.modules.flatMap((mod) =>
    (mod.declarations ?? []).filter((declaration) => declaration.customElement),
  );
  assert.ok(elements.length > 0);
  write(appDir, { 'vanilla/src/root-types.ts': rootTypesFile(elements) });
  const tsc = join(appDir, 'node_modules/.bin/tsc');
  const configs = ['bundler', 'node16', 'node'].flatMap((name) => [
    `tsconfig.${name}.json`,
    `tsconfig.root-${name}.json`,
  ]);
  // Two at a time: CI machines have two cores.
  for (let index = 0; index < configs.length; index += 2) {
    await Promise.all(
      configs
        .slice(index, index + 2)
        .map((config) => sh(tsc, ['-p', config], join(appDir, 'vanilla'))),
    );
  }
});

test('the React 19 app type-checks: JSX types, properties and a typed bf-* event prop', async () => {
  await sh(join(appDir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], join(appDir, 'react'));
});

/** Serves `dir`, with `/submitted` answering the forms. */
function serve(dir) {
  return startStaticServer({
    root: dir,
    pages: {
      '/submitted': '<!doctype html><title>Ontvangen</title><p>Ontvangen</p>',
      '/aanvraag': '<!doctype html><title>Ontvangen</title><p>Ontvangen</p>',
    },
  });
}

/** Opens `url`, waits for <bf-button>, and returns the tab and the errors it reported. */
async function open(url) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = collectProblems(tab);
  await tab.goto(url);
  await tab.waitForFunction(() => customElements.get('bf-button') !== undefined);
  return { tab, problems };
}

/** Types a city, clicks the Belfry button and returns the submitted query. */
async function submit(tab) {
  await tab.getByLabel('Gemeente').fill('Sankt Vith');
  await tab.getByRole('button', { name: 'Versturen' }).click();
  await tab.waitForURL(/\/submitted/);
  return new URL(tab.url()).searchParams;
}

for (const app of ['vanilla', 'react']) {
  test(`the ${app} app builds with Vite, and <bf-button> submits its form in Chromium`, async (t) => {
    await sh(
      join(appDir, 'node_modules/.bin/vite'),
      ['build', '--logLevel', 'warn'],
      join(appDir, app),
    );
    const server = await serve(join(appDir, app, 'dist'));
    t.after(() => server.close());
    const { tab, problems } = await open(`${server.origin}/`);
    if (app === 'react') {
      // React 19 added the `onbf-pack-test` prop as an event listener.
      await tab
        .locator('bf-button')
        .evaluate((element) =>
          element.dispatchEvent(new CustomEvent('bf-pack-test', { detail: { code: 'ok' } })),
        );
      await tab.locator('output', { hasText: 'OK' }).waitFor();
    }
    const query = await submit(tab);
    assert.equal(query.get('city'), 'Sankt Vith');
    assert.equal(query.get('action'), 'send');
    assert.deepEqual(problems, []);
  });
}

test("the README's plain-HTML instructions work as written", async (t) => {
  const commands = readmeBlock('### In a plain HTML page', 'sh').trim().split('\n');
  const install = commands.find((line) => line.startsWith('npm install '));
  assert.ok(install, 'the instructions install the packages');
  for (const name of install.replace('npm install ', '').split(/\s+/)) {
    assert.ok(packed[name], `${name}, which the README installs, is one of the packed packages`);
  }
  // The packages are installed from the tarballs already; every other command runs as written.
  for (const command of commands.filter((line) => line !== install)) {
    await sh('sh', ['-c', command], appDir);
  }
  write(appDir, { 'public/index.html': readmeBlock('### In a plain HTML page', 'html') });

  const server = await startStaticServer({
    root: join(appDir, 'public'),
    headers: {
      'Content-Security-Policy':
        "default-src 'none'; script-src 'self'; style-src 'self'; form-action 'self'",
    },
    pages: { '/aanvraag': '<!doctype html><title>Ontvangen</title><p>Ontvangen</p>' },
  });
  t.after(() => server.close());
  const { tab, problems } = await open(`${server.origin}/`);
  const background = await tab
    .locator('bf-button')
    .evaluate(
      (element) => getComputedStyle(element.shadowRoot.querySelector('button')).backgroundColor,
    );
  assert.equal(background, 'rgb(27, 79, 143)', 'the token CSS is applied');
  await tab.getByLabel('Gemeente').fill('Sankt Vith');
  const [request] = await Promise.all([
    tab.waitForRequest((request) => request.url().endsWith('/aanvraag')),
    tab.getByRole('button', { name: 'Aanvraag versturen' }).click(),
  ]);
  assert.equal(request.method(), 'POST');
  const body = new URLSearchParams(request.postData() ?? '');
  assert.equal(body.get('city'), 'Sankt Vith');
  assert.equal(body.get('action'), 'send');
  assert.deepEqual(problems, []);
});
