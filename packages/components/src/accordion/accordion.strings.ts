import { defineStrings } from '@belfry/core';

/**
 * The accordion's built-in text. Every language must provide every key. Agencies replace it with
 * `registerStrings(locale, { 'bf-accordion': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type AccordionStrings = {
  /** The button above the sections while at least one is closed: opens them all. */
  showAll: string;
  /** The same button once every section is open: closes them all. */
  hideAll: string;
};

export const accordionStrings = defineStrings<AccordionStrings>('bf-accordion', {
  nl: { showAll: 'Alle onderdelen tonen', hideAll: 'Alle onderdelen verbergen' },
  fr: { showAll: 'Afficher toutes les sections', hideAll: 'Masquer toutes les sections' },
  de: { showAll: 'Alle Abschnitte anzeigen', hideAll: 'Alle Abschnitte ausblenden' },
  en: { showAll: 'Show all sections', hideAll: 'Hide all sections' },
});

declare global {
  interface BelfryStringsMap {
    'bf-accordion': AccordionStrings;
  }
}
