// ES modules for bundlers: `import '@belfry/components/button'` pulls in only what the button
// needs. The shared settings are in scripts/vite-library.mjs.
import { defineConfig } from 'vite';
import { libraryConfig } from '../../scripts/vite-library.mjs';

export default defineConfig(
  libraryConfig(new URL('.', import.meta.url), {
    index: 'src/index.ts',
    'button/index': 'src/button/index.ts',
  }),
);
