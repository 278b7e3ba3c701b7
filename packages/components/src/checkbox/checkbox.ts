import { html, nothing, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import {
  BelfryElement,
  ChoiceController,
  ChoiceElement,
  ChoiceGroupController,
  SlotController,
} from '@belfry/core';
import { styles } from './checkbox.styles.js';
import { checkboxStrings } from './checkbox.strings.js';

const errorSlot = html`<slot name="error"></slot>`;

/**
 * @summary A checkbox: on its own for a yes-or-no question ("I declare that…"), or as one of the
 * answers of a `bf-checkbox-group`.
 *
 * @tag bf-checkbox
 *
 * @slot - The label: what ticking the box means. Elements are kept (a `lang`, an `<abbr>`); no links or buttons.
 * @slot hint - Help under the label, instead of the `hint` attribute (e.g. with a `lang`).
 * @slot conditional - Follow-up questions, shown only while the box is ticked. Hidden, they are not validated nor submitted, and keep what was typed.
 *
 * @csspart option - The row with the box, the label and the hint.
 * @csspart conditional - The place of the follow-up questions, hidden while the option is not chosen.
 *
 * @cssprop --bf-checkbox-size - Width and height of the box.
 * @cssprop --bf-checkbox-border - Border of an empty box.
 * @cssprop --bf-checkbox-border-hover - Border of the box under the pointer.
 * @cssprop --bf-checkbox-border-width - Border width of the box.
 * @cssprop --bf-checkbox-border-invalid - Border of the box when the answer has an error.
 * @cssprop --bf-checkbox-radius - Corner radius of the box.
 * @cssprop --bf-checkbox-bg - Inside of an empty box.
 * @cssprop --bf-checkbox-checked-bg - Fill of a ticked box.
 * @cssprop --bf-checkbox-mark - The tick.
 * @cssprop --bf-checkbox-disabled-bg - Inside of a disabled box.
 * @cssprop --bf-checkbox-disabled-border - Border of a disabled box.
 * @cssprop --bf-checkbox-disabled-fg - Label and tick of a disabled checkbox.
 * @cssprop --bf-checkbox-label-fg - Label colour.
 * @cssprop --bf-checkbox-hint-fg - Hint colour.
 * @cssprop --bf-checkbox-gap - Space between the box and its label.
 * @cssprop --bf-checkbox-conditional-border - The line beside the follow-up questions.
 * @cssprop --bf-checkbox-conditional-border-width - Its width.
 * @cssprop --bf-checkbox-conditional-padding - Space between that line and the questions.
 */
export class BfCheckbox extends ChoiceElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override properties: PropertyDeclarations = {
    name: {},
    required: { type: Boolean },
  };

  protected readonly choice: ChoiceController = new ChoiceController(
    this,
    'checkbox',
    (): string[] =>
      this.validation.errorShown && this.validation.errorNode ? [this.validation.errorNode.id] : [],
  );
  // A checkbox on its own checks itself; in a group, the group does.
  private readonly validation: ChoiceGroupController = new ChoiceGroupController(this, {
    strings: checkboxStrings,
    controls: () => (this.choice.group || !this.choice.control ? [] : [this.choice.control]),
    hint: false,
  });
  private readonly slots = new SlotController(this, 'hint', 'error');

  /** The name the value is submitted under. In a group, the group's `name` is used when this is empty. */
  name = '';
  /**
   * The box must be ticked before the form can be sent (a declaration, a consent). Not for a
   * box in a group: set `required` on the group.
   */
  required = false;

  /** The box's validity (the browser's, with Belfry's `required` check as `customError`). */
  get validity(): ValidityState | undefined {
    return this.control?.validity;
  }

  /** What is wrong, in the page's language; `''` when valid. */
  get validationMessage(): string {
    return this.control?.validationMessage ?? '';
  }

  /** Whether the box is checked when its form is submitted (not when disabled). */
  get willValidate(): boolean {
    return this.control?.willValidate ?? false;
  }

  /** Whether the box is valid; fires `invalid` on the control when not, shows nothing. */
  checkValidity(): boolean {
    return this.control?.checkValidity() ?? true;
  }

  /** Whether the box is valid; when not, shows the error and moves focus to the box. */
  reportValidity(): boolean {
    return this.validation.reportValidity();
  }

  /** Marks the box as invalid with this message (in the page's language), or valid with `''`. */
  setCustomValidity(message: string): void {
    this.validation.setCustomValidity(message);
  }

  protected override render() {
    return html`${this.slots.has('error') ? errorSlot : nothing}${this.renderOption(
      this.slots.has('hint'),
    )}`;
  }
}
