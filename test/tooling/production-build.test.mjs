// The two builds of each package (scripts/vite-library.mjs): the production build in dist/ leaves
// out the development warnings and the server-rendering branches, the development build in
// dist/development/ keeps them, and the export conditions send servers and development tools to
// the second. The checks of built files run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { productionSwitches } from '../../scripts/vite-library.mjs';

const packages = new URL('../../packages/', import.meta.url);
const read = (path) => readFileSync(new URL(path, packages), 'utf8');
const built = existsSync(new URL('core/dist/development/index.js', packages));

test('productionSwitches replaces devMode and onServer imported from core with false', () => {
  const plugin = productionSwitches();
  const source = [
    'import {',
    '  BelfryElement,',
    '  devMode,',
    '  onServer,',
    "} from '@belfry/core';",
    "if (devMode) console.warn('x');",
  ].join('\n');
  const result = plugin.transform(source, '/repo/packages/components/src/a/a.ts');
  assert.equal(
    result.code,
    "import { BelfryElement } from '@belfry/core'; const devMode = false; const onServer = false;\n\n\n\n\nif (devMode) console.warn('x');",
  );
  // The same number of lines, so that the source map stays right.
  assert.equal(result.code.split('\n').length, source.split('\n').length);
  const only = plugin.transform("import { devMode } from '@belfry/core';\n", '/r/src/b.ts');
  assert.equal(only.code, 'const devMode = false;\n');
});

test('productionSwitches leaves other imports and files alone', () => {
  const plugin = productionSwitches();
  const source = "import { BelfryElement, devModeLabel } from '@belfry/core';\n";
  assert.equal(plugin.transform(source, '/repo/packages/components/src/a/a.ts'), null);
  const switches = "import { devMode } from '@belfry/core';\n";
  assert.equal(plugin.transform(switches, '/repo/node_modules/x/index.ts'), null);
  assert.equal(
    plugin.transform("import { devMode } from './environment.js';", '/r/src/c.ts'),
    null,
  );
});

test(
  'the production build leaves out development warnings and server branches',
  {
    skip: !built && 'run `npm run build` first',
  },
  () => {
    const cases = [
      ['components', 'button/button.js', 'is unknown; "primary" is used'],
      ['components', 'icon/registry.js', 'is not a valid icon name'],
      ['core', 'localize.js', 'No text for'],
      ['core', 'localize.js', 'findServerLang'],
      ['core', 'belfry-element.js', 'is already defined by another class'],
      ['core', 'belfry-element.js', 'data-bf-ssr'],
    ];
    for (const [name, file, text] of cases) {
      assert.ok(read(`${name}/dist/development/${file}`).includes(text), `development ${file}`);
      assert.ok(!read(`${name}/dist/${file}`).includes(text), `production ${file}: ${text}`);
    }
  },
);

test(
  'servers and development tools resolve the development build, browsers the production one',
  {
    skip: !built && 'run `npm run build` first',
  },
  () => {
    // Node resolves with the `node` condition.
    assert.equal(
      fileURLToPath(import.meta.resolve('@belfry/core')),
      fileURLToPath(new URL('core/dist/development/index.js', packages)),
    );
    assert.equal(
      fileURLToPath(import.meta.resolve('@belfry/components/button')),
      fileURLToPath(new URL('components/dist/development/button/index.js', packages)),
    );
    const entries = [
      ['core', '.'],
      ['components', '.'],
      ['components', './*'],
    ];
    for (const [name, subpath] of entries) {
      const target = JSON.parse(read(`${name}/package.json`)).exports[subpath];
      // The first condition that matches wins, so `default` must come last.
      assert.deepEqual(Object.keys(target), ['types', 'node', 'development', 'default']);
      assert.equal(target.node, target.development, `${name} ${subpath}`);
      if (subpath.includes('*')) continue;
      for (const path of [target.development, target.default]) {
        assert.ok(existsSync(new URL(`${name}/${path}`, packages)), `${name} ${path}`);
      }
    }
  },
);
