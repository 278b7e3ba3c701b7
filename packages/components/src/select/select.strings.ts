import { defineStrings, type FormControlStrings } from '@belfry/core';

/**
 * The select's own built-in text; its validation messages and "optional" are the fields' shared
 * text in core (`FormControlStrings`), which can be replaced for selects only under the same tag:
 * `registerStrings('nl', { 'bf-select': { placeholder: '…', valueMissing: '…' } })`. Every
 * language must provide every key: a missing key is a compile error.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type SelectStrings = {
  /**
   * The first, empty option, shown only when the page asks for it with an empty `placeholder`
   * attribute: it tells the citizen that nothing is chosen yet.
   */
  placeholder: string;
};

export const selectStrings = defineStrings<SelectStrings>('bf-select', {
  nl: { placeholder: 'Maak een keuze' },
  fr: { placeholder: 'Faites un choix' },
  de: { placeholder: 'Bitte wählen' },
  en: { placeholder: 'Choose an option' },
});

declare global {
  interface BelfryStringsMap {
    'bf-select': SelectStrings & FormControlStrings;
  }
}
