import { BfFooter } from './footer.js';

export { BfFooter } from './footer.js';

BfFooter.define('bf-footer');

declare global {
  interface HTMLElementTagNameMap {
    'bf-footer': BfFooter;
  }
}
