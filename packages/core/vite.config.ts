// @belfry/core as ES modules; the shared settings are in scripts/vite-library.mjs.
import { defineConfig } from 'vite';
import { libraryConfig } from '../../scripts/vite-library.mjs';

export default defineConfig(({ mode }) =>
  libraryConfig(new URL('.', import.meta.url), { index: 'src/index.ts' }, mode),
);
