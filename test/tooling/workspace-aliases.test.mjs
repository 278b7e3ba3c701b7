import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  resolveWorkspaceSource,
  tsconfigPaths,
  workspaceSources,
  workspaceSourcesForDevServer,
} from '../../scripts/workspace-aliases.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url)));

test('tsconfig.json maps the same aliases as the shared definition', () => {
  assert.deepEqual(
    readJson('tsconfig.json').compilerOptions.paths,
    tsconfigPaths(),
    'copy tsconfigPaths() from scripts/workspace-aliases.mjs into tsconfig.json',
  );
});

test('the aliases resolve package names and component entries to TypeScript sources', () => {
  assert.equal(resolveWorkspaceSource('@belfry/core'), `${root}packages/core/src/index.ts`);
  assert.equal(
    resolveWorkspaceSource('@belfry/components'),
    `${root}packages/components/src/index.ts`,
  );
  assert.equal(
    resolveWorkspaceSource('@belfry/components/button'),
    `${root}packages/components/src/button/index.ts`,
  );
  assert.equal(
    resolveWorkspaceSource('@belfry/components/belfry.js'),
    `${root}packages/components/src/belfry.ts`,
  );
});

test('anything else is left to the normal resolution', () => {
  for (const specifier of [
    '@belfry/tokens/belfry.css',
    '@belfry/components/custom-elements.json',
    '@belfry/components/no-such-component',
    '@belfry/components/button/button.js',
    '@belfry/components/../core',
    'lit',
  ]) {
    assert.equal(resolveWorkspaceSource(specifier), undefined, specifier);
  }
});

test('no published package offers a `source` export condition', () => {
  for (const name of ['core', 'components', 'tokens']) {
    const { exports } = readJson(`packages/${name}/package.json`);
    assert.doesNotMatch(JSON.stringify(exports), /"source"/, `@belfry/${name}`);
  }
});

test('the Vite and dev-server plugins resolve through the same definition', () => {
  assert.equal(workspaceSources().resolveId('@belfry/core'), `${root}packages/core/src/index.ts`);
  assert.equal(workspaceSources().resolveId('lit'), null);
  const devServer = workspaceSourcesForDevServer();
  devServer.serverStart({ config: { rootDir: root } });
  assert.equal(
    devServer.resolveImport({ source: '@belfry/components/button' }),
    '/packages/components/src/button/index.ts',
  );
  assert.equal(devServer.resolveImport({ source: 'lit' }), undefined);
});
