// The one Vite configuration for Belfry's publishable ES-module packages: one output module per
// source module (so importing one component pulls in only what it needs), dependencies left as
// imports, CSS in `css` templates minified. Each package's vite.config.ts names its entries.
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals } from './minify-css-literals.mjs';

/**
 * @param {URL} packageUrl the package folder, e.g. `new URL('.', import.meta.url)`
 * @param {Record<string, string>} entry output name → source file, relative to the package
 * @returns {import('vite').UserConfig}
 */
export function libraryConfig(packageUrl, entry) {
  return {
    root: fileURLToPath(packageUrl),
    logLevel: 'warn',
    plugins: [minifyCssLiterals()],
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
