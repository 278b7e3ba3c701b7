// Input clean-up shared by the validators: every validator accepts any value and never throws.
import type { MessageParams } from '../localize.js';
import type { InvalidResult, ValidationReason } from './types.js';
import type { ValidatorStrings } from './validators.strings.js';

/**
 * Longer input is refused before any other work: no number checked here is longer than 34
 * characters, even with separators, so a pasted page cannot make a check slow.
 */
const longestInput = 100;

/** Characters that pasting from a PDF or a word processor leaves in a value, invisible. */
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * The text of `value`, with full-width digits and letters and non-breaking spaces made plain
 * (NFKC) and invisible characters removed; `undefined` for values that are no text at all.
 * Numbers are accepted as their digits, as a spreadsheet or an API may give them.
 */
export function toText(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined;
  if (typeof value === 'bigint') return String(value);
  if (typeof value !== 'string') return undefined;
  if (value.length > longestInput * 4) return value.slice(0, longestInput + 1);
  return value.normalize('NFKC').replace(invisible, '').trim();
}

/** Whether the cleaned text is too long to be any of the numbers checked here. */
export function isTooLong(text: string): boolean {
  return text.length > longestInput;
}

/** A refusal, with the message key and its placeholder values. */
export function refuse(
  reason: ValidationReason,
  messageKey: keyof ValidatorStrings & string,
  params: MessageParams = {},
): InvalidResult {
  return { valid: false, reason, messageKey, params };
}

/**
 * The remainder of a long number written in decimal digits, divided by 97, computed digit by
 * digit so that numbers longer than `Number.MAX_SAFE_INTEGER` (IBANs) stay exact.
 */
export function mod97(digits: string): number {
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder;
}

/** Splits `text` into groups of the given sizes, joined by the separators between them. */
export function group(text: string, sizes: readonly number[], separators: readonly string[]) {
  let result = '';
  let start = 0;
  sizes.forEach((size, index) => {
    if (start >= text.length) return;
    if (index > 0) result += separators[index - 1] ?? '';
    result += text.slice(start, start + size);
    start += size;
  });
  return result + text.slice(start);
}
