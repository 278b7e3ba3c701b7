import { BfHeader } from './header.js';

export { BfHeader } from './header.js';

BfHeader.define('bf-header');

declare global {
  interface HTMLElementTagNameMap {
    'bf-header': BfHeader;
  }
}
