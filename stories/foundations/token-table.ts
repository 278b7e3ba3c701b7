// The table shape shared by the foundations stories: a scrollable wrapper, a caption, one
// column header per column (scope="col") and one row per entry. Cells are Lit templates or
// plain text, rendered through bindings only, never as HTML.
import { html, type TemplateResult } from 'lit';
import { valueIn, type TokenEntry } from './tokens-data';

export type Content = TemplateResult | string;

export interface Column<T> {
  header: string;
  cell: (entry: T) => Content;
}

export interface TokenTableOptions<T> {
  caption: Content;
  columns: readonly Column<T>[];
  rows: readonly T[];
}

let tables = 0;

export function tokenTable<T>({ caption, columns, rows }: TokenTableOptions<T>): TemplateResult {
  // A wide table scrolls sideways at 320 px: keyboard users reach the scrolling region with Tab
  // and scroll it with the arrow keys (WCAG 2.1.1); it is named by the table's caption.
  tables += 1;
  const captionId = `token-table-${tables}`;
  return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby=${captionId}>
    <table>
      <caption id=${captionId}>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col">${column.header}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (entry) =>
            html`<tr>
              ${columns.map((column) => html`<td>${column.cell(entry)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** A rem (or em) value in px at the browser's default 16 px, e.g. "0.5rem" → "8 px". */
export const px = (value: string): string => `${Math.round(parseFloat(value) * 16 * 10) / 10} px`;

/** The token's custom property, e.g. `--bf-space-4`. */
export const tokenColumn: Column<TokenEntry> = {
  header: 'Token',
  cell: (entry) => html`<code>${entry.cssVar}</code>`,
};

/** The token's value in one theme. */
export const valueColumn = (theme = 'federal'): Column<TokenEntry> => ({
  header: 'Value',
  cell: (entry) => html`<code>${valueIn(entry, theme)}</code>`,
});

/** The federal value converted to px at default settings. */
export const pxColumn: Column<TokenEntry> = {
  header: 'At default settings',
  cell: (entry) => px(valueIn(entry, 'federal')),
};

/** The token's description, or a dash when it has none. */
export const descriptionColumn: Column<TokenEntry> = {
  header: 'Use',
  cell: (entry) => entry.description || '—',
};
