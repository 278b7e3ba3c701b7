import { defineStrings } from '@belfry/core';

/**
 * The alert's built-in text. Every language must provide every key. Agencies replace it with
 * `registerStrings(locale, { 'bf-alert': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type AlertStrings = {
  /** The kind of message, read before it (hidden on screen, where the icon and colour show it). */
  info: string;
  success: string;
  warning: string;
  error: string;
  /** Put before the heading, or the text, for screen readers: "Error: ". Ends with its space. */
  kind: string;
  /** The name of the close button: `{heading}` is the alert's heading, or its kind. */
  close: string;
};

export const alertStrings = defineStrings<AlertStrings>('bf-alert', {
  nl: {
    info: 'Informatie',
    success: 'Gelukt',
    warning: 'Waarschuwing',
    error: 'Fout',
    kind: '{kind}: ',
    close: 'Bericht sluiten: {heading}',
  },
  // French typography puts a no-break space before the colon.
  fr: {
    info: 'Information',
    success: 'Succès',
    warning: 'Avertissement',
    error: 'Erreur',
    kind: '{kind}\u00a0: ',
    close: 'Fermer le message\u00a0: {heading}',
  },
  de: {
    info: 'Information',
    success: 'Erfolg',
    warning: 'Warnung',
    error: 'Fehler',
    kind: '{kind}: ',
    close: 'Meldung schließen: {heading}',
  },
  en: {
    info: 'Information',
    success: 'Success',
    warning: 'Warning',
    error: 'Error',
    kind: '{kind}: ',
    close: 'Close message: {heading}',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-alert': AlertStrings;
  }
}
