// The page frame every pattern shares: the skip link, the federal header (agency, navigation,
// language switcher, sign-in or the signed-in account), the main landmark the page fills, and the
// federal footer with its mandatory links and the non-digital alternatives. One frame, so that
// the page template, the signed-in overview and the error pages show the same site around their
// content, as a real site does.
import { html, nothing, type TemplateResult } from 'lit';
import '@belfry/components/skip-link';
import '@belfry/components/header';
import '@belfry/components/language-switcher';
import '@belfry/components/footer';
import '@belfry/components/alternative-channels';
import { hours, phone, storyNow } from '../help-content.js';
import type { Locale } from '../story-context';

/** The site's own words around every page, as the agency writes them. */
export interface FrameText {
  skip: string;
  agency: string;
  home: string;
  navigation: readonly [string, string, string, string];
  signIn: string;
  signOut: string;
  /** Said before the signed-in person's name, for screen readers and on the profile link. */
  signedInAs: string;
  office: readonly [string, string, string];
  address: string;
}

export const frameText: Readonly<Record<Locale, FrameText>> = {
  nl: {
    skip: 'Naar de hoofdinhoud',
    agency: 'FOD Financiën',
    home: 'Home',
    navigation: ['Belastingen', 'Woning', 'Ondernemingen', 'Contact'],
    signIn: 'Aanmelden',
    signOut: 'Afmelden',
    signedInAs: 'Aangemeld als',
    office: ['Financiëntoren', 'Kruidtuinlaan 50', '1000 Brussel'],
    address: 'FOD Financiën, Koning Albert II-laan 33, 1030 Brussel',
  },
  fr: {
    skip: 'Aller au contenu principal',
    agency: 'SPF Finances',
    home: 'Accueil',
    navigation: ['Impôts', 'Logement', 'Entreprises', 'Contact'],
    signIn: 'Se connecter',
    signOut: 'Se déconnecter',
    signedInAs: 'Connecté en tant que',
    office: ['Tour des Finances', 'Boulevard du Jardin Botanique 50', '1000 Bruxelles'],
    address: 'SPF Finances, boulevard du Roi Albert II 33, 1030 Bruxelles',
  },
  de: {
    skip: 'Zum Hauptinhalt springen',
    agency: 'FÖD Finanzen',
    home: 'Startseite',
    navigation: ['Steuern', 'Wohnung', 'Unternehmen', 'Kontakt'],
    signIn: 'Anmelden',
    signOut: 'Abmelden',
    signedInAs: 'Angemeldet als',
    office: ['Finanzturm', 'Boulevard du Jardin Botanique 50', '1000 Brüssel'],
    address: 'FÖD Finanzen, Boulevard du Roi Albert II 33, 1030 Brüssel',
  },
  en: {
    skip: 'Skip to main content',
    agency: 'FPS Finance',
    home: 'Home',
    navigation: ['Taxes', 'Housing', 'Businesses', 'Contact'],
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as',
    office: ['Finance Tower', 'Boulevard du Jardin Botanique 50', '1000 Brussels'],
    address: 'FPS Finance, Boulevard du Roi Albert II 33, 1030 Brussels',
  },
};

/** What a page puts in the frame. */
export interface FrameOptions {
  /** The page's content, inside the main landmark. */
  main: TemplateResult;
  /** The signed-in person's name; without it the header offers sign-in. */
  signedIn?: string;
  /** The navigation item this page belongs to (from 0), or none. */
  current?: number;
  /** The moment the phone line's open-now state is counted from (fixed, so stories do not drift). */
  now?: Date;
}

/** What a page adds around the components: its width and the space around its main content. */
export const pageStyles = `
  .page-main {
    box-sizing: border-box;
    max-inline-size: var(--bf-content-max-width, 48rem);
    margin-inline: auto;
    padding: var(--bf-space-4, 1rem);
  }
  /* Long Dutch and German words wrap instead of pushing the page sideways at 320 px. */
  .page-main h1,
  .page-main h2,
  .page-main h3 {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .page-news {
    padding-inline-start: var(--bf-space-5, 1.5rem);
  }
  /* Lists of procedures and next steps: a rule between items, no bullets. */
  .page-items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .page-items > li {
    padding-block: var(--bf-space-3, 0.75rem);
    border-block-end: var(--bf-border-width-thin, 0.0625rem) solid
      var(--bf-color-border, #8a9099);
  }
  .page-items p {
    margin-block: var(--bf-space-1, 0.25rem);
  }
  /* Links one under the other: room around each, so a finger hits the right one (WCAG 2.5.8). */
  .page-links > li {
    padding-block: var(--bf-space-2, 0.5rem);
  }
  /* Read by screen readers, not shown: "Signed in as" before the name. */
  .page-visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .page-search {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--bf-space-3, 0.75rem);
  }
`;

/** Adds the page's own styles to the document once. */
export function addPageStyles(): void {
  if (document.getElementById('bf-page-template-styles')) return;
  const style = document.createElement('style');
  style.id = 'bf-page-template-styles';
  style.textContent = pageStyles;
  document.head.append(style);
}

const lines = (parts: readonly string[]) =>
  parts.map((part, index) => html`${index ? html`<br />` : nothing}${part}`);

/** The whole page: the frame around `options.main`. */
export function pageFrame(locale: Locale, options: FrameOptions): TemplateResult {
  const t = frameText[locale];
  const current = options.current ?? -1;
  const now = options.now ?? storyNow;
  // The skip link as the page writes it: it works before and without the script, and checkers
  // that look for a skip link in the page's own tree find it there.
  return html`<bf-skip-link><a href="#main">${t.skip}</a></bf-skip-link>
    <bf-header>
      <a slot="agency" href="#home">${t.agency}</a>
      <ul slot="navigation">
        ${t.navigation.map(
          (item, index) =>
            html`<li>
              <a href="#nav-${index}" aria-current=${index === current ? 'page' : 'false'}
                >${item}</a
              >
            </li>`,
        )}
      </ul>
      ${
        options.signedIn
          ? // The name leads to the profile; "Signed in as" is said before it, so a screen
            // reader user knows what the name is, and the visible name is in the link's name.
            html`<a slot="account" href="#profile"
                ><span class="page-visually-hidden">${t.signedInAs} </span>${options.signedIn}</a
              >
              <a slot="account" href="#sign-out">${t.signOut}</a>`
          : html`<a slot="account" href="#sign-in">${t.signIn}</a>`
      }
      <bf-language-switcher slot="language" href-template="?lang={lang}"></bf-language-switcher>
    </bf-header>
    <main id="main" class="page-main">${options.main}</main>
    <bf-footer
      accessibility-href="#accessibility"
      privacy-href="#privacy"
      cookies-href="#cookies"
      contact-href="#contact"
    >
      <bf-alternative-channels slot="alternatives" variant="footer">
        <bf-channel kind="phone" value=${phone} hours=${hours} cost="free" .now=${now}></bf-channel>
        <bf-channel kind="office" hours="Mo-Th 09:00-12:00" by-appointment .now=${now}>
          <address slot="address">${lines(t.office)}</address>
        </bf-channel>
      </bf-alternative-channels>
      <div slot="agency">
        <p>${t.address}</p>
      </div>
    </bf-footer>`;
}
