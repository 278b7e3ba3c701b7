import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  announce,
  BelfryElement,
  devMode,
  LocalizeController,
  fillHrefTemplate,
  hrefTemplateProblem,
} from '@belfry/core';
import { styles } from './pagination.styles.js';
import { paginationStrings } from './pagination.strings.js';

/** What `bf-page-change` tells the page. */
export interface PageChangeDetail {
  /** The page chosen, from 1. */
  page: number;
  /** The address of that page, when the pages are links. */
  href?: string;
}

declare global {
  interface BelfryEventDetails {
    'bf-page-change': PageChangeDetail;
  }
}

/** A page number shown, or a gap (`null`) where the numbers in between are left out. */
export type PageRangeItem = number | null;

/**
 * The page numbers to show for page `current` of `total`: the first and last pages, the current
 * one with its neighbours, and `null` for each run of two or more pages left out (a run of one
 * page is shown instead: a gap would take as much room).
 */
export function pageRange(current: number, total: number): PageRangeItem[] {
  const shown = new Set([1, total, current - 1, current, current + 1]);
  const pages = [...shown].filter((page) => page >= 1 && page <= total).sort((a, b) => a - b);
  const items: PageRangeItem[] = [];
  let previous = 0;
  for (const page of pages) {
    if (page - previous === 2) items.push(previous + 1);
    else if (page - previous > 2) items.push(null);
    items.push(page);
    previous = page;
  }
  return items;
}

/** `value` as a whole number of at least 1, or `undefined` when it is not a number. */
function wholeNumber(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return undefined;
  return Math.max(1, Math.trunc(number));
}

/**
 * @summary Lets citizens move through a long list shown a page at a time: "Page 3 of 12",
 * the previous and next pages, and the page numbers around the current one.
 *
 * @tag bf-pagination
 *
 * @csspart base - The `<nav>` landmark.
 * @csspart status - "Page 3 of 12": read first, shown on small screens.
 * @csspart list - The list of page numbers.
 * @csspart page - Each page number: a link, or a button without `href-template`.
 * @csspart previous - The link or button to the page before.
 * @csspart next - The link or button to the page after.
 *
 * @cssprop --bf-pagination-fg - Colour of the links and buttons.
 * @cssprop --bf-pagination-fg-hover - Their colour under the pointer.
 * @cssprop --bf-pagination-current-fg - Text colour of the current page.
 * @cssprop --bf-pagination-current-bg - Background of the current page.
 * @cssprop --bf-pagination-gap - Space between the pages.
 * @cssprop --bf-pagination-padding-inline - Space before and after each page's text.
 * @cssprop --bf-pagination-radius - Corner radius of the current page.
 * @cssprop --bf-pagination-font-size - Text size.
 * @cssprop --bf-pagination-min-size - Minimum width and height of each page; never below 2.75rem (44 px).
 *
 * @fires bf-page-change - A page was chosen: `detail.page`, and `detail.href` for a link.
 * Cancelable: `preventDefault()` keeps a link from being followed, and a button from moving
 * `current`, so that a single-page app can load the page first.
 */
