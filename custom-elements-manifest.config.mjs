// The custom-elements manifest documents every component from its JSDoc (@summary, @slot,
// @csspart, @cssprop, @fires). Storybook's autodocs, editors and the generated JSX types
// (scripts/generate-jsx-types.mjs) read it; it is published with @belfry/components.
import { exportsPlugin, packageManifest } from './scripts/custom-elements-package.mjs';

export default {
  // Core is read too, so members inherited from BelfryElement (such as `strings`) are documented.
  // …and the fields' base class, FormControlElement (`label`, `name`, `value`, `required`, …).
  globs: [
    'packages/components/src/**/*.ts',
    'packages/core/src/belfry-element.ts',
    'packages/core/src/form-control.ts',
  ],
  exclude: [
    'packages/components/src/**/*.styles.ts',
    'packages/components/src/**/*.strings.ts',
    'packages/components/src/internal/**',
  ],
  outdir: 'packages/components',
  litelement: true,
  dev: false,
  // The manifest is referenced from packages/components/package.json; never rewrite package.json.
  packagejson: false,
  plugins: [
    exportsPlugin(),
    {
      // The manifest lists what a page author can use: not private or protected members,
      // static class fields (`styles`, `formAssociated`, …), or anything marked @internal
      // (browser callbacks). Storybook's API tables and the React wrappers read it as it is.
      name: 'belfry-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (!declaration.members) continue;
            declaration.members = declaration.members.filter(
              (member) =>
                !member.static &&
                member.privacy !== 'private' &&
                member.privacy !== 'protected' &&
                !/@internal\b/.test(member.description ?? '') &&
                !member.name.startsWith('_'),
            );
            // A private reactive property (`{ state: true }`) has no attribute either.
            const publicFields = new Set(declaration.members.map((member) => member.name));
            declaration.attributes = declaration.attributes?.filter(
              (attribute) => !attribute.fieldName || publicFields.has(attribute.fieldName),
            );
          }
        }
      },
    },
    {
      // Last: paths inside the published package (`dist/…`), core referenced by package name.
      name: 'belfry-package-paths',
      packageLinkPhase({ customElementsManifest }) {
        packageManifest(customElementsManifest, {
          sourceDir: 'packages/components/src/',
          outputDir: 'dist/',
          packages: { 'packages/core/src/': '@belfry/core' },
        });
      },
    },
  ],
};
