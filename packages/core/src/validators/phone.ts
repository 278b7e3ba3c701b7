import { isTooLong, refuse, toText } from './text.js';
import type { ValidationResult } from './types.js';

/** Options for {@link validatePhoneNumber}. */
export interface PhoneNumberOptions {
  /** Accept mobile numbers only (04…), e.g. for a text-message code. */
  mobile?: boolean;
}

/** Area codes of one digit: Brussels, Antwerp, Liège, Ghent. The others have two. */
const oneDigitAreas = new Set(['2', '3', '4', '9']);
/** Non-geographic numbers written `0800 12 345`: free (0800) and paid (090x) numbers. */
const serviceNumber = /^(800|90\d)/;

/**
 * Checks a Belgian phone number, landline or mobile.
 *
 * Accepted: the national form starting with 0 (`02 123 45 67`, `0470 12 34 56`), or the
 * international form with `+32` or `0032` (`+32 470 12 34 56`), with spaces, dots, dashes,
 * slashes or brackets, and the `(0)` some people write after `+32`. A mobile number has 9 digits
 * after the 0, starting with 45 to 49; any other number has 8, its area code first (Liège's
 * landline numbers start with 4 too, then 0 to 4). The `value`
 * is the international E.164 form, `+32470123456`, for `tel:` links and storage; `formatted` is
 * the national form Belgians write.
 */
export function validatePhoneNumber(
  input: unknown,
  options: PhoneNumberOptions = {},
): ValidationResult {
  const text = toText(input);
  if (text === undefined) return refuse('characters', 'phoneCharacters');
  if (text === '') return refuse('empty', 'phoneEmpty');
  const compact = text.replace(/\(0\)/, '').replace(/[\s./()-]/g, '');
  if (isTooLong(compact)) return refuse('length', 'phoneLength');
  if (!/^\+?\d*$/.test(compact)) return refuse('characters', 'phoneCharacters');

  let national: string;
  const international = /^(?:\+|00)(\d*)$/.exec(compact)?.[1];
  if (international !== undefined) {
    if (!international.startsWith('32')) return refuse('country', 'phoneCountry');
    // "+32 0470…": the 0 of the national form kept by mistake.
    national = international.slice(2).replace(/^0/, '');
  } else if (compact.startsWith('0')) {
    national = compact.slice(1);
  } else {
    return refuse('format', 'phoneFormat');
  }

  // 045 to 049 are mobile series only: Liège's landline numbers (04) never start so.
  const isMobile = /^4[5-9]/.test(national);
  if (national.length !== (isMobile ? 9 : 8)) return refuse('length', 'phoneLength');
  if (national.startsWith('0')) return refuse('format', 'phoneFormat');
  if (options.mobile && !isMobile) return refuse('mobile', 'phoneMobile');
  return { valid: true, value: `+32${national}`, formatted: formatNational(national, isMobile) };
}

/** `0470 12 34 56`, `02 123 45 67`, `016 12 34 56`, `0800 12 345`. */
function formatNational(national: string, isMobile: boolean): string {
  const pairs = (digits: string) => digits.replace(/(\d\d)(?=\d)/g, '$1 ');
  if (isMobile) return `0${national.slice(0, 3)} ${pairs(national.slice(3))}`;
  if (serviceNumber.test(national)) {
    return `0${national.slice(0, 3)} ${national.slice(3, 5)} ${national.slice(5)}`;
  }
  if (oneDigitAreas.has(national[0] ?? '')) {
    return `0${national[0]} ${national.slice(1, 4)} ${pairs(national.slice(4))}`;
  }
  return `0${national.slice(0, 2)} ${pairs(national.slice(2))}`;
}

/**
 * A Belgian phone number in its national form, `0470 12 34 56`, for display; the value as it
 * was given (trimmed) when it is not a valid number.
 */
export function formatPhoneNumber(input: unknown): string {
  const result = validatePhoneNumber(input);
  return result.valid ? result.formatted : (toText(input) ?? '');
}
