// Inside this repository, `@belfry/core` and `@belfry/components` resolve to their TypeScript
// sources, so the type checker, the Vite builds, Storybook, the story tests and the browser tests
// work without building the packages first. Published packages point at `dist/` only: a `source`
// export condition would lead a consumer who enables it to TypeScript built for our settings.
// This file is the one definition every tool uses; see
// docs/decisions/0010-workspace-aliases.md.
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Import specifier → source file, relative to the repository root. In a wildcard, `*` stands
 * for one folder name (a component), as in the `"./*"` export of @belfry/components.
 */
export const workspaceAliases = Object.freeze({
  '@belfry/core': 'packages/core/src/index.ts',
  '@belfry/components': 'packages/components/src/index.ts',
  '@belfry/components/belfry.js': 'packages/components/src/belfry.ts',
  '@belfry/components/*': 'packages/components/src/*/index.ts',
});

/**
 * The source file for `specifier`, as an absolute path, or `undefined` when the specifier is not
 * a workspace alias or its file does not exist (then the tool resolves it as usual, e.g.
 * `@belfry/components/custom-elements.json` from the package).
 */
export function resolveWorkspaceSource(specifier) {
  const exact = workspaceAliases[specifier];
  if (exact) return existingFile(exact);
  for (const [pattern, target] of Object.entries(workspaceAliases)) {
    const star = pattern.indexOf('*');
    if (star === -1) continue;
    const prefix = pattern.slice(0, star);
    if (!specifier.startsWith(prefix)) continue;
    const name = specifier.slice(prefix.length);
    if (/^[a-z0-9][a-z0-9-]*$/.test(name)) return existingFile(target.replace('*', name));
  }
  return undefined;
}

function existingFile(path) {
  const file = resolve(repositoryRoot, path);
  return existsSync(file) ? file : undefined;
}

/** The aliases as TypeScript `paths`, relative to the repository root (tsconfig.json). */
export function tsconfigPaths() {
  return Object.fromEntries(
    Object.entries(workspaceAliases).map(([pattern, target]) => [pattern, [`./${target}`]]),
  );
}

/** A Vite plugin (Vite builds, Storybook, Vitest) that resolves the aliases to sources. */
export function workspaceSources() {
  return {
    name: 'belfry-workspace-sources',
    enforce: 'pre',
    resolveId(source) {
      return resolveWorkspaceSource(source) ?? null;
    },
  };
}

/** A Web Test Runner / Web Dev Server plugin that resolves the aliases to sources. */
export function workspaceSourcesForDevServer() {
  let rootDir = process.cwd();
  return {
    name: 'belfry-workspace-sources',
    serverStart({ config }) {
      rootDir = config.rootDir;
    },
    resolveImport({ source }) {
      const file = resolveWorkspaceSource(source);
      if (!file) return undefined;
      const path = relative(rootDir, file);
      if (path.startsWith('..') || isAbsolute(path)) {
        throw new Error(`${source} resolves to ${file}, outside the dev server's root ${rootDir}.`);
      }
      return `/${path.split(sep).join('/')}`;
    },
  };
}
