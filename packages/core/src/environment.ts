import { isServer } from 'lit';

// Two build-time switches. The production build of Belfry's packages (the `default` export
// condition, for browsers) replaces them with `true`, and the bundler then leaves out the code
// they guard: the server-rendering branches and the development warnings. The development build
// (the `development` and `node` export conditions) and the sources leave them unset, so that code
// stays. See scripts/vite-library.mjs and docs/performance.md.
interface BuildSwitches {
  __BELFRY_BROWSER__?: true;
  __BELFRY_PRODUCTION__?: true;
}

/**
 * Whether this code runs in a server render (Lit's `isServer`). Always `false` in the production
 * build, which only browsers load.
 */
export const onServer: boolean =
  (globalThis as BuildSwitches).__BELFRY_BROWSER__ !== true && isServer;

/**
 * Whether development warnings are printed: in the sources and the development build, not in
 * the production build. A warning's safe fallback applies in both.
 */
export const devMode: boolean = (globalThis as BuildSwitches).__BELFRY_PRODUCTION__ !== true;
