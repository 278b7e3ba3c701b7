import { defineStrings } from '@belfry/core';

/**
 * The radio group's built-in text, on top of the text every field shares (`bf-form-control`).
 * Every language must provide every key. Agencies replace it with
 * `registerStrings(locale, { 'bf-radio-group': { … } })`, and one group with its `strings`
 * attribute (`strings='{"valueMissing": "Say whether you live in Belgium"}'`).
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type RadioGroupStrings = {
  /** Error under the question of a `required` group when nothing is chosen. */
  valueMissing: string;
};

export const radioGroupStrings = defineStrings<RadioGroupStrings>('bf-radio-group', {
  nl: { valueMissing: 'Kies een van de mogelijkheden.' },
  fr: { valueMissing: 'Choisissez une des options.' },
  de: { valueMissing: 'Wählen Sie eine der Möglichkeiten aus.' },
  en: { valueMissing: 'Select one of the options.' },
});

declare global {
  interface BelfryStringsMap {
    'bf-radio-group': RadioGroupStrings;
  }
}
