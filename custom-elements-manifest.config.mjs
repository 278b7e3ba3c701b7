// The custom-elements manifest documents every component from its JSDoc (@summary, @slot,
// @csspart, @cssprop, @fires). Storybook's autodocs and the React wrappers read it.
export default {
  // Core is read too, so members inherited from BelfryElement (such as `strings`) are documented.
  globs: ['packages/components/src/**/*.ts', 'packages/core/src/belfry-element.ts'],
  exclude: [
    'packages/components/src/**/*.styles.ts',
    'packages/components/src/locales/**',
    'packages/components/src/internal/**',
  ],
  outdir: 'packages/components',
  litelement: true,
  dev: false,
  // The manifest is referenced from packages/components/package.json; never rewrite package.json.
  packagejson: false,
  plugins: [
    {
      // Members marked @internal (browser callbacks, private helpers) are not public API.
      name: 'belfry-hide-internal',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (!declaration.members) continue;
            declaration.members = declaration.members.filter(
              (member) =>
                member.privacy !== 'private' &&
                !/@internal/.test(member.description ?? '') &&
                !member.name.startsWith('_'),
            );
          }
        }
      },
    },
  ],
};
