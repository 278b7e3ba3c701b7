import { defineMain } from '@storybook/web-components-vite/node';
import { defaultClientConditions } from 'vite';

export default defineMain({
  framework: '@storybook/web-components-vite',
  stories: [
    '../stories/**/*.stories.ts',
    // Foundations (tokens, colour, type) may be written as MDX pages next to their stories.
    '../stories/**/*.mdx',
    '../docs/**/*.mdx',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {
    // Our machines and CI have no network beyond the package registries.
    disableTelemetry: true,
  },
  async viteFinal(config) {
    // `@belfry/core` and `@belfry/components` export `{ types, source, default }`: with the
    // `source` condition Storybook (and the story tests) read the TypeScript sources directly,
    // so no package build is needed. Setting `resolve.conditions` replaces Vite's defaults, so
    // they are kept after ours.
    //
    // Decorators: Vite 8 transforms TypeScript with Oxc, which reads the nearest tsconfig.json
    // (here the root one, extending tsconfig.base.json). It honours `experimentalDecorators`
    // (legacy decorators) and `useDefineForClassFields: false` (fields assigned in the
    // constructor, so Lit's reactive accessors are not shadowed). Nothing to configure here;
    // the `PropertyProbe` story in `stories/storybook-checks.stories.ts` fails if that breaks.
    const conditions = config.resolve?.conditions ?? [...defaultClientConditions];
    return {
      ...config,
      resolve: {
        ...config.resolve,
        conditions: ['source', ...conditions.filter((condition) => condition !== 'source')],
      },
    };
  },
});
