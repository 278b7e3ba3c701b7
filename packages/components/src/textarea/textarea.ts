import { html, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  BelfryElement,
  fieldStyles,
  FormControlController,
  FormControlElement,
  knownValueSlots,
  type FormControlStrings,
} from '@belfry/core';
import { styles } from './textarea.styles.js';

/** The rows an empty box shows when the page sets none: room for a few sentences. */
const defaultRows = 5;
const validRows = (rows: number) => Number.isInteger(rows) && rows >= 2;

/**
 * @summary A box for longer text, with a label, a hint, an inline error and, with `maxlength`, a
 * character count. A native `<textarea>` in the element's light DOM does the work.
 *
 * @tag bf-textarea
 *
 * @slot - Anything else you put inside is shown after the field. Write a `<textarea>` (and
 *   its `<label>`) inside the element to have a field that works before and without JavaScript:
 *   it is used as the field's control.
 * @slot label - Filled by the element: the `<label>` (from `label`), with "optional" in words.
 * @slot hint - Filled by the element from `hint`; or write your own `<p slot="hint">`.
 * @slot error - Filled by the element with the error message, after a failed submit.
 * @slot control - Filled by the element: the native `<textarea>`.
 * @slot known - Filled by the element: a value the government already knows (`source`), as text.
 * @slot source - Filled by the element: where that value comes from.
 * @slot correct - Filled by the element: the "This is not correct" button that opens the field.
 * @slot count - Filled by the element: the character count, with `maxlength`.
 *
 * @csspart known - The known value, its source and the button, while they show.
 * @csspart box - The box around the textarea (its border and focus ring).
 *
 * @fires input - The native event of the `<textarea>`, bubbling through the element, each time the text changes.
 * @fires change - The native event of the `<textarea>`, bubbling through the element, when the text is committed (on leaving the box).
 *
 * @cssprop --bf-textarea-count-fg - Colour of the character count.
 * @cssprop --bf-textarea-count-over-fg - Colour of the character count over the limit.
 * @cssprop --bf-textarea-count-over-font-weight - Weight of the character count over the limit.
 * @cssprop --bf-textarea-line-height - Line height of the text in the box.
 * @cssprop --bf-field-bg - Background of the box (shared by every field).
 * @cssprop --bf-field-fg - Text colour in the box.
 * @cssprop --bf-field-border - Border colour of the box.
 * @cssprop --bf-field-border-invalid - Border colour while an error is shown.
 * @cssprop --bf-field-label-fg - Colour of the label.
 * @cssprop --bf-field-hint-fg - Colour of the hint.
 * @cssprop --bf-field-error-fg - Colour of the error message.
 */
export class BfTextarea extends FormControlElement<HTMLTextAreaElement> {
  static override styles: CSSResultGroup = [BelfryElement.styles, fieldStyles, styles];
  static override properties: PropertyDeclarations = {
    ...FormControlElement.properties,
    rows: { type: Number },
    maxLength: { type: Number, attribute: 'maxlength' },
  };

  /** How many lines the empty box shows (2 or more); where the browser can, it grows with the text. */
  rows = defaultRows;

  /**
   * The most characters the answer may have; shows a count of what is left, announced politely
   * once typing pauses. Typing on is allowed (nothing pasted is cut off): over the limit the
   * count says so, and the form shows an error on submit. 0 for no limit.
   */
  maxLength = 0;

  protected readonly formControl = new FormControlController<HTMLTextAreaElement>(
    this,
    this.internals,
    { tag: 'textarea', maxLength: () => this.limit },
  );

  /** Whether the rows and limit of a textarea the page wrote were read. */
  private readAuthored = false;

  /** `maxLength` when usable, else 0 (no limit). */
  private get limit(): number {
    return Number.isInteger(this.maxLength) && this.maxLength > 0 ? this.maxLength : 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const control = this.control;
    if (control && !this.readAuthored) {
      // A textarea the page wrote keeps its rows and limit, unless the element sets its own.
      this.readAuthored = true;
      if (!this.hasAttribute('rows') && control.hasAttribute('rows')) this.rows = control.rows;
      if (!this.hasAttribute('maxlength') && control.maxLength > 0) {
        this.maxLength = control.maxLength;
      }
    }
    if (changed.has('rows') && !validRows(this.rows)) {
      this.warn(
        `rows:${String(this.rows)}`,
        `rows="${String(this.rows)}" is not a whole number of 2 or more; ${defaultRows} is used.`,
      );
    }
    // No attribute (null) or 0 is no limit; anything else must be a whole number above 0.
    if (changed.has('maxLength') && (this.maxLength ?? 0) !== 0 && this.limit === 0) {
      this.warn(
        `maxlength:${String(this.maxLength)}`,
        `maxlength="${String(this.maxLength)}" is not a whole number above 0; there is no limit.`,
      );
    }
    if (!control) return;
    const rows = validRows(this.rows) ? this.rows : defaultRows;
    if (control.rows !== rows) control.rows = rows;
    // The limit is the count's (see \`maxLength\`): the browser's own would stop typing and cut
    // off pasted text without a word. Without JavaScript, the page's own maxlength still holds.
    if (control.hasAttribute('maxlength')) control.removeAttribute('maxlength');
  }

  protected override render() {
    return html`<slot name="label"></slot><slot name="hint"></slot><slot name="error"></slot>
      <div part="box" class="box editor"><slot name="control"></slot></div>
      ${knownValueSlots()}
      <slot class="editor" name="count"></slot><slot></slot>`;
  }
}

declare global {
  interface BelfryStringsMap {
    /**
     * The textarea has no text of its own: its count, "optional" and validation messages are the
     * fields' shared text in core, which can be replaced for textareas only under this tag:
     * `registerStrings('nl', { 'bf-textarea': { charactersRemaining: { … } } })`.
     */
    'bf-textarea': FormControlStrings;
  }
}
