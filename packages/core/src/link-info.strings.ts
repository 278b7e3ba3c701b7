import { defineStrings, type Message } from './localize.js';

/**
 * What a link states about itself, in every language: one vocabulary for every Belfry element
 * that renders or wraps a link (`bf-link`, `bf-button` with `href`, and whatever links the page
 * frame holds), so that a new tab or a download is described in the same words everywhere. A
 * page replaces them with `registerStrings(locale, { 'bf-link-info': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type LinkInfoStrings = {
  /** Added to the name of a link that opens in a new browser tab. */
  opensInNewTab: string;
  /** Added to the name of a link to a website that is not the government's own. */
  external: string;
  /** A file size under 1 kilobyte; `{count}` is the number of bytes. */
  sizeBytes: Message;
  /** A file size in kilobytes (1 kB = 1,000 bytes); `{size}` is the formatted number. */
  sizeKilobytes: string;
  /** A file size in megabytes; `{size}` is the formatted number. */
  sizeMegabytes: string;
  /** A file size in gigabytes; `{size}` is the formatted number. */
  sizeGigabytes: string;
};

/**
 * "opens in a new tab" alone, in every language: for elements that state nothing else about a
 * link (`bf-button` with `href`), so that their bundle holds this phrase and not the whole set.
 */
// Constants, not properties of newTabPhrase, so that a bundler can drop the catalogs below
// (reading a property might run code, as far as a bundler knows).
const nl = 'opent in een nieuw tabblad';
const fr = "s'ouvre dans un nouvel onglet";
const de = 'öffnet in einem neuen Tab';
const en = 'opens in a new tab';
export const newTabPhrase = { nl, fr, de, en } as const;

// A no-break space keeps a number and its unit on one line. French writes octets: ko, Mo, Go.
// Pure: a bundle that takes only `newTabPhrase` leaves the rest out.
export const linkInfoStrings = /* @__PURE__ */ defineStrings<LinkInfoStrings>('bf-link-info', {
  nl: {
    opensInNewTab: nl,
    external: 'externe website',
    sizeBytes: { one: '{count}\u00a0byte', other: '{count}\u00a0bytes' },
    sizeKilobytes: '{size}\u00a0kB',
    sizeMegabytes: '{size}\u00a0MB',
    sizeGigabytes: '{size}\u00a0GB',
  },
  fr: {
    opensInNewTab: fr,
    external: 'site externe',
    sizeBytes: { one: '{count}\u00a0octet', other: '{count}\u00a0octets' },
    sizeKilobytes: '{size}\u00a0ko',
    sizeMegabytes: '{size}\u00a0Mo',
    sizeGigabytes: '{size}\u00a0Go',
  },
  de: {
    opensInNewTab: de,
    external: 'externe Website',
    sizeBytes: { other: '{count}\u00a0Byte' },
    sizeKilobytes: '{size}\u00a0kB',
    sizeMegabytes: '{size}\u00a0MB',
    sizeGigabytes: '{size}\u00a0GB',
  },
  en: {
    opensInNewTab: en,
    external: 'external website',
    sizeBytes: { one: '{count}\u00a0byte', other: '{count}\u00a0bytes' },
    sizeKilobytes: '{size}\u00a0kB',
    sizeMegabytes: '{size}\u00a0MB',
    sizeGigabytes: '{size}\u00a0GB',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-link-info': LinkInfoStrings;
  }
}
