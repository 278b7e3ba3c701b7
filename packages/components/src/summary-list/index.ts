import { BfSummaryList } from './summary-list.js';
import { BfSummaryListRow } from './summary-list-row.js';

export { BfSummaryList } from './summary-list.js';
export { BfSummaryListRow } from './summary-list-row.js';
export { summaryListSources } from './summary-list.strings.js';
export type { SummaryListSource } from './summary-list.strings.js';

BfSummaryListRow.define('bf-summary-list-row');
BfSummaryList.define('bf-summary-list');

declare global {
  interface HTMLElementTagNameMap {
    'bf-summary-list': BfSummaryList;
    'bf-summary-list-row': BfSummaryListRow;
  }
}
