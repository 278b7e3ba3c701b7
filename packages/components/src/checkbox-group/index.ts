import { BfCheckboxGroup } from './checkbox-group.js';

export { BfCheckboxGroup } from './checkbox-group.js';

BfCheckboxGroup.define('bf-checkbox-group');

declare global {
  interface HTMLElementTagNameMap {
    'bf-checkbox-group': BfCheckboxGroup;
  }
}
