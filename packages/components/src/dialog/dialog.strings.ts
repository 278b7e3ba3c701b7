import { defineStrings } from '@belfry/core';

/**
 * The dialog's built-in text. Every language must provide every key. Agencies replace it with
 * `registerStrings(locale, { 'bf-dialog': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type DialogStrings = {
  /** The name of the × button in the dialog's top corner, read by screen readers. */
  close: string;
};

export const dialogStrings = defineStrings<DialogStrings>('bf-dialog', {
  nl: { close: 'Sluiten' },
  fr: { close: 'Fermer' },
  de: { close: 'Schließen' },
  en: { close: 'Close' },
});

declare global {
  interface BelfryStringsMap {
    'bf-dialog': DialogStrings;
  }
}
