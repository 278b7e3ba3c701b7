// What an agency writes inside <bf-header> in the tests: the agency, sign-in and a navigation
// list, in Dutch (the tests change the language around it).
import { html } from 'lit';

export const agency = html`<a slot="agency" href="/">FOD Financiën</a>`;
export const account = html`<a slot="account" href="/aanmelden">Aanmelden</a>`;
export const navigation = html`<ul slot="navigation">
  <li><a href="/belastingen" aria-current="page">Belastingen</a></li>
  <li><a href="/btw">Btw</a></li>
  <li><a href="/douane">Douane</a></li>
  <li><a href="/contact">Contact</a></li>
</ul>`;

/** A narrow header: the width of a 320 px screen. */
export const narrow = 'inline-size: 320px';
/** A wide header: a 1280 px screen, wider than the test window may be, inside a scroller. */
export const wide = 'inline-size: 1024px';

/** The header's built-in text in each language, as citizens read it. */
export const headerText = {
  nl: {
    official: 'Een officiële website van de Belgische federale overheid',
    howToKnow: 'Hoe weet u dat?',
    navigation: 'Hoofdmenu',
    menu: 'Menu',
  },
  fr: {
    official: "Un site officiel de l'administration fédérale belge",
    howToKnow: 'Comment le savoir\u00a0?',
    navigation: 'Menu principal',
    menu: 'Menu',
  },
  de: {
    official: 'Eine offizielle Website der belgischen Föderalverwaltung',
    howToKnow: 'Woran erkennen Sie das?',
    navigation: 'Hauptmenü',
    menu: 'Menü',
  },
  en: {
    official: 'An official website of the Belgian federal government',
    howToKnow: 'How do you know?',
    navigation: 'Main menu',
    menu: 'Menu',
  },
} as const;
