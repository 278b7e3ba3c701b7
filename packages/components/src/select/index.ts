import { BfSelect } from './select.js';

export { BfSelect } from './select.js';

BfSelect.define('bf-select');

declare global {
  interface HTMLElementTagNameMap {
    'bf-select': BfSelect;
  }
}
