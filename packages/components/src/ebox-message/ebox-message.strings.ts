import { defineStrings } from '@belfry/core';

/**
 * The e-Box message view's built-in text. Every language must provide every key. Agencies
 * replace it with `registerStrings(locale, { 'bf-ebox-message': { … } })`. The expiry phrases
 * and the words for missing data come from the e-Box model (`bf-ebox`).
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type EboxMessageStrings = {
  /** Label of the sender in the message's details. */
  from: string;
  /** Label of the message's type ("Tax assessment"). */
  messageType: string;
  /** Label of the person the message is addressed to, when it is not the mailbox's owner. */
  forAttentionOf: string;
  /** Label of the day the message arrived. */
  received: string;
  /** Label of the day the message leaves the e-Box. */
  availableUntil: string;
  /** Shown instead of a received date that is missing or not a date. */
  unknownDate: string;
  /** The heading of the registered-mail notice. */
  registeredHeading: string;
  /** What a registered letter means, in plain words. */
  registeredText: string;
  /** Shown when the message has no text of its own but has documents. */
  contentInAttachments: string;
  /** Heading of the attachments: `{count}` documents. */
  attachmentsHeading: { other: string; one?: string };
  /** The text of a download link: `{title}` is the document's title. */
  download: string;
  /** A document that is the message's main content. */
  mainDocument: string;
  /** A document added to the main one. */
  annex: string;
  signed: string;
  notSigned: string;
  /** A document the page gives no address for. */
  notDownloadable: string;
  paymentHeading: string;
  amount: string;
  dueDate: string;
  iban: string;
  bic: string;
  /** Label of a Belgian structured reference (+++090/9337/55493+++). */
  structuredReference: string;
  /** Label of a free-text payment reference. */
  reference: string;
  /** The visible text of every copy button. Each name below starts with or contains it. */
  copy: string;
  copyAmount: string;
  copyIban: string;
  copyReference: string;
  contactHeading: string;
  /** Introduces the sender's helpdesk: `{sender}` is its name. */
  contactIntro: string;
  phone: string;
  email: string;
  website: string;
  reply: string;
  back: string;
};

