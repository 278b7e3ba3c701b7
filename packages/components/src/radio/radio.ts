import { type CSSResultGroup } from 'lit';
import {
  BelfryElement,
  ChoiceController,
  ChoiceElement,
  choiceStyles,
  SlotController,
} from '@belfry/core';
import { styles } from './radio.styles.js';

/**
 * @summary One answer of a `bf-radio-group`: a radio button with its label, an optional hint,
 * and follow-up questions shown while it is chosen.
 *
 * @tag bf-radio
 *
 * @slot - The label: the answer, in a few words. Elements are kept (a `lang`, an `<abbr>`); no links or buttons.
 * @slot hint - Help under the label, instead of the `hint` attribute.
 * @slot conditional - Follow-up questions, shown only while this answer is chosen. Hidden, they are not validated nor submitted, and keep what was typed.
 *
 * @csspart option - The row with the circle, the label and the hint.
 * @csspart conditional - The place of the follow-up questions, hidden while the option is not chosen.
 *
 * @cssprop --bf-radio-size - Diameter of the circle.
 * @cssprop --bf-radio-border - Border of an empty circle.
 * @cssprop --bf-radio-border-hover - Border of the circle under the pointer.
 * @cssprop --bf-radio-border-width - Border width of the circle.
 * @cssprop --bf-radio-border-invalid - Border of the circles of a group with an error.
 * @cssprop --bf-radio-bg - Inside of an empty circle.
 * @cssprop --bf-radio-checked-bg - Inside of a chosen circle.
 * @cssprop --bf-radio-checked-border - Border of a chosen circle.
 * @cssprop --bf-radio-mark - The dot.
 * @cssprop --bf-radio-mark-size - Diameter of the dot.
 * @cssprop --bf-radio-disabled-bg - Inside of a disabled circle.
 * @cssprop --bf-radio-disabled-border - Border of a disabled circle.
 * @cssprop --bf-radio-disabled-fg - Label and dot of a disabled answer.
 * @cssprop --bf-radio-label-fg - Label colour.
 * @cssprop --bf-radio-hint-fg - Hint colour.
 * @cssprop --bf-radio-gap - Space between the circle and its label.
 * @cssprop --bf-radio-conditional-border - The line beside the follow-up questions.
 * @cssprop --bf-radio-conditional-border-width - Its width.
 * @cssprop --bf-radio-conditional-padding - Space between that line and the questions.
 */
export class BfRadio extends ChoiceElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, choiceStyles, styles];

  protected readonly choice = new ChoiceController(this, 'radio');
  private readonly slots = new SlotController(this, 'hint');

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.closest('bf-radio-group')) {
      this.warn(
        'group',
        'a <bf-radio> must be inside a <bf-radio-group>, which gives it its name and question.',
      );
    }
  }

  protected override render() {
    return this.renderOption(this.slots.has('hint'));
  }
}
