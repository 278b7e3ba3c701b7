import { defineMain } from '@storybook/web-components-vite/node';
import { workspaceSources } from '../scripts/workspace-aliases.mjs';

export default defineMain({
  framework: '@storybook/web-components-vite',
  stories: [
    '../stories/**/*.stories.ts',
    // Foundations (tokens, colour, type) may be written as MDX pages next to their stories.
    '../stories/**/*.mdx',
    '../docs/**/*.mdx',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The mark shown in Storybook's sidebar and on the welcome page (docs/assets/belfry-mark.svg).
  staticDirs: [{ from: '../docs/assets', to: '/assets' }],
  core: {
    // Our machines and CI have no network beyond the package registries, and a design system's
    // visitors are not Storybook's customers: nothing is sent, nothing nags.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  features: {
    // Storybook's own "Get started" checklist, in the sidebar and as the "Onboarding guide" in
    // the settings menu, would greet designers before Belfry's welcome page does. These are the
    // flags Storybook 10.4+ reads (FEATURES in the built manager's index.html; checked by
    // test/docs/storybook-config.test.mjs).
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
  },
  // Belfry's mark as the tab's icon, after Storybook's own (the last icon declared wins).
  managerHead: (head = '') =>
    `${head}\n<link rel="icon" type="image/svg+xml" href="./assets/belfry-mark.svg" />`,
  async viteFinal(config) {
    // `@belfry/core` and `@belfry/components` resolve to their TypeScript sources through the
    // workspace aliases (scripts/workspace-aliases.mjs), so Storybook and the story tests need
    // no package build; the published packages carry no `source` condition.
    //
    // Decorators: Vite 8 transforms TypeScript with Oxc, which reads the nearest tsconfig.json
    // (here the root one, extending tsconfig.base.json). It honours `experimentalDecorators`
    // (legacy decorators) and `useDefineForClassFields: false` (fields assigned in the
    // constructor, so Lit's reactive accessors are not shadowed). Nothing to configure here;
    // the `PropertyProbe` story in `stories/storybook-checks.stories.ts` fails if that breaks.
    return { ...config, plugins: [workspaceSources(), ...(config.plugins ?? [])] };
  },
});
