import { defineStrings } from '@belfry/core';

/**
 * The header's built-in text. Every language must provide every key: a missing key, or a
 * misspelt extra one, is a compile error. The comment on each key tells translators where the
 * text appears. Agencies replace it with `registerStrings(locale, { 'bf-header': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type HeaderStrings = {
  /** The federal identity bar, at the very top of every page. */
  official: string;
  /** Opens the explanation under the identity bar. */
  howToKnow: string;
  /** First point of the explanation, in bold: the web address. */
  domainLead: string;
  /** After `domainLead`. */
  domainText: string;
  /** Second point of the explanation, in bold: the secure connection. */
  secureLead: string;
  /** After `secureLead`. */
  secureText: string;
  /** The name of the main navigation landmark, read by screen readers ("Main menu, navigation"). */
  navigation: string;
  /** The button that shows and hides the navigation on small screens. */
  menu: string;
};

export const headerStrings = defineStrings<HeaderStrings>('bf-header', {
  nl: {
    official: 'Een officiële website van de Belgische federale overheid',
    howToKnow: 'Hoe weet u dat?',
    domainLead: 'Officiële websites gebruiken .belgium.be of .fgov.be.',
    domainText:
      'Het adres van een federale website eindigt meestal op .belgium.be of .fgov.be. Twijfelt u? Ga naar belgium.be en volg de link van daaruit.',
    secureLead: 'Beveiligde websites gebruiken https.',
    secureText:
      'Het adres begint met https://. Dan is uw verbinding met de website beveiligd. Geef uw persoonlijke gegevens alleen op een officiële, beveiligde website.',
    navigation: 'Hoofdmenu',
    menu: 'Menu',
  },
  fr: {
    official: "Un site officiel de l'administration fédérale belge",
    howToKnow: 'Comment le savoir\u00a0?',
    domainLead: 'Les sites officiels utilisent .belgium.be ou .fgov.be.',
    domainText:
      "L'adresse d'un site fédéral se termine généralement par .belgium.be ou .fgov.be. En cas de doute, allez sur belgium.be et suivez le lien à partir de là.",
    secureLead: 'Les sites sécurisés utilisent https.',
    secureText:
      "L'adresse commence par https://. Votre connexion au site est alors sécurisée. Ne donnez vos données personnelles que sur un site officiel et sécurisé.",
    navigation: 'Menu principal',
    menu: 'Menu',
  },
  de: {
    official: 'Eine offizielle Website der belgischen Föderalverwaltung',
    howToKnow: 'Woran erkennen Sie das?',
    domainLead: 'Offizielle Websites verwenden .belgium.be oder .fgov.be.',
    domainText:
      'Die Adresse einer föderalen Website endet meist auf .belgium.be oder .fgov.be. Im Zweifel gehen Sie zu belgium.be und folgen dem Link von dort.',
    secureLead: 'Sichere Websites verwenden https.',
    secureText:
      'Die Adresse beginnt mit https://. Dann ist Ihre Verbindung zur Website geschützt. Geben Sie persönliche Daten nur auf einer offiziellen, sicheren Website ein.',
    navigation: 'Hauptmenü',
    menu: 'Menü',
  },
  en: {
    official: 'An official website of the Belgian federal government',
    howToKnow: 'How do you know?',
    domainLead: 'Official websites use .belgium.be or .fgov.be.',
    domainText:
      'The address of a federal website usually ends in .belgium.be or .fgov.be. If in doubt, go to belgium.be and follow the link from there.',
    secureLead: 'Secure websites use https.',
    secureText:
      'The address starts with https://. This means that your connection to the website is secure. Only give your personal details on an official, secure website.',
    navigation: 'Main menu',
    menu: 'Menu',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-header': HeaderStrings;
  }
}
