import { defineStrings } from '@belfry/core';

/**
 * The error summary's built-in text, and the page-title prefix of `setErrorTitle`. Every
 * language must provide every key. Agencies replace it with
 * `registerStrings(locale, { 'bf-error-summary': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type ErrorSummaryStrings = {
  /** The summary's heading, above the list of errors. */
  heading: string;
  /**
   * Put before the page `<title>` while a form has errors (`setErrorTitle`), so that the first
   * thing a screen reader says on the page is that something went wrong. Ends with its space.
   */
  titlePrefix: string;
  /**
   * Link text for a field whose message comes from the browser, which does not say which field
   * it is about: the field's label, then the browser's message.
   */
  fieldMessage: string;
};

export const errorSummaryStrings = defineStrings<ErrorSummaryStrings>('bf-error-summary', {
  nl: { heading: 'Er is een probleem', titlePrefix: 'Fout: ', fieldMessage: '{label}: {message}' },
  // French typography puts a no-break space before the colon.
  fr: {
    heading: 'Il y a un problème',
    titlePrefix: 'Erreur\u00a0: ',
    fieldMessage: '{label}\u00a0: {message}',
  },
  de: {
    heading: 'Es gibt ein Problem',
    titlePrefix: 'Fehler: ',
    fieldMessage: '{label}: {message}',
  },
  en: { heading: 'There is a problem', titlePrefix: 'Error: ', fieldMessage: '{label}: {message}' },
});

declare global {
  interface BelfryStringsMap {
    'bf-error-summary': ErrorSummaryStrings;
  }
}
