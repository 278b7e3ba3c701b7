import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  BelfryElement,
  flatParent,
  listErrorsOf,
  LocalizeController,
  watchForm,
  type FormInvalidDetail,
} from '@belfry/core';
import { styles } from './error-summary.styles.js';
import { errorSummaryStrings } from './error-summary.strings.js';

/** One error in the summary: what is wrong, and the control the link moves focus to. */
export interface ErrorSummaryItem {
  /** What is wrong and how to fix it, e.g. "Enter your postcode": the link text. */
  message: string;
  /** The control to move focus to: the element itself, or its `id`. */
  target: Element | string;
}

export const errorSummaryHeadingLevels = [1, 2, 3, 4, 5, 6] as const;
export type ErrorSummaryHeadingLevel = (typeof errorSummaryHeadingLevels)[number];

// One template per level, so that the heading is a real <h1>–<h6> (static tag names). The
// built-in text carries its language when it differs from the page's (see LocalizeController).
type Heading = (text: string, lang: string | undefined) => TemplateResult;
const headings: Record<ErrorSummaryHeadingLevel, Heading> = {
  1: (text, lang) =>
    html`<h1 id="heading" part="heading" class="heading" lang=${lang ?? nothing}>${text}</h1>`,
  2: (text, lang) =>
    html`<h2 id="heading" part="heading" class="heading" lang=${lang ?? nothing}>${text}</h2>`,
  3: (text, lang) =>
    html`<h3 id="heading" part="heading" class="heading" lang=${lang ?? nothing}>${text}</h3>`,
  4: (text, lang) =>
    html`<h4 id="heading" part="heading" class="heading" lang=${lang ?? nothing}>${text}</h4>`,
  5: (text, lang) =>
    html`<h5 id="heading" part="heading" class="heading" lang=${lang ?? nothing}>${text}</h5>`,
  6: (text, lang) =>
    html`<h6 id="heading" part="heading" class="heading" lang=${lang ?? nothing}>${text}</h6>`,
};

let generatedIds = 0;

/**
 * @summary Lists the errors of a form after a failed submit, as links that move focus to each
 * field, and takes focus itself so that the citizen hears at once that something went wrong.
 *
 * @tag bf-error-summary
 *
 * @slot - Errors the server found, written as a list of links to the fields:
 * `<ul><li><a href="#postcode">Enter your postcode</a></li></ul>`. Shown until the next submit
 * attempt in the browser, which replaces them.
 *
 * @csspart base - The box that takes focus.
 * @csspart heading - The heading ("There is a problem").
 * @csspart list - The list of errors found in the browser.
 * @csspart link - Each link to a field.
 *
 * @cssprop --bf-error-summary-border - Colour of the border.
 * @cssprop --bf-error-summary-border-width - Width of the border.
 * @cssprop --bf-error-summary-bg - Background.
 * @cssprop --bf-error-summary-fg - Text colour of the heading.
 * @cssprop --bf-error-summary-link-fg - Colour of the links.
 * @cssprop --bf-error-summary-padding - Space inside the border.
 * @cssprop --bf-error-summary-gap - Space between the heading and the list, and between errors.
 * @cssprop --bf-error-summary-heading-size - Text size of the heading.
 * @cssprop --bf-error-summary-margin - Space below the box.
 */
