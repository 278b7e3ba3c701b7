import { defineStrings } from './localize.js';

/**
 * What the page-wide announcer says after a copy, in every language. A page replaces them with
 * `registerStrings(locale, { 'bf-clipboard': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type ClipboardStrings = {
  /** Said once the text is on the clipboard. */
  copied: string;
  /** Said when the browser refused to copy: it tells the citizen what to do instead. */
  notCopied: string;
};

export const clipboardStrings = /* @__PURE__ */ defineStrings<ClipboardStrings>('bf-clipboard', {
  nl: {
    copied: 'Gekopieerd',
    notCopied: 'Kopiëren is niet gelukt. Selecteer de tekst en kopieer hem zelf.',
  },
  fr: {
    copied: 'Copié',
    notCopied: "La copie n'a pas fonctionné. Sélectionnez le texte et copiez-le vous-même.",
  },
  de: {
    copied: 'Kopiert',
    notCopied:
      'Kopieren hat nicht funktioniert. Markieren Sie den Text und kopieren Sie ihn selbst.',
  },
  en: {
    copied: 'Copied',
    notCopied: 'Could not copy. Select the text and copy it yourself.',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-clipboard': ClipboardStrings;
  }
}
