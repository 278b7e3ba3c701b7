import { BfDateField } from './date-field.js';

export { BfDateField, dateRules } from './date-field.js';
export type { DateRule } from './date-field.js';

BfDateField.define('bf-date-field');

declare global {
  interface HTMLElementTagNameMap {
    'bf-date-field': BfDateField;
  }
}
