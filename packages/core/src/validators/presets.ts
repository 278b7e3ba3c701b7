import { enterpriseNumberTyping, validateEnterpriseNumber } from './enterprise-number.js';
import { ibanTyping, validateBelgianIban, validateIban } from './iban.js';
import {
  nationalRegisterNumberTyping,
  validateNationalRegisterNumber,
} from './national-register-number.js';
import { validatePhoneNumber } from './phone.js';
import { validatePostalCode } from './postal-code.js';
import type { TypingFormat, Validator } from './types.js';

/**
 * Everything a text field needs to ask for one kind of Belgian number: the check, the grouping
 * while typing, and the input attributes that bring up the right keyboard and autofill.
 */
export interface ValidatorPreset {
  /** Checks the value; a field calls it when the value is not empty. */
  readonly validate: Validator;
  /** How the value is grouped while it is typed; absent when it is shown as typed. */
  readonly typing?: TypingFormat;
  /** The `type` of the native input. */
  readonly type: 'text' | 'tel';
  /** The `inputmode`: which on-screen keyboard phones show. */
  readonly inputmode: 'numeric' | 'text' | 'tel';
  /** The `autocomplete` token, when one exists for this kind of value. */
  readonly autocomplete?: string;
  /** The `spellcheck` and `autocapitalize` the input needs: numbers are never words. */
  readonly spellcheck: false;
  /** How many characters wide the field should be: the longest formatted value. */
  readonly width: number;
}

const mobile: Validator = (value) => validatePhoneNumber(value, { mobile: true });

/**
 * The presets by name (the names a field's `preset` attribute takes). Numbers that people
 * copy from a card or a letter keep the separators they are printed with.
 */
export const validatorPresets = {
  'national-register-number': {
    validate: validateNationalRegisterNumber,
    typing: nationalRegisterNumberTyping,
    type: 'text',
    inputmode: 'numeric',
    spellcheck: false,
    width: 15,
  },
  'enterprise-number': {
    validate: validateEnterpriseNumber,
    typing: enterpriseNumberTyping,
    type: 'text',
    inputmode: 'numeric',
    spellcheck: false,
    width: 12,
  },
  // IBANs have letters: the full keyboard, with capitals shown while typing.
  iban: {
    validate: validateIban,
    typing: ibanTyping,
    type: 'text',
    inputmode: 'text',
    spellcheck: false,
    width: 42,
  },
  'belgian-iban': {
    validate: validateBelgianIban,
    typing: ibanTyping,
    type: 'text',
    inputmode: 'text',
    spellcheck: false,
    width: 19,
  },
  'postal-code': {
    validate: validatePostalCode,
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'postal-code',
    spellcheck: false,
    width: 4,
  },
  // Phone numbers are shown as typed: people group them in many ways, all of them right.
  phone: {
    validate: validatePhoneNumber,
    type: 'tel',
    inputmode: 'tel',
    autocomplete: 'tel',
    spellcheck: false,
    width: 17,
  },
  'mobile-phone': {
    validate: mobile,
    type: 'tel',
    inputmode: 'tel',
    autocomplete: 'tel',
    spellcheck: false,
    width: 17,
  },
} as const satisfies Record<string, ValidatorPreset>;

export type ValidatorPresetName = keyof typeof validatorPresets;
