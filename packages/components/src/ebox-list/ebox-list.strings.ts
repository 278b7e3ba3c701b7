import { defineStrings, type PluralMessage } from '@belfry/core';

/**
 * The e-Box list's built-in text. Every language must provide every key. Agencies replace it
 * with `registerStrings(locale, { 'bf-ebox-list': { … } })`. The expiry phrases and the words
 * for a missing subject or sender are the e-Box model's (`'bf-ebox'`).
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type EboxListStrings = {
  /** The name of the list of messages. */
  label: string;
  /** "3 unread messages of 128": `{count}` unread, `{total}` in the mailbox. */
  summary: PluralMessage;
  /** How many messages match the search and filters, shown and announced. */
  results: PluralMessage;
  /** The name of the search and filter form (a search landmark). */
  filters: string;
  search: string;
  readStatus: string;
  readAll: string;
  readUnread: string;
  readRead: string;
  sender: string;
  senderAll: string;
  messageType: string;
  messageTypeAll: string;
  registeredOnly: string;
  /** The disclosure holding the sender, type, registered-mail and date filters. */
  moreFilters: string;
  receivedBetween: string;
  receivedFrom: string;
  receivedTo: string;
  sort: string;
  sortNewest: string;
  sortOldest: string;
  sortExpirySoonest: string;
  sortExpiryLatest: string;
  clear: string;
  /** The name of the bulk actions group. */
  bulk: string;
  selectPage: string;
  /** The name of each message's checkbox. */
  selectMessage: string;
  selected: PluralMessage;
  markRead: string;
  markUnread: string;
  archive: string;
  /** Said when a bulk action is pressed with nothing selected. */
  selectFirst: string;
  unread: string;
  registeredMail: string;
  received: string;
  receivedUnknown: string;
  attachments: PluralMessage;
  payment: string;
  paymentAmount: string;
  paymentBy: string;
  paymentRequested: string;
  loading: string;
  empty: string;
  noResults: string;
  error: string;
  retry: string;
};

