import { defineStrings } from '@belfry/core';

/**
 * The alternative-channels block's built-in text. Agencies replace it with
 * `registerStrings(locale, { 'bf-alternative-channels': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type AlternativeChannelsStrings = {
  /** The heading above the channels, and the button of the compact variant. */
  heading: string;
};

export const alternativeChannelsStrings = defineStrings<AlternativeChannelsStrings>(
  'bf-alternative-channels',
  {
    nl: { heading: 'Liever niet online?' },
    // French typography puts a no-break space before the question mark.
    fr: { heading: 'Vous préférez ne pas le faire en ligne\u00a0?' },
    de: { heading: 'Lieber nicht online?' },
    en: { heading: 'Prefer not to do this online?' },
  },
);

/**
 * A channel's built-in text. Agencies replace it with
 * `registerStrings(locale, { 'bf-channel': { … } })`.
 */
export type ChannelStrings = {
  /** The title of each kind of channel. */
  phone: string;
  post: string;
  office: string;
  email: string;
  /** The cost of a call, from the `cost` attribute. */
  costFree: string;
  costNormal: string;
  /** `{languages}` lists the languages in the page's language: "Dutch, French and German". */
  languages: string;
  /** An office that sees people only by appointment. */
  byAppointment: string;
  /** Physical access to an office. */
  stepFree: string;
  inductionLoop: string;
};

export const channelStrings = defineStrings<ChannelStrings>('bf-channel', {
  nl: {
    phone: 'Telefonisch',
    post: 'Per post',
    office: 'Aan het loket',
    email: 'Per e-mail',
    costFree: 'Gratis nummer',
    costNormal: 'Gewoon tarief',
    languages: 'Wij spreken {languages}.',
    byAppointment: 'Alleen op afspraak.',
    stepFree: 'Toegang zonder trappen',
    inductionLoop: 'Ringleiding voor hoorapparaten',
  },
  fr: {
    phone: 'Par téléphone',
    post: 'Par courrier',
    office: 'Au guichet',
    email: 'Par e-mail',
    costFree: 'Numéro gratuit',
    costNormal: 'Tarif normal',
    languages: 'Nous parlons {languages}.',
    byAppointment: 'Uniquement sur rendez-vous.',
    stepFree: 'Accès de plain-pied',
    inductionLoop: 'Boucle magnétique pour appareils auditifs',
  },
  de: {
    phone: 'Telefonisch',
    post: 'Per Post',
    office: 'Am Schalter',
    email: 'Per E-Mail',
    costFree: 'Kostenlose Nummer',
    costNormal: 'Normaler Tarif',
    languages: 'Wir sprechen {languages}.',
    byAppointment: 'Nur nach Terminvereinbarung.',
    stepFree: 'Stufenloser Zugang',
    inductionLoop: 'Induktionsschleife für Hörgeräte',
  },
  en: {
    phone: 'By phone',
    post: 'By post',
    office: 'At the counter',
    email: 'By email',
    costFree: 'Free number',
    costNormal: 'Normal call rate',
    languages: 'We speak {languages}.',
    byAppointment: 'By appointment only.',
    stepFree: 'Step-free access',
    inductionLoop: 'Induction loop for hearing aids',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-alternative-channels': AlternativeChannelsStrings;
    'bf-channel': ChannelStrings;
  }
}
