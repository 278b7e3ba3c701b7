import { linkInfoStrings, type ComponentStrings, type LinkInfoStrings } from '@belfry/core';

/**
 * The link's text: the link phrases every Belfry link shares ("opens in a new tab", "external
 * website", file sizes), from `@belfry/core`. Replace them for links only with
 * `registerStrings(locale, { 'bf-link': { … } })`, or for every element that shows them (links,
 * buttons that are links) with `registerStrings(locale, { 'bf-link-info': { … } })`.
 */
export type LinkStrings = LinkInfoStrings;

export const linkStrings: ComponentStrings<LinkStrings> = {
  namespace: 'bf-link',
  catalogs: linkInfoStrings.catalogs,
  sharedNamespaces: [linkInfoStrings.namespace],
};

declare global {
  interface BelfryStringsMap {
    'bf-link': LinkStrings;
  }
}
