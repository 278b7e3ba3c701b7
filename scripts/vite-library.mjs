// The one Vite configuration for Belfry's publishable ES-module packages: one output module per
// source module (so importing one component pulls in only what it needs), dependencies left as
// imports, CSS in `css` templates and markup in `html` templates minified. Each package's
// vite.config.ts names its entries.
//
// Each package is built twice: the production build in `dist/` (the `default` export condition,
// for browsers) without the server-rendering branches and the development warnings, and the
// development build in `dist/development/` (the `development` and `node` conditions) with them.
// `vite build --mode development` makes the second. See packages/core/src/environment.ts.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals } from './minify-css-literals.mjs';
import { minifyHtmlLiterals } from './minify-html-literals.mjs';

/** What the production build replaces at build time (see packages/core/src/environment.ts). */
export const productionDefines = {
  'globalThis.__BELFRY_BROWSER__': 'true',
  'globalThis.__BELFRY_PRODUCTION__': 'true',
};

/**
 * In the production build of a package that imports `devMode` or `onServer` from
 * `@belfry/core` (an external import, whose value the bundler cannot see), replaces that import
 * with the constant `false`, so that the code it guards is left out, as in core itself.
 */
export function productionSwitches() {
  const coreImport = /import\s*\{([^}]*)\}\s*from\s*'@belfry\/core';/;
  return {
    name: 'belfry-production-switches',
    enforce: 'pre',
    transform(code, id) {
      const match = /\/src\/.*\.ts$/.test(id) ? coreImport.exec(code) : null;
      if (!match) return null;
      const names = match[1].split(',').map((name) => name.trim());
      const switches = names.filter((name) => name === 'devMode' || name === 'onServer');
      if (switches.length === 0) return null;
      const rest = names.filter((name) => name && !switches.includes(name));
      const constants = switches.map((name) => `const ${name} = false;`).join(' ');
      const imports = rest.length ? `import { ${rest.join(', ')} } from '@belfry/core'; ` : '';
      // As many lines as the import had, so that the source map stays right.
      const lines = '\n'.repeat(match[0].split('\n').length - 1);
      return { code: code.replace(match[0], `${imports}${constants}${lines}`), map: null };
    },
  };
}

/**
 * @param {URL} packageUrl the package folder, e.g. `new URL('.', import.meta.url)`
 * @param {Record<string, string>} entry output name → source file, relative to the package
 * @param {string} mode Vite's mode: `development` makes the development build
 * @returns {import('vite').UserConfig}
 */
export function libraryConfig(packageUrl, entry, mode = 'production') {
  const development = mode === 'development';
  return {
    root: fileURLToPath(packageUrl),
    logLevel: 'warn',
    plugins: [
      ...(development ? [] : [productionSwitches()]),
      minifyCssLiterals(),
      minifyHtmlLiterals(),
    ],
    define: development ? {} : productionDefines,
    build: {
      outDir: development ? 'dist/development' : 'dist',
      // Type declarations are written into dist by tsc afterwards, and the development build
      // into dist/development: the production build runs first and empties dist.
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry, formats: ['es'] },
      rollupOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^@belfry\//],
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
          virtualDirname: 'internal/runtime',
        },
      },
    },
  };
}

/**
 * The entry points of a package, found on disk so that a new component folder needs no edit:
 * `src/index.ts` as `index`, and every `src/<folder>/index.ts` as `<folder>/index` (published
 * as `<package>/<folder>` through the `"./*"` export).
 * @param {URL} packageUrl the package folder
 * @returns {Record<string, string>} output name → source file, relative to the package
 */
export function packageEntries(packageUrl) {
  const src = new URL('src/', packageUrl);
  const entries = { index: 'src/index.ts' };
  const folders = readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const folder of folders) {
    if (existsSync(new URL(`${folder}/index.ts`, src))) {
      entries[`${folder}/index`] = `src/${folder}/index.ts`;
    }
  }
  return entries;
}
