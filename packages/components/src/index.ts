// Classes and types only: importing this entry registers nothing. Register a component with
// its own entry, e.g. `import '@belfry/components/button'`, or everything with `belfry.js`.
export { BfButton, buttonTypes, buttonVariants } from './button/button.js';
export type { ButtonType, ButtonVariant } from './button/button.js';
export { catalogs, de, en, fr, nl } from './locales/index.js';
export type { BelfryStrings } from './locales/index.js';
export { registerStrings, resolveLocale } from '@belfry/core';
export type { Locale } from '@belfry/core';
