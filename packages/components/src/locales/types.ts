/**
 * Every piece of built-in text Belfry shows or announces. Each language file must provide every
 * key: a missing key, or a misspelt extra one, is a compile error. The comment on each key tells
 * translators where the text appears.
 *
 * A message that depends on a number is an object of CLDR plural forms, e.g.
 * `{ one: '{count} message', other: '{count} messages' }`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type BelfryStrings = {
  /** Announced and shown to screen readers while a button waits for the server. */
  loading: string;
  /** Appended, for screen readers, to a link that opens in a new browser tab. */
  opensInNewTab: string;
};
