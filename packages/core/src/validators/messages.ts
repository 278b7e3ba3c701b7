import { resolveLocale, translate, type Locale } from '../localize.js';
import type { ValidationResult } from './types.js';
import { validatorStrings } from './validators.strings.js';

/**
 * What to tell the user about `result`, in the language of `lang` (a Belfry locale, or a tag
 * such as `nl-BE`; other languages get English): the message for a refused value, with its
 * placeholders filled, or an empty string for a valid one. Text registered with
 * `registerStrings(locale, { 'bf-validators': { … } })` replaces the built-in text.
 *
 * For use outside an element (a server that checks a submitted form, a script of its own). In a
 * field, use `new LocalizeController(this, validatorStrings).term(result.messageKey,
 * result.params)`, which follows the page's `lang` and the field's `strings` too.
 */
export function validationMessage(result: ValidationResult, lang: Locale | string): string {
  if (typeof result !== 'object' || result === null || result.valid !== false) return '';
  if (!(result.messageKey in validatorStrings.catalogs.en)) return '';
  return translate(validatorStrings, resolveLocale(lang), result.messageKey, result.params);
}
