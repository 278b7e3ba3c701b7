import { defineStrings, newTabPhrase } from '@belfry/core';

/**
 * The button's built-in text. Every language must provide every key: a missing key, or a
 * misspelt extra one, is a compile error. The comment on each key tells translators where the
 * text appears. Agencies replace it with `registerStrings(locale, { 'bf-button': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type ButtonStrings = {
  /** Announced, and read as part of the button's name, while it waits for the server. */
  loading: string;
  /**
   * Added, for screen readers, to a link that opens in a new browser tab (in brackets, after its
   * text). The same words as every Belfry link (`@belfry/core`'s link phrases); replacing them
   * for `bf-link-info` replaces them here too.
   */
  opensInNewTab: string;
};

export const buttonStrings = {
  ...defineStrings<ButtonStrings>('bf-button', {
    nl: { loading: 'Bezig met laden', opensInNewTab: newTabPhrase.nl },
    fr: { loading: 'Chargement en cours', opensInNewTab: newTabPhrase.fr },
    de: { loading: 'Wird geladen', opensInNewTab: newTabPhrase.de },
    en: { loading: 'Loading', opensInNewTab: newTabPhrase.en },
  }),
  // Text a page registers for every link's phrases applies to link buttons too.
  sharedNamespaces: ['bf-link-info'],
};

declare global {
  interface BelfryStringsMap {
    'bf-button': ButtonStrings;
  }
}
