import type { MessageParams } from '../localize.js';
import type { ValidatorStrings } from './validators.strings.js';

/**
 * Why a value was refused. Each validator uses the reasons that apply to it:
 * - `empty`: nothing was entered (a field checks `required` itself and skips its validator then);
 * - `characters`: characters that cannot be in this kind of number (a letter in a postal code);
 * - `format`: the right characters in the wrong shape (an IBAN that does not start with a
 *   country code, an enterprise number that does not start with 0 or 1);
 * - `length`: too many or too few digits or characters;
 * - `checksum`: the check digits do not match, usually a typing mistake;
 * - `date`: the date of birth in a national register number does not exist;
 * - `bis`: a BIS number where only a national register number is accepted;
 * - `country`: an IBAN or phone number of a country that is not accepted;
 * - `range`: a number outside the range that exists (postal codes 1000 to 9992);
 * - `mobile`: a landline number where a mobile number is asked for.
 */
export type ValidationReason =
  | 'empty'
  | 'characters'
  | 'format'
  | 'length'
  | 'checksum'
  | 'date'
  | 'bis'
  | 'country'
  | 'range'
  | 'mobile';

/** A value that passed: `value` is the form to store or submit, `formatted` the form to show. */
export interface ValidResult {
  readonly valid: true;
  /** The value without separators, in capitals where letters occur (`85073003328`). */
  readonly value: string;
  /** The value written as people read it (`85.07.30-033.28`). */
  readonly formatted: string;
}

/** A value that was refused, with the key and the values of the message that explains why. */
export interface InvalidResult {
  readonly valid: false;
  readonly reason: ValidationReason;
  /** The key of the message in `validatorStrings` (namespace `bf-validators`). */
  readonly messageKey: keyof ValidatorStrings & string;
  /** Values for the message's placeholders, e.g. `{ count: 10 }` digits entered. */
  readonly params: MessageParams;
}

export type ValidationResult = ValidResult | InvalidResult;

/** Checks one value. Never throws: any input (null, a number, a huge string) gets a result. */
export type Validator = (value: unknown) => ValidationResult;

/**
 * How a kind of number is grouped while it is typed, for `formatWhileTyping`: which characters
 * count, how many there are at most, and where the separators go.
 */
export interface TypingFormat {
  /** Matches one character that belongs to the number (a digit, or a letter in an IBAN). */
  readonly significant: RegExp;
  /** The most significant characters the number has; longer input is left as typed. */
  readonly length: number;
  /** Whether letters are shown in capitals. */
  readonly uppercase?: boolean;
  /** The significant characters, possibly fewer than `length`, with the separators put in. */
  readonly group: (significant: string) => string;
}
