import { defineStrings } from '@belfry/core';

/**
 * The e-Box model's own text: the phrases every e-Box component shows for a message's expiry
 * and for data that is missing. Every language must provide every key. Agencies replace it with
 * `registerStrings(locale, { 'bf-ebox': { … } })`; an element's `strings` override also applies
 * when the element asks through its own `LocalizeController`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type EboxModelStrings = {
  /** A message that expires later than the urgent threshold, more than a month away. */
  expiresOn: string;
  /** A message that expires within a month: `{count}` whole days from today. */
  expiresIn: { other: string; one?: string };
  /** A message that expires at the end of today. */
  expiresToday: string;
  /** A message whose expiry date has passed. */
  expired: string;
  /** Shown instead of a subject that is missing in every language. */
  noSubject: string;
  /** Shown instead of a sender that is missing. */
  unknownSender: string;
};

export const eboxModelStrings = defineStrings<EboxModelStrings>('bf-ebox', {
  nl: {
    expiresOn: 'Vervalt op {date}',
    expiresIn: { one: 'Vervalt over {count} dag', other: 'Vervalt over {count} dagen' },
    expiresToday: 'Vervalt vandaag',
    expired: 'Vervallen',
    noSubject: 'Geen onderwerp',
    unknownSender: 'Onbekende afzender',
  },
  fr: {
    expiresOn: 'Expire le {date}',
    expiresIn: { one: 'Expire dans {count} jour', other: 'Expire dans {count} jours' },
    expiresToday: 'Expire aujourd’hui',
    expired: 'Expiré',
    noSubject: 'Sans objet',
    unknownSender: 'Expéditeur inconnu',
  },
  de: {
    expiresOn: 'Läuft am {date} ab',
    expiresIn: { one: 'Läuft in {count} Tag ab', other: 'Läuft in {count} Tagen ab' },
    expiresToday: 'Läuft heute ab',
    expired: 'Abgelaufen',
    noSubject: 'Ohne Betreff',
    unknownSender: 'Unbekannter Absender',
  },
  en: {
    expiresOn: 'Expires on {date}',
    expiresIn: { one: 'Expires in {count} day', other: 'Expires in {count} days' },
    expiresToday: 'Expires today',
    expired: 'Expired',
    noSubject: 'No subject',
    unknownSender: 'Unknown sender',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-ebox': EboxModelStrings;
  }
}
