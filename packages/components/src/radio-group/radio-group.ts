import { type CSSResultGroup } from 'lit';
import {
  BelfryElement,
  ChoiceGroupController,
  ChoiceGroupElement,
  choiceGroupStyles,
} from '@belfry/core';
import { BfRadio } from '../radio/radio.js';
import { styles } from './radio-group.styles.js';
import { radioGroupStrings } from './radio-group.strings.js';

/**
 * @summary A question with one answer to choose: radio buttons (`bf-radio`) in a real fieldset
 * whose legend is the question. Arrow keys move between the answers, as with native radios.
 *
 * @tag bf-radio-group
 *
 * @slot - The answers: `bf-radio` elements.
 * @slot label - The question as an element instead of the `label` attribute, e.g. an `<h1>` when it is the page's question.
 * @slot hint - Help under the question, instead of the `hint` attribute.
 *
 * @csspart fieldset - The fieldset around the question and the answers.
 * @csspart legend - The question.
 * @csspart options - The box around the answers.
 *
 * @cssprop --bf-radio-legend-fg - Colour of the question.
 * @cssprop --bf-radio-legend-font-size - Size of the question.
 * @cssprop --bf-radio-legend-font-weight - Weight of the question.
 * @cssprop --bf-radio-hint-fg - Colour of the hint.
 * @cssprop --bf-radio-option-gap - Space between two answers.
 * @cssprop --bf-radio-border-invalid - The line beside a group with an error.
 */
export class BfRadioGroup extends ChoiceGroupElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, choiceGroupStyles, styles];
  static override dependencies = { 'bf-radio': BfRadio };

  protected readonly optionTag = 'bf-radio';
  protected readonly validation = new ChoiceGroupController(this, {
    strings: radioGroupStrings,
    controls: () => this.controls,
    hint: true,
  });

  private pendingValue: string | undefined;

  constructor() {
    super();
    // Set before the element was defined (a framework, say): through the accessor now.
    if (Object.hasOwn(this, 'value')) {
      const value = (this as { value?: unknown }).value;
      delete (this as { value?: unknown }).value;
      this.value = String(value ?? '');
    }
  }

  /** The value of the chosen answer; `''` when none is chosen. Setting it chooses that answer. */
  get value(): string {
    if (this.pendingValue !== undefined && !this.hasUpdated) return this.pendingValue;
    return this.options.find((option) => option.checked)?.value ?? '';
  }
  set value(value: string) {
    const wanted = String(value ?? '');
    const options = this.options;
    if (!this.isConnected || options.length === 0) this.pendingValue = wanted;
    const chosen = options.find((option) => option.value === wanted);
    if (wanted && !chosen && options.length) {
      this.warn('value', `no answer has the value "${wanted}"; none is chosen.`);
    }
    for (const option of options) option.checked = option === chosen;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.pendingValue !== undefined) {
      const value = this.pendingValue;
      this.pendingValue = undefined;
      queueMicrotask(() => {
        this.value = value;
      });
    }
  }
}
