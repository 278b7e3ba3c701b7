// The all-in-one `dist/belfry.js` for a plain <script type="module">: Lit included, every
// element registered, fully minified. (Library mode would keep whitespace in ES output.)
import { defaultClientConditions, defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  logLevel: 'warn',
  plugins: [minifyCssLiterals()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
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
