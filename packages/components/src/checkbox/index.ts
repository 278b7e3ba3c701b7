import { BfCheckbox } from './checkbox.js';

export { BfCheckbox } from './checkbox.js';

BfCheckbox.define('bf-checkbox');

declare global {
  interface HTMLElementTagNameMap {
    'bf-checkbox': BfCheckbox;
  }
}
