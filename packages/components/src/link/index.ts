import { BfLink } from './link.js';

export { BfLink } from './link.js';

BfLink.define('bf-link');

declare global {
  interface HTMLElementTagNameMap {
    'bf-link': BfLink;
  }
}
