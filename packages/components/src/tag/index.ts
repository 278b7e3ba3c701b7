import { BfTag } from './tag.js';

export { BfTag, tagVariants } from './tag.js';
export type { TagVariant } from './tag.js';

BfTag.define('bf-tag');

declare global {
  interface HTMLElementTagNameMap {
    'bf-tag': BfTag;
  }
}
