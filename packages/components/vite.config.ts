// ES modules for bundlers: `import '@belfry/components/button'` pulls in only what the button
// needs. Every `src/<name>/index.ts` is an entry (found on disk), published as
// `@belfry/components/<name>` by the `"./*"` export. The shared settings are in
// scripts/vite-library.mjs.
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { libraryConfig, packageEntries } from '../../scripts/vite-library.mjs';

const packageUrl = new URL('.', import.meta.url);

/** Ships src/undefined.css, the sizes of elements not yet defined, as dist/undefined.css. */
const undefinedStylesheet: Plugin = {
  name: 'belfry-undefined-css',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'undefined.css',
      source: readFileSync(new URL('src/undefined.css', packageUrl), 'utf8'),
    });
  },
};

export default defineConfig(({ mode }) => {
  const config = libraryConfig(packageUrl, packageEntries(packageUrl), mode);
  const extra = mode === 'development' ? [] : [undefinedStylesheet];
  return { ...config, plugins: [...(config.plugins ?? []), ...extra] };
});
