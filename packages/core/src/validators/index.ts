// Belgian validators: plain functions, no element, nothing run at import time. Exported from
// `@belfry/core`; unused ones are left out of a bundle (the package has no side effects).
export type {
  InvalidResult,
  TypingFormat,
  ValidationReason,
  ValidationResult,
  Validator,
  ValidResult,
} from './types.js';
export {
  formatNationalRegisterNumber,
  nationalRegisterNumberTyping,
  validateNationalRegisterNumber,
} from './national-register-number.js';
export type { NationalRegisterNumberOptions } from './national-register-number.js';
export {
  formatIban,
  ibanLengths,
  ibanTyping,
  sepaCountries,
  validateBelgianIban,
  validateIban,
} from './iban.js';
export type { IbanOptions } from './iban.js';
export {
  enterpriseNumberTyping,
  formatEnterpriseNumber,
  validateEnterpriseNumber,
} from './enterprise-number.js';
export { validatePostalCode } from './postal-code.js';
export { formatPhoneNumber, validatePhoneNumber } from './phone.js';
export type { PhoneNumberOptions } from './phone.js';
export { formatInputWhileTyping, formatWhileTyping } from './format-while-typing.js';
export type { TypedValue } from './format-while-typing.js';
export { validatorPresets } from './presets.js';
export type { ValidatorPreset, ValidatorPresetName } from './presets.js';
export { validationMessage } from './messages.js';
export { validatorStrings } from './validators.strings.js';
export type { ValidatorStrings } from './validators.strings.js';
export { formatStructuredReference, isStructuredReference } from './structured-reference.js';
