import { defineStrings } from '@belfry/core';

/**
 * The skip link's built-in text, used when the author writes no link of their own. Agencies
 * replace it with `registerStrings(locale, { 'bf-skip-link': { skipToMain: '…' } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type SkipLinkStrings = {
  /** The link, first on every page, that jumps past the header and menus to the page's content. */
  skipToMain: string;
};

export const skipLinkStrings = defineStrings<SkipLinkStrings>('bf-skip-link', {
  nl: { skipToMain: 'Naar de hoofdinhoud' },
  fr: { skipToMain: 'Aller au contenu principal' },
  de: { skipToMain: 'Zum Hauptinhalt springen' },
  en: { skipToMain: 'Skip to main content' },
});

declare global {
  interface BelfryStringsMap {
    'bf-skip-link': SkipLinkStrings;
  }
}
