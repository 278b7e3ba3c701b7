// The smallest field with a known value and a preset, built on the core as a real field is:
// the control's parts carry the class `editor`, the known value's slots sit next to them.
import { css, html, type PropertyDeclarations } from 'lit';
import {
  BelfryElement,
  FieldPresetController,
  FormControlController,
  FormControlElement,
  knownValueSlots,
  knownValueStyles,
} from '@belfry/core';

export class TestKnownField extends FormControlElement<HTMLInputElement> {
  static override styles = [
    BelfryElement.styles,
    knownValueStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];
  static override properties: PropertyDeclarations = {
    ...FormControlElement.properties,
    preset: {},
  };

  /** A kind of Belgian number (see `FieldPresetController`). */
  preset = '';

  private readonly presets = new FieldPresetController(this, () => this.preset);
  protected readonly formControl = new FormControlController<HTMLInputElement>(
    this,
    this.internals,
    {
      tag: 'input',
      validators: this.presets.validators,
      input: this.presets.format,
      displayValue: this.presets.display,
    },
  );

  protected override render() {
    return html`<slot name="label"></slot><slot name="hint"></slot><slot name="error"></slot
      ><slot class="editor" name="control"></slot>${knownValueSlots()}`;
  }
}
TestKnownField.define('test-known-field');

declare global {
  interface HTMLElementTagNameMap {
    'test-known-field': TestKnownField;
  }
}
