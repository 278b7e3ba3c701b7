// ES modules for bundlers: `import '@belfry/components/button'` pulls in only what the button
// needs. Every `src/<name>/index.ts` is an entry (found on disk), published as
// `@belfry/components/<name>` by the `"./*"` export. The shared settings are in
// scripts/vite-library.mjs.
import { defineConfig } from 'vite';
import { libraryConfig, packageEntries } from '../../scripts/vite-library.mjs';

const packageUrl = new URL('.', import.meta.url);

export default defineConfig(libraryConfig(packageUrl, packageEntries(packageUrl)));
