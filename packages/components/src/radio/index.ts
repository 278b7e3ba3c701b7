import { BfRadio } from './radio.js';

export { BfRadio } from './radio.js';

BfRadio.define('bf-radio');

declare global {
  interface HTMLElementTagNameMap {
    'bf-radio': BfRadio;
  }
}
