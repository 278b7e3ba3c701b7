import { findLang, locales, resolveLocale, translate } from '@belfry/core';
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
  const prefix = translate(
    errorSummaryStrings,
    resolveLocale(findLang(doc.documentElement)),
    'titlePrefix',
  );
  const title = withoutErrorPrefix(doc.title);
  const next = hasErrors ? `${prefix}${title}` : title;
  if (doc.title !== next) doc.title = next;
}

/** `title` without any of the prefixes `setErrorTitle` may have put before it. */
function withoutErrorPrefix(title: string): string {
  // Compared with no-break spaces as spaces: a prefix may have been typed with a plain space.
  const plain = (text: string) => text.replace(/\u00a0/g, ' ');
  const prefixes = locales
    .map((locale) => plain(translate(errorSummaryStrings, locale, 'titlePrefix').trim()))
    .filter(Boolean);
  let rest = title;
  let found = true;
  while (found) {
    const start = plain(rest);
    const prefix = prefixes.find((candidate) => start.startsWith(candidate));
    found = prefix !== undefined;
    if (prefix) rest = rest.slice(prefix.length).trimStart();
  }
  return rest;
}
