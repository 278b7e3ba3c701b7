// What an agency writes inside <bf-footer> in the tests, and the footer's own text.
import { html } from 'lit';

export const alternatives = html`<p slot="alternatives">
  Bel 02 572 57 57 (maandag tot vrijdag, 8.00 tot 17.00 uur) of kom naar het loket.
</p>`;
export const agency = html`<div slot="agency">
  <p><strong>FOD Financiën</strong></p>
  <address>Koning Albert II-laan 33, 1030 Brussel</address>
</div>`;
export const ownLinks = html`<ul slot="links">
  <li><a href="/sitemap">Sitemap</a></li>
</ul>`;

export const footerText = {
  nl: {
    alternativesHeading: 'Liever niet online?',
    links: ['Toegankelijkheidsverklaring', 'Privacyverklaring', 'Cookies', 'Contact'],
    tagline: 'Officiële informatie en diensten',
  },
  fr: {
    alternativesHeading: 'Vous préférez ne pas passer par internet\u00a0?',
    links: ["Déclaration d'accessibilité", 'Déclaration de confidentialité', 'Cookies', 'Contact'],
    tagline: 'Informations et services officiels',
  },
  de: {
    alternativesHeading: 'Lieber nicht online?',
    links: ['Erklärung zur Barrierefreiheit', 'Datenschutzerklärung', 'Cookies', 'Kontakt'],
    tagline: 'Offizielle Informationen und Dienste',
  },
  en: {
    alternativesHeading: 'Prefer not to go online?',
    links: ['Accessibility statement', 'Privacy statement', 'Cookies', 'Contact'],
    tagline: 'Official information and services',
  },
} as const;
