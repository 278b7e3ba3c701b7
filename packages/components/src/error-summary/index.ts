import { BfErrorSummary } from './error-summary.js';

export { BfErrorSummary, errorSummaryHeadingLevels } from './error-summary.js';
export type { ErrorSummaryHeadingLevel, ErrorSummaryItem } from './error-summary.js';
export { setErrorTitle } from './error-title.js';

BfErrorSummary.define('bf-error-summary');

declare global {
  interface HTMLElementTagNameMap {
    'bf-error-summary': BfErrorSummary;
  }
}
