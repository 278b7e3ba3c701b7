import { defineStrings } from '@belfry/core';

/**
 * The breadcrumbs' built-in text. Every language must provide every key. Agencies replace it with
 * `registerStrings(locale, { 'bf-breadcrumbs': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type BreadcrumbsStrings = {
  /** The name of the navigation landmark, read before the trail. */
  label: string;
};

export const breadcrumbsStrings = defineStrings<BreadcrumbsStrings>('bf-breadcrumbs', {
  nl: { label: 'Kruimelpad' },
  fr: { label: "Fil d'Ariane" },
  de: { label: 'Brotkrumennavigation' },
  en: { label: 'Breadcrumb' },
});

declare global {
  interface BelfryStringsMap {
    'bf-breadcrumbs': BreadcrumbsStrings;
  }
}
