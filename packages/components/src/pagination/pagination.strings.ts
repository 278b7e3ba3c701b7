import { defineStrings } from '@belfry/core';

/**
 * The pagination's built-in text. Every language must provide every key. Agencies replace it
 * with `registerStrings(locale, { 'bf-pagination': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type PaginationStrings = {
  /** The name of the navigation landmark. */
  label: string;
  /** Where the citizen is, read first in the landmark and shown on small screens. */
  status: string;
  /** The name of each page number, read instead of the number alone. */
  page: string;
  /** The link (or button) to the page before. */
  previous: string;
  /** The link (or button) to the page after. */
  next: string;
};

export const paginationStrings = defineStrings<PaginationStrings>('bf-pagination', {
  nl: {
    label: 'Paginanavigatie',
    status: 'Pagina {current} van {total}',
    page: 'Pagina {page}',
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
  },
  fr: {
    label: 'Pagination',
    status: 'Page {current} sur {total}',
    page: 'Page {page}',
    previous: 'Page précédente',
    next: 'Page suivante',
  },
  de: {
    label: 'Seitennavigation',
    status: 'Seite {current} von {total}',
    page: 'Seite {page}',
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
  },
  en: {
    label: 'Pagination',
    status: 'Page {current} of {total}',
    page: 'Page {page}',
    previous: 'Previous page',
    next: 'Next page',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-pagination': PaginationStrings;
  }
}
