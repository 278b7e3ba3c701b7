import { findLang, localizedText, locales } from '@belfry/core';
import { errorSummaryStrings } from './error-summary.strings.js';

/**
 * Marks the page title as being about an error, or unmarks it: `setErrorTitle(true)` turns
 * "Change of address – Belgium.be" into "Error: Change of address – Belgium.be", in the language
 * of `<html lang>` ("Fout: ", "Erreur : ", "Fehler: "), and `setErrorTitle(false)` removes the
 * prefix again. Screen readers read the title first when a page loads, so a citizen whose form
 * came back with errors hears it at once (WCAG 3.3.1).
 *
 * Safe to call any number of times: the title never gets two prefixes, and a prefix in another
 * of Belfry's languages (after a language switch) is replaced. Call it when a form is shown with
 * errors and again when they are fixed; a server that renders the page with errors writes the
 * prefixed title itself. Does nothing without a document (on a server).
 */
export function setErrorTitle(hasErrors: boolean, page?: Document): void {
  const doc = page ?? (typeof document === 'undefined' ? undefined : document);
  if (!doc) return;
  const prefix = localizedText(errorSummaryStrings, findLang(doc.documentElement), 'titlePrefix');
  const title = withoutErrorPrefix(doc.title);
  const next = hasErrors ? `${prefix}${title}` : title;
  if (doc.title !== next) doc.title = next;
}

/** `title` without any of the prefixes `setErrorTitle` may have put before it. */
function withoutErrorPrefix(title: string): string {
  const prefixes = new Set(
    locales.map((locale) => localizedText(errorSummaryStrings, locale, 'titlePrefix')),
  );
  let rest = title;
  for (let found = true; found;) {
    found = false;
    for (const prefix of prefixes) {
      // `document.title` collapses white space, so a no-break space may come back as a space.
      const trimmed = prefix.trimEnd();
      for (const candidate of [prefix, trimmed.replace(/\u00a0/g, ' ') + ' ']) {
        if (prefix && rest.startsWith(candidate)) {
          rest = rest.slice(candidate.length);
          found = true;
        }
      }
    }
  }
  return rest;
}
