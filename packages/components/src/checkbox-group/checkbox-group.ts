import { type CSSResultGroup } from 'lit';
import {
  BelfryElement,
  ChoiceGroupController,
  ChoiceGroupElement,
  choiceGroupStyles,
} from '@belfry/core';
import { BfCheckbox } from '../checkbox/checkbox.js';
import { styles } from './checkbox-group.styles.js';
import { checkboxGroupStrings } from './checkbox-group.strings.js';

/**
 * @summary A question with several answers to tick: checkboxes (`bf-checkbox`) in a real
 * fieldset whose legend is the question.
 *
 * @tag bf-checkbox-group
 *
 * @slot - The answers: `bf-checkbox` elements.
 * @slot label - The question as an element instead of the `label` attribute, e.g. an `<h1>` when it is the page's question.
 * @slot hint - Help under the question, instead of the `hint` attribute ("Select all that apply").
 *
 * @csspart fieldset - The fieldset around the question and the answers.
 * @csspart legend - The question.
 * @csspart options - The box around the answers.
 *
 * @cssprop --bf-checkbox-legend-fg - Colour of the question.
 * @cssprop --bf-checkbox-legend-font-size - Size of the question.
 * @cssprop --bf-checkbox-legend-font-weight - Weight of the question.
 * @cssprop --bf-checkbox-hint-fg - Colour of the hint.
 * @cssprop --bf-checkbox-option-gap - Space between two answers.
 * @cssprop --bf-checkbox-border-invalid - The line beside a group with an error.
 */
export class BfCheckboxGroup extends ChoiceGroupElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, choiceGroupStyles, styles];
  static override dependencies = { 'bf-checkbox': BfCheckbox };

  protected readonly optionTag = 'bf-checkbox';
  protected readonly validation = new ChoiceGroupController(this, {
    strings: checkboxGroupStrings,
    controls: () => this.controls,
    hint: true,
  });

  private pendingValue: readonly string[] | undefined;

  constructor() {
    super();
    // Set before the element was defined (a framework, say): through the accessor now.
    if (Object.hasOwn(this, 'value')) {
      const value = (this as { value?: unknown }).value;
      delete (this as { value?: unknown }).value;
      this.value = value as readonly string[];
    }
  }

  /** The values of the ticked boxes, in document order. Setting it ticks exactly those boxes. */
  get value(): string[] {
    if (this.pendingValue !== undefined && !this.hasUpdated) return [...this.pendingValue];
    return this.options.filter((option) => option.checked).map((option) => option.value);
  }
  set value(value: readonly string[]) {
    let wanted: string[];
    if (Array.isArray(value)) {
      wanted = value.map(String);
    } else {
      this.warn('value', 'value must be a list of strings; no box is ticked.');
      wanted = [];
    }
    const options = this.options;
    if (!this.isConnected || options.length === 0) this.pendingValue = wanted;
    for (const option of options) option.checked = wanted.includes(option.value);
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
