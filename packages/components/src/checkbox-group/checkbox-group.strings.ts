import { defineStrings } from '@belfry/core';

/**
 * The checkbox group's built-in text, on top of the text every field shares (`bf-form-control`).
 * Every language must provide every key. Agencies replace it with
 * `registerStrings(locale, { 'bf-checkbox-group': { … } })`, and one group with its `strings`
 * attribute (`strings='{"valueMissing": "Choose at least one benefit"}'`).
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type CheckboxGroupStrings = {
  /** Error under the question of a `required` group when no box is ticked. */
  valueMissing: string;
};

export const checkboxGroupStrings = defineStrings<CheckboxGroupStrings>('bf-checkbox-group', {
  nl: { valueMissing: 'Kies minstens één mogelijkheid.' },
  fr: { valueMissing: 'Choisissez au moins une option.' },
  de: { valueMissing: 'Wählen Sie mindestens eine Möglichkeit aus.' },
  en: { valueMissing: 'Select at least one option.' },
});

declare global {
  interface BelfryStringsMap {
    'bf-checkbox-group': CheckboxGroupStrings;
  }
}
