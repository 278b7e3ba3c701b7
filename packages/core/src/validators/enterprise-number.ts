import { group, isTooLong, mod97, refuse, toText } from './text.js';
import type { TypingFormat, ValidationResult } from './types.js';

/**
 * Checks a Belgian enterprise number (ondernemingsnummer, numéro d'entreprise,
 * Unternehmensnummer) of the Crossroads Bank for Enterprises (KBO / BCE), which is also the VAT
 * number without its `BE`.
 *
 * Accepted: 10 digits starting with 0 or 1, with or without dots, spaces, dashes or slashes, and
 * with or without a leading `BE` (`0123.456.749`, `BE0123456749`, `BE 0123 456 749`). A number
 * of 9 digits is the old form, before the leading 0 was added in 2005, and is read with it. The
 * last 2 digits are 97 minus the remainder of the first 8 divided by 97.
 */
export function validateEnterpriseNumber(input: unknown): ValidationResult {
  const text = toText(input);
  if (text === undefined) return refuse('characters', 'enterpriseNumberCharacters');
  if (text === '') return refuse('empty', 'enterpriseNumberEmpty');
  let digits = text.replace(/^BE/i, '').replace(/[\s./-]/g, '');
  if (isTooLong(digits)) {
    return refuse('length', 'enterpriseNumberLength', { count: digits.length });
  }
  if (!/^\d*$/.test(digits)) return refuse('characters', 'enterpriseNumberCharacters');
  if (digits.length === 9) digits = `0${digits}`;
  if (digits.length !== 10) {
    return refuse('length', 'enterpriseNumberLength', { count: digits.length });
  }
  if (digits[0] !== '0' && digits[0] !== '1') return refuse('format', 'enterpriseNumberFormat');
  if (97 - mod97(digits.slice(0, 8)) !== Number(digits.slice(8))) {
    return refuse('checksum', 'enterpriseNumberChecksum');
  }
  return { valid: true, value: digits, formatted: formatDigits(digits) };
}

function formatDigits(digits: string): string {
  return group(digits, [4, 3, 3], ['.', '.']);
}

/**
 * An enterprise number as people write it, `0123.456.749`, for display; the value as it was
 * given (trimmed) when it is not a valid number.
 */
export function formatEnterpriseNumber(input: unknown): string {
  const result = validateEnterpriseNumber(input);
  return result.valid ? result.formatted : (toText(input) ?? '');
}

/** How an enterprise number is grouped while it is typed (see `formatWhileTyping`). */
export const enterpriseNumberTyping: TypingFormat = {
  significant: /\d/,
  length: 10,
  group: formatDigits,
};
