import { BfRadioGroup } from './radio-group.js';

export { BfRadioGroup } from './radio-group.js';

BfRadioGroup.define('bf-radio-group');

declare global {
  interface HTMLElementTagNameMap {
    'bf-radio-group': BfRadioGroup;
  }
}
