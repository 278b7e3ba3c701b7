// The all-in-one `dist/belfry.js` for a plain <script type="module">: Lit included, every
// element registered, fully minified. (Library mode would keep whitespace in ES output.)
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';
import { minifyHtmlLiterals } from '../../scripts/minify-html-literals.mjs';
import { productionDefines } from '../../scripts/vite-library.mjs';
import { workspaceSources } from '../../scripts/workspace-aliases.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  logLevel: 'warn',
  // @belfry/core from its sources, so its templates are minified with the rest.
  plugins: [workspaceSources(), minifyCssLiterals(), minifyHtmlLiterals()],
  // A browser script: the production build, without server branches and development warnings.
  define: productionDefines,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    modulePreload: false,
    copyPublicDir: false,
    rollupOptions: {
      input: { belfry: fileURLToPath(new URL('src/belfry.ts', import.meta.url)) },
      preserveEntrySignatures: 'strict',
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