export class BfErrorSummary extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override properties: PropertyDeclarations = {
    htmlFor: { attribute: 'for' },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    errors: { attribute: false },
    showServerErrors: { state: true },
  };

  private readonly t = new LocalizeController(this, errorSummaryStrings);
  private readonly internals = this.attachInternals();
  private listeningTo: Document | ShadowRoot | null = null;
  /** The form this summary told core it lists the errors of. */
  private listedForm: HTMLFormElement | null = null;

  constructor() {
    super();
    this.addEventListener('click', this.handleClick);
  }

  /**
   * The `id` of the form whose errors this summary lists, for a summary outside its form (at
   * the top of the page's main content, as it should be). Without it, the summary lists the
   * errors of the form it is in.
   */
  htmlFor = '';

  /** Replaces the built-in heading, "There is a problem" in the page's language. */
  heading = '';

  /**
   * The level of the heading, 1 to 6 (default 2): the level that fits the page's outline,
   * usually one below the page's `<h1>`, or 1 when the summary comes before the `<h1>`.
   */
  headingLevel: ErrorSummaryHeadingLevel = 2;

  /**
   * The errors shown, in the order of the fields on the page. The summary sets them itself after
   * a failed submit; set them yourself for errors found elsewhere (e.g. by your server after a
   * `fetch`), then call `focus()`. An empty list hides the summary.
   */
  errors: readonly ErrorSummaryItem[] = [];

  /** Whether the errors written inside the element (by the server) are still current. */
  private showServerErrors = true;

  /** The form whose errors this summary lists, or `null`. */
  get form(): HTMLFormElement | null {
    if (this.htmlFor) {
      const root = this.getRootNode() as Document | ShadowRoot;
      const form =
        typeof root.getElementById === 'function' ? root.getElementById(this.htmlFor) : null;
      return form instanceof HTMLFormElement ? form : null;
    }
    return this.closest('form');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Listening on the document (or the shadow root the summary is in), not on the form: the
    // form may come later in the page, or change.
    const root = this.getRootNode();
    if (root instanceof Document || root instanceof ShadowRoot) {
      this.listeningTo = root;
      root.addEventListener('bf-form-invalid', this.handleFormInvalid as EventListener, true);
      root.addEventListener('submit', this.handleSubmitOrReset, true);
      root.addEventListener('reset', this.handleSubmitOrReset, true);
    }
    this.syncForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const root = this.listeningTo;
    root?.removeEventListener('bf-form-invalid', this.handleFormInvalid as EventListener, true);
    root?.removeEventListener('submit', this.handleSubmitOrReset, true);
    root?.removeEventListener('reset', this.handleSubmitOrReset, true);
    this.listeningTo = null;
    this.syncForm();
  }

  /**
   * Moves focus to the summary (when it shows errors), so that screen readers read its heading
   * and sighted keyboard users start from it.
   */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[part="base"]')?.focus(options);
  }

  /**
   * Shows the errors of `controls` (invalid form controls, in any order) and moves focus to the
   * summary. Each link's text is the control's `validationMessage`.
   */
  async showErrorsOf(controls: Iterable<Element>): Promise<void> {
    this.errors = this.itemsFor([...controls]);
    this.showServerErrors = false;
    await this.updateComplete;
    this.focus();
  }

  /** Removes every error, including those the server wrote: the summary hides. */
  clear(): void {
    this.errors = [];
    this.showServerErrors = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor') && this.hasUpdated) this.syncForm();
    if (changed.has('headingLevel') && !errorSummaryHeadingLevels.includes(this.headingLevel)) {
      this.warn(
        'heading-level',
        `heading-level="${String(this.headingLevel)}" is not 1 to 6; 2 is used.`,
      );
    }
  }

  protected override firstUpdated(): void {
    // Server-rendered errors: `autofocus` brings the citizen to them when the page opens.
    if (this.hasAttribute('autofocus') && this.hasServerErrors) this.focus();
    if (this.htmlFor) {
      // The form may come later in the page than the summary: look once the page has settled.
      setTimeout(() => {
        this.syncForm();
        if (this.isConnected && !this.form) {
          this.warn(
            'for',
            `for="${this.htmlFor}" names no <form> in this page; no errors will be listed.`,
          );
        }
      });
    }
  }

  protected override render() {
    const items = this.shownErrors;
    if (items.length === 0 && !this.showServerErrors) return nothing;
    const level = errorSummaryHeadingLevels.includes(this.headingLevel) ? this.headingLevel : 2;
    const content =
      items.length > 0
        ? html`<ul part="list" class="list">
            ${items.map(
              (item) =>
                html`<li>
                  <a part="link" class="link focus-ring" href=${`#${this.idOf(item.target)}`}
                    >${item.message}</a
                  >
                </li>`,
            )}
          </ul>`
        : html`<slot @slotchange=${this.syncEmptyState}></slot>`;
    return html`<div
      part="base"
      class=${items.length > 0 ? 'summary' : 'summary summary--server'}
      role="region"
      aria-labelledby="heading"
      tabindex="-1"
    >
      ${headings[level](
        this.heading || this.t.term('heading'),
        this.heading ? undefined : this.t.textLang,
      )}${content}
    </div>`;
  }

  protected override updated(): void {
    this.syncEmptyState();
  }

  /**
   * `:state(empty)` hides a summary with nothing to show. Before the script runs, `:empty` does
   * (a server-rendered summary without errors); this also covers white space inside it.
   */
  private readonly syncEmptyState = (): void => {
    const empty = this.shownErrors.length === 0 && !this.hasServerErrors;
    try {
      if (empty) this.internals.states.add('empty');
      else this.internals.states.delete('empty');
    } catch {
      // A browser without custom states: `:empty` alone hides an empty summary.
    }
  };

  /** The errors that can be shown: those with a message (bad entries are skipped). */
  private get shownErrors(): readonly ErrorSummaryItem[] {
    if (!Array.isArray(this.errors)) return [];
    return this.errors.filter(
      (item) => typeof item?.message === 'string' && item.message.trim() !== '',
    );
  }

  /** Whether the element holds errors written by the server (a link, not only white space). */
  private get hasServerErrors(): boolean {
    return this.showServerErrors && this.querySelector('a[href]') !== null;
  }

  /** The id of `target`, given one when it has none, so that its link can point at it. */
  private idOf(target: Element | string): string {
    if (typeof target === 'string') return target.replace(/^#/, '');
    if (!target.id) target.id = `bf-error-target-${++generatedIds}`;
    return target.id;
  }

  /** One item per invalid control, in page order; a group of radio buttons gives one. */
  private itemsFor(controls: Element[]): ErrorSummaryItem[] {
    const sorted = [...new Set(controls)].sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    const radioGroups = new Set<string>();
    const items: ErrorSummaryItem[] = [];
    for (const control of sorted) {
      if (control instanceof HTMLInputElement && control.type === 'radio' && control.name) {
        if (radioGroups.has(control.name)) continue;
        radioGroups.add(control.name);
      }
      const message = this.messageOf(control);
      if (message) items.push({ message, target: control });
    }
    return items;
  }

  /**
   * The link text for `control`: its own message (Belfry fields set one in the page's language,
   * as does `setCustomValidity`), or the browser's, which does not say which field it is about,
   * after the field's label.
   */
  private messageOf(control: Element): string {
    const field = control as Partial<HTMLInputElement>;
    const message = (field.validationMessage ?? '').trim();
    if (!message || field.validity?.customError) return message;
    const label = labelOf(control);
    return label ? this.t.term('fieldMessage', { label, message }) : message;
  }

  /**
   * Has core watch the form (`watchForm`: it reports a failed submit attempt with one
   * `bf-form-invalid`) and keep the browser's bubbles away from it while this summary lists its
   * errors.
   */
  private syncForm(): void {
    const form = this.isConnected ? this.form : null;
    if (form === this.listedForm) return;
    if (this.listedForm) listErrorsOf(this.listedForm, this, false);
    this.listedForm = form;
    if (form) {
      watchForm(form);
      listErrorsOf(form, this, true);
    }
  }

  /** A failed submit attempt of the form: list its errors and take focus, instead of core. */
  private readonly handleFormInvalid = (event: CustomEvent<FormInvalidDetail>): void => {
    if (event.target !== this.form || !Array.isArray(event.detail?.controls)) return;
    event.preventDefault();
    void this.showErrorsOf(event.detail.controls);
  };

  /** A click on a link in this summary: focus its field. */
  private readonly handleClick = (event: Event): void => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (link) this.followLink(link, event);
  };

  private readonly handleSubmitOrReset = (event: Event): void => {
    // A submission that passed validation, or a reset: the errors listed are no longer current.
    if (event.target === this.form) this.clear();
  };

  /** GOV.UK's pattern: the field's label (or legend) scrolls into view, then the field gets focus. */
  private followLink(link: HTMLAnchorElement, event: Event): void {
    const hash = link.getAttribute('href') ?? '';
    if (!hash.startsWith('#') || hash.length < 2) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    let id = hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // Not percent-encoded: use it as written.
    }
    const target = root.getElementById?.(id) ?? null;
    if (!target) return;
    event.preventDefault();
    const control = focusableIn(target);
    const heading = labelElementOf(control);
    if (heading) heading.scrollIntoView({ block: 'start' });
    control.focus({ preventScroll: heading !== null });
  }
}

