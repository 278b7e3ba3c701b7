import { html, type CSSResultGroup } from 'lit';
import { BelfryElement } from '@belfry/core';
import { BfSummaryListRow } from './summary-list-row.js';
import { listStyles } from './summary-list.styles.js';

/**
 * @summary The "Check your answers" list: each question, the citizen's answer, where a known
 * answer comes from, and a link to change it. A description list (`<dl>`) for screen readers.
 *
 * @tag bf-summary-list
 *
 * @slot - The rows: `<bf-summary-list-row>` elements, one per question.
 *
 * @csspart list - The `<dl>` element.
 *
 * @cssprop --bf-summary-list-border - Colour of the rules between rows.
 * @cssprop --bf-summary-list-border-width - Width of the rules between rows.
 */
export class BfSummaryList extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, listStyles];
  /** The rows this list holds: registered with it. */
  static override dependencies = { 'bf-summary-list-row': BfSummaryListRow };

  protected override render() {
    // The rows are slotted: each row's shadow root holds its <div>, <dt> and <dd>s, which the
    // browser's accessibility tree places straight under this <dl> (test/summary-list/a11y-tree).
    // eslint-disable-next-line lit-a11y/definition-list
    return html`<dl part="list" class="list"><slot></slot></dl>`;
  }
}
