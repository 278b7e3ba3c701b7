import { defineStrings } from '@belfry/core';

/**
 * The button's built-in text. Every language must provide every key: a missing key, or a
 * misspelt extra one, is a compile error. The comment on each key tells translators where the
 * text appears. Agencies replace it with `registerStrings(locale, { 'bf-button': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type ButtonStrings = {
  /** Announced, and read as part of the button's name, while it waits for the server. */
  loading: string;
  /** Added, for screen readers, to a link that opens in a new browser tab. */
  opensInNewTab: string;
};

export const buttonStrings = defineStrings<ButtonStrings>('bf-button', {
  nl: { loading: 'Bezig met laden', opensInNewTab: '(opent in een nieuw tabblad)' },
  fr: { loading: 'Chargement en cours', opensInNewTab: "(s'ouvre dans un nouvel onglet)" },
  de: { loading: 'Wird geladen', opensInNewTab: '(öffnet in einem neuen Tab)' },
  en: { loading: 'Loading', opensInNewTab: '(opens in a new tab)' },
});

declare global {
  interface BelfryStringsMap {
    'bf-button': ButtonStrings;
  }
}
