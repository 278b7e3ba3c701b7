// Records every read of a browser-only global (document, window, …) made by Belfry's built code,
// so a test can prove that importing and server-rendering Belfry needs no DOM beyond Lit's shim.
// Import it before anything else. Reads by Lit itself (which checks for `document` on purpose)
// are not counted: only those with a frame in packages/core/dist or packages/components/dist.

const browserGlobals = [
  'document',
  'window',
  'self',
  'location',
  'navigator',
  'localStorage',
  'sessionStorage',
  'MutationObserver',
  'ResizeObserver',
  'IntersectionObserver',
  'requestAnimationFrame',
  'getComputedStyle',
  'matchMedia',
  'Document',
  'ShadowRoot',
  'Element',
];

const belfryFrame = /[\\/]packages[\\/](core|components)[\\/]dist[\\/]/;
const accesses = [];

for (const name of browserGlobals) {
  // Node may have some of these (e.g. `navigator` from Node 21); trap only what is missing,
  // as a server render would find it missing.
  if (name in globalThis) continue;
  let value;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const stack = new Error().stack ?? '';
      const frame = stack.split('\n').find((line) => belfryFrame.test(line));
      if (frame) accesses.push(`${name} at ${frame.trim()}`);
      return value;
    },
    set(next) {
      value = next;
    },
  });
}

/** The browser-only globals Belfry's built code has read so far, with where. */
export function domAccesses() {
  return [...accesses];
}
