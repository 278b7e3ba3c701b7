// The one Vite configuration for Belfry's publishable ES-module packages: one output module per
// source module (so importing one component pulls in only what it needs), dependencies left as
// imports, CSS in `css` templates and markup in `html` templates minified. Each package's
// vite.config.ts names its entries.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals } from './minify-css-literals.mjs';
import { minifyHtmlLiterals } from './minify-html-literals.mjs';

/**
 * @param {URL} packageUrl the package folder, e.g. `new URL('.', import.meta.url)`
 * @param {Record<string, string>} entry output name → source file, relative to the package
 * @returns {import('vite').UserConfig}
 */
export function libraryConfig(packageUrl, entry) {
  return {
    root: fileURLToPath(packageUrl),
    logLevel: 'warn',
    plugins: [minifyCssLiterals(), minifyHtmlLiterals()],
    build: {
      outDir: 'dist',
      // Type declarations are written into dist by tsc afterwards; JS first, so empty it.
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
