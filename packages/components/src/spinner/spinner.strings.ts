import { defineStrings } from '@belfry/core';

/**
 * The spinner's built-in text. Every language must provide every key. Agencies replace it with
 * `registerStrings(locale, { 'bf-spinner': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type SpinnerStrings = {
  /** Announced when the spinner appears, and read where it stands, unless it has its own text. */
  loading: string;
};

export const spinnerStrings = defineStrings<SpinnerStrings>('bf-spinner', {
  nl: { loading: 'Bezig met laden' },
  fr: { loading: 'Chargement en cours' },
  de: { loading: 'Wird geladen' },
  en: { loading: 'Loading' },
});

declare global {
  interface BelfryStringsMap {
    'bf-spinner': SpinnerStrings;
  }
}
