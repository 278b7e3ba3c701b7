import { BfSummaryList } from './summary-list.js';
import { BfSummaryListRow } from './summary-list-row.js';

export { BfSummaryList } from './summary-list.js';
export { BfSummaryListRow } from './summary-list-row.js';
// The keywords `source` takes are core's, shared with the fields that show a known value.
export { knownSources } from '@belfry/core';
export type { KnownSource } from '@belfry/core';

BfSummaryListRow.define('bf-summary-list-row');
BfSummaryList.define('bf-summary-list');

declare global {
  interface HTMLElementTagNameMap {
    'bf-summary-list': BfSummaryList;
    'bf-summary-list-row': BfSummaryListRow;
  }
}
