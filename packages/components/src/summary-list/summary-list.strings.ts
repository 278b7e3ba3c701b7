import { defineStrings, type SourceStrings } from '@belfry/core';

/**
 * The summary list's built-in text (the words for an answer's source are core's `sourceStrings`,
 * shared with the fields). Every language must provide every key. Agencies replace it
 * with `registerStrings(locale, { 'bf-summary-list-row': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type SummaryListStrings = {
  /** The link that goes back to a question. Screen readers hear the question after it. */
  change: string;
  /** Shown as the answer to a question that was left empty. */
  notProvided: string;
};

export const summaryListStrings = defineStrings<SummaryListStrings>('bf-summary-list-row', {
  nl: {
    change: 'Wijzigen',
    notProvided: 'Niet ingevuld',
  },
  fr: {
    change: 'Modifier',
    notProvided: 'Non renseigné',
  },
  de: {
    change: 'Ändern',
    notProvided: 'Nicht angegeben',
  },
  en: {
    change: 'Change',
    notProvided: 'Not provided',
  },
});

declare global {
  interface BelfryStringsMap {
    // The sources' words are core's (`bf-source`), and can be replaced for the rows alone.
    'bf-summary-list-row': SummaryListStrings & SourceStrings;
  }
}
