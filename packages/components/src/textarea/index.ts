import { BfTextarea } from './textarea.js';

export { BfTextarea } from './textarea.js';

BfTextarea.define('bf-textarea');

declare global {
  interface HTMLElementTagNameMap {
    'bf-textarea': BfTextarea;
  }
}
