// ES modules for bundlers: one output module per source module, Lit and @belfry/core left as
// imports, so `import '@belfry/components/button'` pulls in only what the button needs.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  logLevel: 'warn',
  plugins: [minifyCssLiterals()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        'button/index': 'src/button/index.ts',
        'locales/index': 'src/locales/index.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@belfry\/core(\/|$)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        virtualDirname: 'internal/runtime',
      },
    },
  },
});