const controlSelector = 'input:not([type="hidden"]), select, textarea, button, [tabindex]';

/** `target` when it is a control, else the first control inside it (a group, a field's host). */
function focusableIn(target: Element): HTMLElement {
  if (target.matches(controlSelector)) return target as HTMLElement;
  return target.querySelector<HTMLElement>(controlSelector) ?? (target as HTMLElement);
}

/**
 * What to scroll into view before focusing `control`: the legend of its fieldset for a radio
 * button or checkbox (whose own label says only the option), else its label.
 */
function labelElementOf(control: HTMLElement): HTMLElement | null {
  const grouped =
    control instanceof HTMLInputElement &&
    (control.type === 'radio' || control.type === 'checkbox');
  if (grouped) {
    const legend = legendOf(control);
    if (legend) return legend;
  }
  const labels = (control as HTMLInputElement).labels;
  return labels?.[0] ?? control.closest('label');
}

/**
 * The legend of the fieldset around `control`, looked up the way it is displayed (the flat
 * tree): a Belfry radio or checkbox group keeps its `<fieldset>` in its shadow root, around the
 * slot its options are assigned to, so `closest('fieldset')` from the native control cannot see it.
 */
function legendOf(control: Element): HTMLElement | null {
  for (let node: Node | null = control; node; node = flatParent(node)) {
    if (node instanceof HTMLFieldSetElement) {
      return node.querySelector<HTMLElement>(':scope > legend');
    }
  }
  return null;
}

/** The text that names `control`: its legend for a radio button, else its label or `aria-label`. */
function labelOf(control: Element): string {
  const input = control as HTMLInputElement;
  const source = input.type === 'radio' ? legendOf(control) : null;
  const text =
    source?.textContent ??
    input.labels?.[0]?.textContent ??
    control.getAttribute('aria-label') ??
    '';
  return text.replace(/\s+/g, ' ').trim();
}
