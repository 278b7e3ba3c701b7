import { defineStrings } from '@belfry/core';

/**
 * The language switcher's built-in text, in the page's language. The languages themselves are
 * always named in their own language ("Français" on a Dutch page), never translated. Agencies
 * replace it with `registerStrings(locale, { 'bf-language-switcher': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type LanguageSwitcherStrings = {
  /** The name of the navigation landmark that holds the languages, read before them. */
  label: string;
};

export const languageSwitcherStrings = defineStrings<LanguageSwitcherStrings>(
  'bf-language-switcher',
  {
    nl: { label: 'Kies een taal' },
    fr: { label: 'Choisir une langue' },
    de: { label: 'Sprache wählen' },
    en: { label: 'Choose a language' },
  },
);

declare global {
  interface BelfryStringsMap {
    'bf-language-switcher': LanguageSwitcherStrings;
  }
}
