// The e-Box message model alone, without any element: `import { queryEboxMessages } from
// '@belfry/components/ebox'` in a server, a test service or a host's data layer.
export * from './model.js';
export { eboxModelStrings } from './model.strings.js';
export type { EboxModelStrings } from './model.strings.js';