export const eboxMessageStrings = defineStrings<EboxMessageStrings>('bf-ebox-message', {
  nl: {
    from: 'Afzender',
    messageType: 'Soort bericht',
    forAttentionOf: 'Ter attentie van',
    received: 'Ontvangen op',
    availableUntil: 'Blijft in uw e-Box tot',
    unknownDate: 'Onbekend',
    registeredHeading: 'Aangetekende zending',
    registeredText:
      'Deze brief heeft dezelfde juridische waarde als een aangetekende brief met de post. Hij geldt als ontvangen, ook als u hem niet opent. Termijnen die erin staan, kunnen dus al lopen.',
    contentInAttachments: 'De inhoud van dit bericht staat in de bijgevoegde documenten.',
    attachmentsHeading: { one: 'Bijgevoegd document', other: 'Bijgevoegde documenten ({count})' },
    download: '{title} downloaden',
    mainDocument: 'Hoofddocument',
    annex: 'Bijlage',
    signed: 'Elektronisch ondertekend',
    notSigned: 'Niet elektronisch ondertekend',
    notDownloadable: 'Kan hier niet worden gedownload',
    paymentHeading: 'Betaling',
    amount: 'Te betalen bedrag',
    dueDate: 'Te betalen uiterlijk op',
    iban: 'Rekeningnummer (IBAN)',
    bic: 'BIC',
    structuredReference: 'Gestructureerde mededeling',
    reference: 'Mededeling',
    copy: 'Kopiëren',
    copyAmount: 'Bedrag kopiëren',
    copyIban: 'Rekeningnummer kopiëren',
    copyReference: 'Mededeling kopiëren',
    contactHeading: 'Vragen over dit bericht?',
    contactIntro: 'Neem contact op met {sender}.',
    phone: 'Telefoon',
    email: 'E-mail',
    website: 'Website',
    reply: 'Antwoorden',
    back: 'Terug naar uw berichten',
  },
  // French typography: a no-break space before the question mark.
  fr: {
    from: 'Expéditeur',
    messageType: 'Type de message',
    forAttentionOf: "À l'attention de",
    received: 'Reçu le',
    availableUntil: "Reste dans votre e-Box jusqu'au",
    unknownDate: 'Inconnue',
    registeredHeading: 'Envoi recommandé',
    registeredText:
      "Cette lettre a la même valeur juridique qu'un recommandé envoyé par la poste. Elle est considérée comme reçue, même si vous ne l'ouvrez pas. Les délais qu'elle mentionne peuvent donc déjà courir.",
    contentInAttachments: 'Le contenu de ce message se trouve dans les documents joints.',
    attachmentsHeading: { one: 'Document joint', other: 'Documents joints ({count})' },
    download: 'Télécharger {title}',
    mainDocument: 'Document principal',
    annex: 'Annexe',
    signed: 'Signé électroniquement',
    notSigned: 'Pas signé électroniquement',
    notDownloadable: 'Ne peut pas être téléchargé ici',
    paymentHeading: 'Paiement',
    amount: 'Montant à payer',
    dueDate: 'À payer au plus tard le',
    iban: 'Numéro de compte (IBAN)',
    bic: 'BIC',
    structuredReference: 'Communication structurée',
    reference: 'Communication',
    copy: 'Copier',
    copyAmount: 'Copier le montant',
    copyIban: 'Copier le numéro de compte',
    copyReference: 'Copier la communication',
    contactHeading: 'Des questions sur ce message\u00a0?',
    contactIntro: 'Contactez {sender}.',
    phone: 'Téléphone',
    email: 'E-mail',
    website: 'Site web',
    reply: 'Répondre',
    back: 'Retour à vos messages',
  },
  de: {
    from: 'Absender',
    messageType: 'Art der Nachricht',
    forAttentionOf: 'Zu Händen von',
    received: 'Erhalten am',
    availableUntil: 'Bleibt in Ihrer e-Box bis',
    unknownDate: 'Unbekannt',
    registeredHeading: 'Einschreiben',
    registeredText:
      'Dieser Brief hat denselben rechtlichen Wert wie ein Einschreiben per Post. Er gilt als zugestellt, auch wenn Sie ihn nicht öffnen. Fristen, die darin stehen, können also schon laufen.',
    contentInAttachments: 'Der Inhalt dieser Nachricht steht in den beigefügten Dokumenten.',
    attachmentsHeading: { one: 'Beigefügtes Dokument', other: 'Beigefügte Dokumente ({count})' },
    download: '{title} herunterladen',
    mainDocument: 'Hauptdokument',
    annex: 'Anlage',
    signed: 'Elektronisch unterschrieben',
    notSigned: 'Nicht elektronisch unterschrieben',
    notDownloadable: 'Kann hier nicht heruntergeladen werden',
    paymentHeading: 'Zahlung',
    amount: 'Zu zahlender Betrag',
    dueDate: 'Zu zahlen bis spätestens',
    iban: 'Kontonummer (IBAN)',
    bic: 'BIC',
    structuredReference: 'Strukturierte Mitteilung',
    reference: 'Mitteilung',
    copy: 'Kopieren',
    copyAmount: 'Betrag kopieren',
    copyIban: 'Kontonummer kopieren',
    copyReference: 'Mitteilung kopieren',
    contactHeading: 'Fragen zu dieser Nachricht?',
    contactIntro: 'Wenden Sie sich an {sender}.',
    phone: 'Telefon',
    email: 'E-Mail',
    website: 'Website',
    reply: 'Antworten',
    back: 'Zurück zu Ihren Nachrichten',
  },
  en: {
    from: 'From',
    messageType: 'Type of message',
    forAttentionOf: 'For the attention of',
    received: 'Received on',
    availableUntil: 'Stays in your e-Box until',
    unknownDate: 'Unknown',
    registeredHeading: 'Registered mail',
    registeredText:
      'This letter has the same legal value as a registered letter sent by post. It counts as received, even if you do not open it. Any deadlines in it may already be running.',
    contentInAttachments: 'The content of this message is in the attached documents.',
    attachmentsHeading: { one: 'Attached document', other: 'Attached documents ({count})' },
    download: 'Download {title}',
    mainDocument: 'Main document',
    annex: 'Annex',
    signed: 'Signed electronically',
    notSigned: 'Not signed electronically',
    notDownloadable: 'Cannot be downloaded here',
    paymentHeading: 'Payment',
    amount: 'Amount to pay',
    dueDate: 'Pay by',
    iban: 'Account number (IBAN)',
    bic: 'BIC',
    structuredReference: 'Structured reference',
    reference: 'Payment reference',
    copy: 'Copy',
    copyAmount: 'Copy the amount',
    copyIban: 'Copy the account number',
    copyReference: 'Copy the reference',
    contactHeading: 'Questions about this message?',
    contactIntro: 'Contact {sender}.',
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
    reply: 'Reply',
    back: 'Back to your messages',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-ebox-message': EboxMessageStrings;
  }
}
