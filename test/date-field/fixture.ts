// The date field as the shared form-control tests meet it, and helpers its own tests share.
import '@belfry/components/date-field';
import type { BfDateField } from '@belfry/components';
import type { Field, FieldAttributes, FormControlFixture } from '../helpers/form-control.js';

export type Part = 'day' | 'month' | 'year';

/** The day, month or year box of a date field. */
export const box = (field: BfDateField, part: Part) =>
  field.querySelector<HTMLInputElement>(`:scope > input[slot="${part}"]`)!;

/** The three boxes, in order. */
export const boxes = (field: BfDateField) =>
  (['day', 'month', 'year'] as const).map((part) => box(field, part));

/** How the shared form-control tests meet the date field: an ISO value typed in three boxes. */
export const dateFieldFixture: FormControlFixture = {
  tag: 'bf-date-field',
  create(attributes: FieldAttributes) {
    const field = document.createElement('bf-date-field');
    for (const [name, value] of Object.entries(attributes)) {
      if (value === true) field.setAttribute(name, '');
      else if (typeof value === 'string') field.setAttribute(name, value);
    }
    return field as unknown as Field;
  },
  value: '2007-03-27',
  otherValue: '2024-02-29',
  async enter(field, value) {
    const [year = '', month = '', day = ''] = value ? value.split('-') : [];
    for (const [part, text] of [
      ['day', day],
      ['month', month],
      ['year', year],
    ] as const) {
      const input = box(field as unknown as BfDateField, part);
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  },
  // Three text boxes in one form: browsers submit with Enter only through a submit button
  // (tested in keyboard.test.ts).
  enterSubmits: false,
  boxes: (field) => boxes(field as unknown as BfDateField),
  valueMissing: { en: 'Enter the date.', nl: 'Vul de datum in.' },
};
