import { BfSkipLink } from './skip-link.js';

export { BfSkipLink } from './skip-link.js';

BfSkipLink.define('bf-skip-link');

declare global {
  interface HTMLElementTagNameMap {
    'bf-skip-link': BfSkipLink;
  }
}
