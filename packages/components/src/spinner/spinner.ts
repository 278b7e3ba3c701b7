import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  announce,
  AppearanceController,
  BelfryElement,
  devMode,
  LocalizeController,
} from '@belfry/core';
import { styles } from './spinner.styles.js';
import { spinnerStrings } from './spinner.strings.js';

export const spinnerSizes = ['small', 'medium', 'large'] as const;
export type SpinnerSize = (typeof spinnerSizes)[number];

/**
 * @summary Shows that something is loading: a turning ring (a still one, with the words, for
 * people who ask for less motion), and "Loading" said once to screen readers when it appears.
 *
 * @tag bf-spinner
 *
 * @slot - Text shown next to the ring, e.g. "Looking up your address": it replaces "Loading" for
 * screen readers too. Without it, "Loading" in the page's language is read but not shown.
 *
 * @csspart base - The box around the ring and the text.
 * @csspart ring - The ring (hidden from screen readers).
 * @csspart label - The built-in "Loading" text (shown only under reduced motion, when there is no text of yours).
 *
 * @cssprop --bf-spinner-color - Colour of the turning part of the ring.
 * @cssprop --bf-spinner-track - Colour of the rest of the ring.
 * @cssprop --bf-spinner-width - Thickness of the ring.
 * @cssprop --bf-spinner-size-small - Diameter of `size="small"` (next to text).
 * @cssprop --bf-spinner-size-medium - Diameter of the default size.
 * @cssprop --bf-spinner-size-large - Diameter of `size="large"` (a whole panel loading).
 * @cssprop --bf-spinner-gap - Space between the ring and the text.
 */
export class BfSpinner extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override properties: PropertyDeclarations = {
    label: {},
    size: { reflect: true },
    // Reactive, so that showing a hidden spinner again is noticed (and announced).
    hidden: { type: Boolean, reflect: true, useDefault: true },
    ownText: { state: true },
  };

  private readonly t = new LocalizeController(this, spinnerStrings);
  /** Whether the page put text in the element, which then replaces the built-in label. */
  private ownText = false;

  /**
   * Replaces "Loading" for screen readers when nothing more precise is shown ("Loading your
   * documents"). Text in the element takes precedence: it is what sighted users read.
   */
  label = '';

  /** `small` (inside a line of text or a button), `medium` (the default) or `large` (a panel). */
  size?: SpinnerSize;

  override hidden = false;

  constructor() {
    super();
    new AppearanceController(this, () => {
      void announce(this.spokenText, { lang: this.t.textLang ?? (this.t.lang || undefined) });
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (devMode && changed.has('size') && this.size != null && !spinnerSizes.includes(this.size)) {
      this.warn(
        `size:${String(this.size)}`,
        `size="${String(this.size)}" is unknown; the medium size is used. Use small, medium or large.`,
      );
    }
  }

  protected override render() {
    const label = typeof this.label === 'string' ? this.label.trim() : '';
    // The built-in label is always rendered, and hidden once the element's own text is known:
    // a server cannot see that text, and the label must be there in its render.
    return html`<span part="base" class="spinner"
      ><span part="ring" class="ring" aria-hidden="true"></span
      ><span
        part="label"
        class="label"
        lang=${label ? nothing : (this.t.textLang ?? nothing)}
        ?hidden=${this.ownText}
        >${label || this.t.term('loading')}</span
      ><slot @slotchange=${this.handleSlotChange}></slot
    ></span>`;
  }

  private readonly handleSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.ownText = slot
      .assignedNodes({ flatten: true })
      .some((node) => (node.textContent ?? '').trim() !== '');
  };

  /** What screen readers hear when the spinner appears: its text, else the label or "Loading". */
  private get spokenText(): string {
    const text = (this.textContent ?? '').replace(/\s+/g, ' ').trim();
    const label = typeof this.label === 'string' ? this.label.trim() : '';
    return text || label || this.t.term('loading');
  }
}
