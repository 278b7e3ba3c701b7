// The content an agency writes inside <bf-header> and <bf-footer> in the stories, in the four
// languages, so that the text always matches the story's `lang`.
import { html } from 'lit';
import type { Locale } from './story-context';

export type ChromeText = {
  agency: string;
  signIn: string;
  navigation: readonly [string, string][];
  phone: string;
  address: string;
  enterprise: string;
  sitemap: string;
  title: string;
};

export const chromeText: Readonly<Record<Locale, ChromeText>> = {
  nl: {
    agency: 'FOD Financiën',
    signIn: 'Aanmelden',
    navigation: [
      ['/nl/particulieren', 'Particulieren'],
      ['/nl/ondernemingen', 'Ondernemingen'],
      ['/nl/douane', 'Douane'],
      ['/nl/contact', 'Contact'],
    ],
    phone: 'Bel 02 572 57 57 (werkdagen, 8.00 tot 17.00 uur) of kom naar het loket van uw kantoor.',
    address: 'Koning Albert II-laan 33, 1030 Brussel',
    enterprise: 'Ondernemingsnummer 0308.357.159',
    sitemap: 'Sitemap',
    title: 'Uw belastingaangifte',
  },
  fr: {
    agency: 'SPF Finances',
    signIn: 'Se connecter',
    navigation: [
      ['/fr/particuliers', 'Particuliers'],
      ['/fr/entreprises', 'Entreprises'],
      ['/fr/douane', 'Douane'],
      ['/fr/contact', 'Contact'],
    ],
    phone:
      'Appelez le 02 572 57 57 (jours ouvrables, de 8 h à 17 h) ou venez au guichet de votre bureau.',
    address: 'Boulevard du Roi Albert II 33, 1030 Bruxelles',
    enterprise: "Numéro d'entreprise 0308.357.159",
    sitemap: 'Plan du site',
    title: 'Votre déclaration d’impôt',
  },
  de: {
    agency: 'FÖD Finanzen',
    signIn: 'Anmelden',
    navigation: [
      ['/de/privatpersonen', 'Privatpersonen'],
      ['/de/unternehmen', 'Unternehmen'],
      ['/de/zoll', 'Zoll'],
      ['/de/kontakt', 'Kontakt'],
    ],
    phone:
      'Rufen Sie 02 572 57 57 an (werktags, 8 bis 17 Uhr) oder kommen Sie zum Schalter Ihres Amtes.',
    address: 'Boulevard du Roi Albert II 33, 1030 Brüssel',
    enterprise: 'Unternehmensnummer 0308.357.159',
    sitemap: 'Sitemap',
    title: 'Ihre Steuererklärung',
  },
  en: {
    agency: 'FPS Finance',
    signIn: 'Sign in',
    navigation: [
      ['/en/individuals', 'Individuals'],
      ['/en/businesses', 'Businesses'],
      ['/en/customs', 'Customs'],
      ['/en/contact', 'Contact'],
    ],
    phone: 'Call 02 572 57 57 (working days, 8 am to 5 pm) or come to the counter of your office.',
    address: 'Boulevard du Roi Albert II 33, 1030 Brussels',
    enterprise: 'Enterprise number 0308.357.159',
    sitemap: 'Sitemap',
    title: 'Your tax return',
  },
};

/** The agency link, sign-in and navigation list for bf-header, the first page marked current. */
export function headerContent(text: ChromeText) {
  return html`<a slot="agency" href="#home">${text.agency}</a>
    <a slot="account" href="#sign-in">${text.signIn}</a>
    <ul slot="navigation">
      ${text.navigation.map(
        ([href, label], index) =>
          html`<li>
            <a href=${`#${href}`} aria-current=${index === 0 ? 'page' : 'false'}>${label}</a>
          </li>`,
      )}
    </ul>`;
}

/** The alternatives, agency details and an extra link for bf-footer. */
export function footerContent(text: ChromeText) {
  return html`<p slot="alternatives">${text.phone}</p>
    <div slot="agency">
      <p><strong>${text.agency}</strong></p>
      <address>${text.address}<br />${text.enterprise}</address>
    </div>
    <ul slot="links">
      <li><a href="#sitemap">${text.sitemap}</a></li>
    </ul>`;
}
