import '@belfry/components/text-field';
import type { BfTextField } from '@belfry/components';
import type { FieldAttributes, FormControlFixture } from '../helpers/form-control.js';

/** A `<bf-text-field>` with these attributes, not yet in the page. */
export function createTextField(attributes: FieldAttributes = {}): BfTextField {
  const field = document.createElement('bf-text-field');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) field.setAttribute(name, '');
    else if (typeof value === 'string') field.setAttribute(name, value);
  }
  return field;
}

/** The shared form-control suite's view of the text field. */
export const textFieldFixture: FormControlFixture = {
  tag: 'bf-text-field',
  create: createTextField,
  value: 'Eupen',
  otherValue: 'Namur',
  enterSubmits: true,
};
