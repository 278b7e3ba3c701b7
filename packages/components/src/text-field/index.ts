import { BfTextField } from './text-field.js';

export { BfTextField, textFieldTypes, textFieldWidths } from './text-field.js';
export type { TextFieldType, TextFieldWidth } from './text-field.js';

BfTextField.define('bf-text-field');

declare global {
  interface HTMLElementTagNameMap {
    'bf-text-field': BfTextField;
  }
}
