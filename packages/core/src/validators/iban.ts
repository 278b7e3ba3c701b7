import { isTooLong, mod97, refuse, toText } from './text.js';
import type { TypingFormat, ValidationResult } from './types.js';

/**
 * The length of an IBAN in each country that uses one, from the SWIFT IBAN registry (ISO 13616):
 * every SEPA country, and the others in the registry whose length has been stable for years.
 */
// prettier-ignore
export const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22,
  IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15,
  PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19,
  SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** The countries of the Single Euro Payments Area, whose accounts a Belgian payment can reach. */
// prettier-ignore
export const sepaCountries: readonly string[] = [
  'AD', 'AL', 'AT', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB',
  'GI', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MC', 'MD', 'ME', 'MK',
  'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'SM', 'VA',
];

/** Options for {@link validateIban}. */
export interface IbanOptions {
  /**
   * The country codes accepted, e.g. `sepaCountries` or `['BE']`; every country in
   * `ibanLengths` by default.
   */
  countries?: readonly string[];
}

/**
 * Checks an international bank account number (IBAN, ISO 13616).
 *
 * Accepted: the country code, the 2 check digits and the national account number, with or
 * without spaces, dashes or dots, in capitals or not, with or without a leading "IBAN"
 * (`BE68 5390 0754 7034`, `be68539007547034`). The length must be the country's; the check
 * digits must pass the mod-97 test (the number, its first 4 characters moved to the end and
 * letters turned into 10 to 35, leaves 1 when divided by 97). A Belgian IBAN must also pass the
 * Belgian account check: its last 2 digits are the remainder of the 10 before them divided by 97
 * (97 for a remainder of 0).
 */
export function validateIban(input: unknown, options: IbanOptions = {}): ValidationResult {
  const text = toText(input);
  if (text === undefined) return refuse('characters', 'ibanCharacters');
  if (text === '') return refuse('empty', 'ibanEmpty');
  const compact = text
    .toUpperCase()
    .replace(/[\s.-]/g, '')
    .replace(/^IBAN:?/, '');
  if (isTooLong(compact)) return refuse('format', 'ibanFormat');
  if (!/^[A-Z0-9]*$/.test(compact)) return refuse('characters', 'ibanCharacters');
  if (!/^[A-Z]{2}\d{2}/.test(compact)) return refuse('format', 'ibanFormat');

  const country = compact.slice(0, 2);
  const expected = ibanLengths[country];
  if (expected === undefined) return refuse('country', 'ibanCountry', { country });
  if (options.countries && !options.countries.includes(country)) {
    return refuse('country', 'ibanNotAccepted', {
      country,
      countries: options.countries.join(', '),
    });
  }
  if (compact.length !== expected) {
    return refuse('length', 'ibanLength', { country, expected, count: compact.length });
  }
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  if (mod97(digits) !== 1) return refuse('checksum', 'ibanChecksum');
  if (country === 'BE' && !isBelgianAccount(compact.slice(4))) {
    return refuse('checksum', 'ibanChecksum');
  }
  return { valid: true, value: compact, formatted: groupsOfFour(compact) };
}

/** The Belgian national check of a 12-digit account number: `539-0075470-34`. */
function isBelgianAccount(account: string): boolean {
  if (!/^\d{12}$/.test(account)) return false;
  const remainder = mod97(account.slice(0, 10));
  return (remainder === 0 ? 97 : remainder) === Number(account.slice(10));
}

const belgiumOnly = ['BE'];

/**
 * Checks a Belgian IBAN: as {@link validateIban}, and an IBAN of another country is refused
 * with a message that asks for a Belgian account.
 */
export function validateBelgianIban(input: unknown): ValidationResult {
  const result = validateIban(input, { countries: belgiumOnly });
  if (result.valid || result.reason !== 'country') return result;
  return refuse('country', 'ibanNotBelgian', result.params);
}

function groupsOfFour(text: string): string {
  return text.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * An IBAN as people write it, in groups of 4 (`BE68 5390 0754 7034`), for display; the value
 * as it was given (trimmed) when it is not a valid IBAN.
 */
export function formatIban(input: unknown): string {
  const result = validateIban(input);
  return result.valid ? result.formatted : (toText(input) ?? '');
}

/** How an IBAN is grouped while it is typed (see `formatWhileTyping`). */
export const ibanTyping: TypingFormat = {
  significant: /[\dA-Za-z]/,
  length: 34,
  uppercase: true,
  group: groupsOfFour,
};