export const eboxListStrings = defineStrings<EboxListStrings>('bf-ebox-list', {
  nl: {
    label: 'Berichten',
    summary: {
      one: '{count} ongelezen bericht van {total}',
      other: '{count} ongelezen berichten van {total}',
    },
    results: { one: '{count} bericht gevonden', other: '{count} berichten gevonden' },
    filters: 'Berichten zoeken en filteren',
    search: 'Zoeken in onderwerp en afzender',
    readStatus: 'Gelezen of ongelezen',
    readAll: 'Alle berichten',
    readUnread: 'Alleen ongelezen',
    readRead: 'Alleen gelezen',
    sender: 'Afzender',
    senderAll: 'Alle afzenders',
    messageType: 'Soort bericht',
    messageTypeAll: 'Alle soorten',
    registeredOnly: 'Alleen aangetekende zendingen',
    moreFilters: 'Meer filters',
    receivedBetween: 'Ontvangen tussen',
    receivedFrom: 'Van',
    receivedTo: 'Tot en met',
    sort: 'Sorteren',
    sortNewest: 'Nieuwste eerst',
    sortOldest: 'Oudste eerst',
    sortExpirySoonest: 'Eerst vervallend eerst',
    sortExpiryLatest: 'Laatst vervallend eerst',
    clear: 'Filters wissen',
    bulk: 'Geselecteerde berichten',
    selectPage: 'Alle berichten op deze pagina selecteren',
    selectMessage: 'Selecteren: {subject}',
    selected: { one: '{count} bericht geselecteerd', other: '{count} berichten geselecteerd' },
    markRead: 'Markeren als gelezen',
    markUnread: 'Markeren als ongelezen',
    archive: 'Archiveren',
    selectFirst: 'Selecteer eerst een of meer berichten.',
    unread: 'Ongelezen',
    registeredMail: 'Aangetekend',
    received: 'Ontvangen op {date}',
    receivedUnknown: 'Ontvangstdatum onbekend',
    attachments: { one: '{count} bijlage', other: '{count} bijlagen' },
    payment: 'Te betalen: {amount} vóór {date}',
    paymentAmount: 'Te betalen: {amount}',
    paymentBy: 'Te betalen vóór {date}',
    paymentRequested: 'Betaling gevraagd',
    loading: 'Berichten worden geladen',
    empty: 'Er zijn geen berichten in uw e-Box.',
    noResults: 'Geen berichten gevonden. Pas uw zoekopdracht of filters aan.',
    error: 'Uw berichten konden niet worden geladen.',
    retry: 'Opnieuw proberen',
  },
  fr: {
    label: 'Messages',
    summary: {
      one: '{count} message non lu sur {total}',
      other: '{count} messages non lus sur {total}',
    },
    results: { one: '{count} message trouvé', other: '{count} messages trouvés' },
    filters: 'Rechercher et filtrer les messages',
    search: 'Rechercher dans l’objet et l’expéditeur',
    readStatus: 'Lu ou non lu',
    readAll: 'Tous les messages',
    readUnread: 'Non lus uniquement',
    readRead: 'Lus uniquement',
    sender: 'Expéditeur',
    senderAll: 'Tous les expéditeurs',
    messageType: 'Type de message',
    messageTypeAll: 'Tous les types',
    registeredOnly: 'Envois recommandés uniquement',
    moreFilters: 'Plus de filtres',
    receivedBetween: 'Reçu entre',
    receivedFrom: 'Du',
    receivedTo: 'Au',
    sort: 'Trier',
    sortNewest: 'Les plus récents d’abord',
    sortOldest: 'Les plus anciens d’abord',
    sortExpirySoonest: 'Expiration la plus proche d’abord',
    sortExpiryLatest: 'Expiration la plus lointaine d’abord',
    clear: 'Effacer les filtres',
    bulk: 'Messages sélectionnés',
    selectPage: 'Sélectionner tous les messages de cette page',
    selectMessage: 'Sélectionner : {subject}',
    selected: { one: '{count} message sélectionné', other: '{count} messages sélectionnés' },
    markRead: 'Marquer comme lu',
    markUnread: 'Marquer comme non lu',
    archive: 'Archiver',
    selectFirst: 'Sélectionnez d’abord un ou plusieurs messages.',
    unread: 'Non lu',
    registeredMail: 'Recommandé',
    received: 'Reçu le {date}',
    receivedUnknown: 'Date de réception inconnue',
    attachments: { one: '{count} pièce jointe', other: '{count} pièces jointes' },
    payment: 'À payer : {amount} avant le {date}',
    paymentAmount: 'À payer : {amount}',
    paymentBy: 'À payer avant le {date}',
    paymentRequested: 'Paiement demandé',
    loading: 'Chargement des messages',
    empty: 'Votre e-Box ne contient aucun message.',
    noResults: 'Aucun message trouvé. Modifiez votre recherche ou vos filtres.',
    error: 'Vos messages n’ont pas pu être chargés.',
    retry: 'Réessayer',
  },
  de: {
    label: 'Nachrichten',
    summary: {
      one: '{count} ungelesene Nachricht von {total}',
      other: '{count} ungelesene Nachrichten von {total}',
    },
    results: { one: '{count} Nachricht gefunden', other: '{count} Nachrichten gefunden' },
    filters: 'Nachrichten suchen und filtern',
    search: 'In Betreff und Absender suchen',
    readStatus: 'Gelesen oder ungelesen',
    readAll: 'Alle Nachrichten',
    readUnread: 'Nur ungelesene',
    readRead: 'Nur gelesene',
    sender: 'Absender',
    senderAll: 'Alle Absender',
    messageType: 'Art der Nachricht',
    messageTypeAll: 'Alle Arten',
    registeredOnly: 'Nur Einschreiben',
    moreFilters: 'Weitere Filter',
    receivedBetween: 'Erhalten zwischen',
    receivedFrom: 'Vom',
    receivedTo: 'Bis',
    sort: 'Sortieren',
    sortNewest: 'Neueste zuerst',
    sortOldest: 'Älteste zuerst',
    sortExpirySoonest: 'Bald ablaufende zuerst',
    sortExpiryLatest: 'Spät ablaufende zuerst',
    clear: 'Filter löschen',
    bulk: 'Ausgewählte Nachrichten',
    selectPage: 'Alle Nachrichten auf dieser Seite auswählen',
    selectMessage: 'Auswählen: {subject}',
    selected: {
      one: '{count} Nachricht ausgewählt',
      other: '{count} Nachrichten ausgewählt',
    },
    markRead: 'Als gelesen markieren',
    markUnread: 'Als ungelesen markieren',
    archive: 'Archivieren',
    selectFirst: 'Wählen Sie zuerst eine oder mehrere Nachrichten aus.',
    unread: 'Ungelesen',
    registeredMail: 'Einschreiben',
    received: 'Erhalten am {date}',
    receivedUnknown: 'Eingangsdatum unbekannt',
    attachments: { one: '{count} Anhang', other: '{count} Anhänge' },
    payment: 'Zu zahlen: {amount} bis {date}',
    paymentAmount: 'Zu zahlen: {amount}',
    paymentBy: 'Zu zahlen bis {date}',
    paymentRequested: 'Zahlung angefordert',
    loading: 'Nachrichten werden geladen',
    empty: 'Ihre e-Box enthält keine Nachrichten.',
    noResults: 'Keine Nachrichten gefunden. Ändern Sie Ihre Suche oder Ihre Filter.',
    error: 'Ihre Nachrichten konnten nicht geladen werden.',
    retry: 'Erneut versuchen',
  },
  en: {
    label: 'Messages',
    summary: {
      one: '{count} unread message of {total}',
      other: '{count} unread messages of {total}',
    },
    results: { one: '{count} message found', other: '{count} messages found' },
    filters: 'Search and filter messages',
    search: 'Search in subject and sender',
    readStatus: 'Read or unread',
    readAll: 'All messages',
    readUnread: 'Unread only',
    readRead: 'Read only',
    sender: 'Sender',
    senderAll: 'All senders',
    messageType: 'Type of message',
    messageTypeAll: 'All types',
    registeredOnly: 'Registered mail only',
    moreFilters: 'More filters',
    receivedBetween: 'Received between',
    receivedFrom: 'From',
    receivedTo: 'To',
    sort: 'Sort',
    sortNewest: 'Newest first',
    sortOldest: 'Oldest first',
    sortExpirySoonest: 'Expiring soonest first',
    sortExpiryLatest: 'Expiring latest first',
    clear: 'Clear filters',
    bulk: 'Selected messages',
    selectPage: 'Select all messages on this page',
    selectMessage: 'Select: {subject}',
    selected: { one: '{count} message selected', other: '{count} messages selected' },
    markRead: 'Mark as read',
    markUnread: 'Mark as unread',
    archive: 'Archive',
    selectFirst: 'Select one or more messages first.',
    unread: 'Unread',
    registeredMail: 'Registered mail',
    received: 'Received on {date}',
    receivedUnknown: 'Date of receipt unknown',
    attachments: { one: '{count} attachment', other: '{count} attachments' },
    payment: 'To pay: {amount} by {date}',
    paymentAmount: 'To pay: {amount}',
    paymentBy: 'To pay by {date}',
    paymentRequested: 'Payment requested',
    loading: 'Loading messages',
    empty: 'There are no messages in your e-Box.',
    noResults: 'No messages found. Change your search or filters.',
    error: 'Your messages could not be loaded.',
    retry: 'Try again',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-ebox-list': EboxListStrings;
  }
}
