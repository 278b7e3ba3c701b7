export { BelfryElement } from './belfry-element.js';
export { warnOnce } from './warn.js';
export type { BelfryEventName, EmitOptions } from './belfry-element.js';
export { baseStyles } from './styles.js';
export {
  LocalizeController,
  fallbackLocale,
  findLang,
  intlLocales,
  locales,
  registerStrings,
  resolveLocale,
} from './localize.js';
export type {
  Catalog,
  Catalogs,
  Locale,
  LocalizableHost,
  Message,
  MessageParams,
  PluralMessage,
  StringOverrides,
} from './localize.js';
export { isImplicitSubmission, submitForm } from './form.js';
export type { SubmitOptions } from './form.js';
export { safeUrl } from './safe-url.js';
