import { defineStrings } from '@belfry/core';

/**
 * The checkbox's built-in text, on top of the text every field shares (`bf-form-control`). Every
 * language must provide every key. Agencies replace it with
 * `registerStrings(locale, { 'bf-checkbox': { … } })`, and one checkbox with its `strings`
 * attribute, which is how a form says what must be ticked in its own words.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type CheckboxStrings = {
  /** Error under a checkbox that must be ticked to go on (`required`), such as a declaration. */
  valueMissing: string;
};

export const checkboxStrings = defineStrings<CheckboxStrings>('bf-checkbox', {
  nl: { valueMissing: 'Vink dit vakje aan om verder te gaan.' },
  fr: { valueMissing: 'Cochez cette case pour continuer.' },
  de: { valueMissing: 'Kreuzen Sie dieses Kästchen an, um fortzufahren.' },
  en: { valueMissing: 'Tick this box to continue.' },
});

declare global {
  interface BelfryStringsMap {
    'bf-checkbox': CheckboxStrings;
  }
}