export class BfPagination extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override properties: PropertyDeclarations = {
    current: { type: Number },
    total: { type: Number },
    hrefTemplate: { attribute: 'href-template' },
  };

  private readonly t = new LocalizeController(this, paginationStrings);
  /** After a button moved the page: the part that keeps focus, so that it is never lost. */
  private focusAfter: 'previous' | 'next' | 'page' | '' = '';

  /** The page shown, from 1. A value outside 1 to `total` is brought inside it, with a warning. */
  current = 1;

  /** How many pages there are. Default 1; a value that is not a number counts as 1, with a warning. */
  total = 1;

  /**
   * The address of each page, with `{page}` where the number goes: `"?page={page}"`. With it the
   * pages are links that work without JavaScript; without it they are buttons that fire
   * `bf-page-change`.
   */
  hrefTemplate = '';

  /** The number of pages, made safe: a whole number of at least 1. */
  get pageCount(): number {
    return wholeNumber(this.total) ?? 1;
  }

  /** The current page, made safe: a whole number from 1 to `pageCount`. */
  get currentPage(): number {
    return Math.min(wholeNumber(this.current) ?? 1, this.pageCount);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!devMode) return;
    // As written, when written as an attribute: "abc" rather than the NaN it was turned into.
    const written = (name: string, value: unknown) => this.getAttribute(name) ?? String(value);
    const total = written('total', this.total);
    const current = written('current', this.current);
    if (changed.has('total') && String(wholeNumber(this.total)) !== String(this.total)) {
      this.warn(
        `total:${total}`,
        `total="${total}" is not a whole number of pages of at least 1; ${this.pageCount} is used.`,
      );
    }
    if (
      (changed.has('current') || changed.has('total')) &&
      String(this.currentPage) !== String(this.current)
    ) {
      this.warn(
        `current:${current}:${total}`,
        `current="${current}" is not a page from 1 to ${this.pageCount}; page ${this.currentPage} is shown as current.`,
      );
    }
  }

  /** `href-template` when its addresses are safe, else `''` (buttons). */
  private get usableTemplate(): string {
    const template = this.hrefTemplate;
    if (!template) return '';
    const problem = hrefTemplateProblem(template, '{page}');
    if (!problem) return template;
    if (devMode) {
      this.warn(
        problem === 'unsafe' ? 'href-template-unsafe' : 'href-template',
        problem === 'unsafe'
          ? 'href-template is not a safe URL (only http, https and relative URLs are allowed); the pages are buttons.'
          : `href-template="${template}" has no {page}: every page would be the same address, so the pages are buttons.`,
      );
    }
    return '';
  }

  protected override render() {
    const total = this.pageCount;
    const current = this.currentPage;
    const template = this.usableTemplate;
    const hrefOf = (page: number) => fillHrefTemplate(template, '{page}', String(page));
    const control = (
      page: number,
      part: string,
      className: string,
      content: unknown,
      label?: string,
    ) => {
      const isCurrent = part === 'page' && page === current;
      if (template) {
        return html`<a
          part=${part}
          class="${className} focus-ring"
          href=${hrefOf(page) ?? nothing}
          data-page=${page}
          aria-label=${label ?? nothing}
          aria-current=${isCurrent ? 'page' : nothing}
          @click=${this.handleClick}
          >${content}</a
        >`;
      }
      return html`<button
        part=${part}
        class="${className} focus-ring"
        type="button"
        data-page=${page}
        aria-label=${label ?? nothing}
        aria-current=${isCurrent ? 'page' : nothing}
        @click=${this.handleClick}
      >
        ${content}
      </button>`;
    };
    return html`<nav
      part="base"
      class="pagination"
      aria-label=${this.t.term('label')}
      lang=${this.t.textLang ?? nothing}
    >
      <p part="status" class="status">${this.t.term('status', { current, total })}</p>
      ${
        current > 1
          ? control(current - 1, 'previous', 'step step--previous', this.t.term('previous'))
          : nothing
      }
      <ul part="list" class="list">
        ${pageRange(current, total).map((page) =>
          page === null
            ? // A gap: decorative, so the list is read as the pages it really holds.
              html`<li class="gap" aria-hidden="true">…</li>`
            : html`<li>${control(page, 'page', 'page', page, this.t.term('page', { page }))}</li>`,
        )}
      </ul>
      ${
        current < total
          ? control(current + 1, 'next', 'step step--next', this.t.term('next'))
          : nothing
      }
    </nav>`;
  }

  protected override updated(): void {
    if (!this.focusAfter) return;
    const part = this.focusAfter;
    this.focusAfter = '';
    // Previous and Next keep focus, so that pressing one again goes on; a page number, or a
    // step that is gone (Next on the last page), hands it to the current page.
    const target =
      (part !== 'page' && this.renderRoot.querySelector<HTMLElement>(`[part="${part}"]`)) ||
      this.renderRoot.querySelector<HTMLElement>('[aria-current="page"]');
    target?.focus();
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const control = event.currentTarget as HTMLAnchorElement | HTMLButtonElement;
    const page = Number(control.dataset['page']);
    if (control instanceof HTMLAnchorElement) {
      // A click that opens a new tab or window is the browser's.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return;
      }
      const href = control.getAttribute('href') ?? '';
      if (!this.emit('bf-page-change', { page, href }, { cancelable: true })) {
        event.preventDefault();
      }
      return;
    }
    if (page === this.currentPage) return;
    if (!this.emit('bf-page-change', { page }, { cancelable: true })) return;
    this.current = page;
    this.focusAfter = control.getAttribute('part') as 'previous' | 'next' | 'page';
    void announce(this.t.term('status', { current: page, total: this.pageCount }), {
      lang: this.t.textLang ?? (this.t.lang || undefined),
    });
  };
}
