import { BfPagination } from './pagination.js';

export { BfPagination, pageRange } from './pagination.js';
export type { PageChangeDetail, PageRangeItem } from './pagination.js';

BfPagination.define('bf-pagination');

declare global {
  interface HTMLElementTagNameMap {
    'bf-pagination': BfPagination;
  }
}
