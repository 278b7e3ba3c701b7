import { defineStrings } from '@belfry/core';

/**
 * The footer's built-in text. Every language must provide every key: a missing key, or a
 * misspelt extra one, is a compile error. The comment on each key tells translators where the
 * text appears. Agencies replace it with `registerStrings(locale, { 'bf-footer': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type FooterStrings = {
  /** Heading above the other ways to reach the agency (phone, post, counter). */
  alternativesHeading: string;
  /** Link to the accessibility statement (`accessibility-href`). */
  accessibility: string;
  /** Link to the privacy statement (`privacy-href`). */
  privacy: string;
  /** Link to the page about cookies (`cookies-href`). */
  cookies: string;
  /** Link to the contact page (`contact-href`). */
  contact: string;
  /** After "belgium.be" on the last line: the portal's tagline. */
  federalTagline: string;
};

export const footerStrings = defineStrings<FooterStrings>('bf-footer', {
  nl: {
    alternativesHeading: 'Liever niet online?',
    accessibility: 'Toegankelijkheidsverklaring',
    privacy: 'Privacyverklaring',
    cookies: 'Cookies',
    contact: 'Contact',
    federalTagline: 'Officiële informatie en diensten',
  },
  fr: {
    alternativesHeading: 'Vous préférez ne pas passer par internet\u00a0?',
    accessibility: "Déclaration d'accessibilité",
    privacy: 'Déclaration de confidentialité',
    cookies: 'Cookies',
    contact: 'Contact',
    federalTagline: 'Informations et services officiels',
  },
  de: {
    alternativesHeading: 'Lieber nicht online?',
    accessibility: 'Erklärung zur Barrierefreiheit',
    privacy: 'Datenschutzerklärung',
    cookies: 'Cookies',
    contact: 'Kontakt',
    federalTagline: 'Offizielle Informationen und Dienste',
  },
  en: {
    alternativesHeading: 'Prefer not to go online?',
    accessibility: 'Accessibility statement',
    privacy: 'Privacy statement',
    cookies: 'Cookies',
    contact: 'Contact',
    federalTagline: 'Official information and services',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-footer': FooterStrings;
  }
}
