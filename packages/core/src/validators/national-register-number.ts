import { group, isTooLong, mod97, refuse, toText } from './text.js';
import type { TypingFormat, ValidationResult } from './types.js';

/** Options for {@link validateNationalRegisterNumber}. */
export interface NationalRegisterNumberOptions {
  /**
   * Whether BIS numbers are accepted (default `true`): the numbers the Crossroads Bank for
   * Social Security gives people who are not in the National Register. Their month is raised
   * by 20 or 40.
   */
  bis?: boolean;
  /** The day against which a date of birth is "in the future"; today by default. */
  today?: Date;
}

/** Separators people type or paste in a national register number: `85.07.30-033.28`. */
const separators = /[\s./-]/g;

/**
 * Checks a Belgian national register number (rijksregisternummer, numéro de registre national,
 * Nationalregisternummer), or a BIS number.
 *
 * Accepted: 11 digits, with or without dots, dashes, slashes and spaces (`85.07.30-033.28`,
 * `85073003328`, `850730 033 28`). The last 2 digits are 97 minus the remainder of the first 9
 * divided by 97; for people born from 2000 on, a 2 is put before the first 9 digits first. The
 * first 6 digits are the date of birth (YYMMDD), checked against the calendar of the century the
 * check digits give. A day or a month of `00` is accepted: that is how the register writes a date
 * of birth that is only partly known. In a BIS number the month is raised by 20 (sex unknown when
 * the number was given) or 40 (sex known). A date of birth after `today` is refused.
 */
export function validateNationalRegisterNumber(
  input: unknown,
  options: NationalRegisterNumberOptions = {},
): ValidationResult {
  const text = toText(input);
  if (text === undefined) return refuse('characters', 'nrnCharacters');
  if (text === '') return refuse('empty', 'nrnEmpty');
  const digits = text.replace(separators, '');
  if (isTooLong(digits)) return refuse('length', 'nrnLength', { count: digits.length });
  if (!/^\d*$/.test(digits)) return refuse('characters', 'nrnCharacters');
  if (digits.length !== 11) return refuse('length', 'nrnLength', { count: digits.length });

  const base = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  const bornBefore2000 = 97 - mod97(base) === check;
  const bornFrom2000 = 97 - mod97(`2${base}`) === check;
  // 2,000,000,000 is not a multiple of 97, so at most one of the two can hold.
  if (!bornBefore2000 && !bornFrom2000) return refuse('checksum', 'nrnChecksum');

  const year = (bornFrom2000 ? 2000 : 1900) + Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const isBis = month >= 20;
  if (isBis && options.bis === false) return refuse('bis', 'nrnBis');
  if (month >= 40) month -= 40;
  else if (month >= 20) month -= 20;
  const today = options.today instanceof Date && !Number.isNaN(options.today.getTime());
  if (!isBirthDate(year, month, day, today ? options.today! : new Date())) {
    return refuse('date', 'nrnDate');
  }
  return { valid: true, value: digits, formatted: formatDigits(digits) };
}

/** Whether YYYY, MM, DD can be a date of birth, `00` meaning an unknown month or day. */
function isBirthDate(year: number, month: number, day: number, today: Date): boolean {
  if (month > 12 || day > 31) return false;
  if (month === 0) return year <= today.getFullYear();
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return false;
  // The earliest day the known parts allow must not be after today.
  const earliest = new Date(year, month - 1, Math.max(day, 1));
  return earliest.getTime() <= today.getTime();
}

function formatDigits(digits: string): string {
  return group(digits, [2, 2, 2, 3, 2], ['.', '.', '-', '.']);
}

/**
 * A national register number as people write it, `85.07.30-033.28`, for display; the value
 * as it was given (trimmed) when it is not a valid number, so nothing is ever lost from view.
 */
export function formatNationalRegisterNumber(input: unknown): string {
  const result = validateNationalRegisterNumber(input);
  return result.valid ? result.formatted : (toText(input) ?? '');
}

/** How a national register number is grouped while it is typed (see `formatWhileTyping`). */
export const nationalRegisterNumberTyping: TypingFormat = {
  significant: /\d/,
  length: 11,
  group: formatDigits,
};
