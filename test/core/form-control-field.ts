// The smallest field built on the form-control core, for core's own tests: one native input and
// the slots the core fills. Real fields (bf-text-field, …) add their own layout and styles.
import { css, html } from 'lit';
import { BelfryElement, FormControlController, FormControlElement } from '@belfry/core';
import type { FieldAttributes } from '../helpers/form-control.js';

export class TestField extends FormControlElement<HTMLInputElement> {
  // A block, as every real field is (fieldStyles, the choice and date styles). Left inline, its
  // block children (the label, the error) split the line around the input, and Firefox then
  // rebuilds the input's box whenever the error comes or goes; keys typed before the next frame
  // go to the page's <body>, and "Eupen" typed as the error clears ends up as "Epen".
  static override styles = [
    BelfryElement.styles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  maxLength = 0;
  protected readonly formControl = new FormControlController<HTMLInputElement>(
    this,
    this.internals,
    { tag: 'input', maxLength: () => this.maxLength },
  );

  protected override render() {
    return html`<slot name="label"></slot><slot name="hint"></slot><slot name="error"></slot
      ><slot name="control"></slot><slot name="count"></slot>`;
  }
}
TestField.define('test-field');

declare global {
  interface HTMLElementTagNameMap {
    'test-field': TestField;
  }
}

/** A `<test-field>` with these attributes, not yet in the page. */
export function createTestField(attributes: FieldAttributes): TestField {
  const field = document.createElement('test-field') as TestField;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) field.setAttribute(name, '');
    else if (typeof value === 'string') field.setAttribute(name, value);
  }
  return field;
}
