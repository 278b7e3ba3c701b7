import { refuse, toText } from './text.js';
import type { ValidationResult } from './types.js';

/**
 * Checks a Belgian postal code: 4 digits from 1000 to 9992. The old international form with
 * `B-` or `BE-` in front (`B-1000`) is accepted too. The check does not know which codes in that
 * range are in use; a postal-code list or an address service can tell that.
 */
export function validatePostalCode(input: unknown): ValidationResult {
  const text = toText(input);
  if (text === undefined) return refuse('format', 'postalCodeFormat');
  if (text === '') return refuse('empty', 'postalCodeEmpty');
  const digits = text.replace(/^BE?[\s-]?(?=\d)/i, '');
  if (!/^\d{4}$/.test(digits)) return refuse('format', 'postalCodeFormat');
  const code = Number(digits);
  if (code < 1000 || code > 9992) return refuse('range', 'postalCodeRange', { code: digits });
  return { valid: true, value: digits, formatted: digits };
}
