import { defineStrings } from '@belfry/core';

/**
 * The help widget's built-in text. Every language must provide every key. Agencies replace it
 * with `registerStrings(locale, { 'bf-help': { … } })`, or per element with `strings`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type HelpStrings = {
  /** The help entry's heading and button, and the dialog's heading. */
  heading: string;
  callHeading: string;
  /** Before the phone number, for screen readers and print: "Phone: 02 …". */
  callNumber: string;
  callbackHeading: string;
  callbackIntro: string;
  /** Where no `requestCallback` handler is set: the option cannot work. */
  callbackUnavailable: string;
  nameLabel: string;
  phoneLabel: string;
  phoneHint: string;
  languageLabel: string;
  slotLabel: string;
  slotAny: string;
  slotMorning: string;
  slotAfternoon: string;
  topicLabel: string;
  topicHint: string;
  send: string;
  retry: string;
  failedHeading: string;
  failedText: string;
  offlineText: string;
  sentHeading: string;
  sentReference: string;
  sentText: string;
  assistantHeading: string;
  assistantText: string;
  assistantStart: string;
  assistantHandover: string;
  finderHeading: string;
  finderText: string;
  postalCodeLabel: string;
  search: string;
  results: { one: string; other: string };
  noResults: string;
  kindHelper: string;
  kindCounter: string;
  closenessPostalCode: string;
  closenessMunicipality: string;
  closenessArea: string;
  closenessRegion: string;
  moreAbout: string;
  appointmentHeading: string;
  appointmentLink: string;
};

export const helpStrings = defineStrings<HelpStrings>('bf-help', {
  nl: {
    heading: 'Hulp nodig?',
    callHeading: 'Bel ons',
    callNumber: 'Telefoon:',
    callbackHeading: 'Vraag dat we u terugbellen',
    callbackIntro: 'Laat uw nummer achter. We bellen u terug op een werkdag.',
    callbackUnavailable: 'U kunt op deze pagina niet vragen om teruggebeld te worden. Bel ons.',
    nameLabel: 'Uw naam',
    phoneLabel: 'Uw telefoonnummer',
    phoneHint: 'Een Belgisch nummer, bijvoorbeeld 0470 12 34 56',
    languageLabel: 'In welke taal bellen we u?',
    slotLabel: 'Wanneer mogen we u bellen?',
    slotAny: 'Op elk moment',
    slotMorning: 'In de voormiddag (9.00 tot 12.00 uur)',
    slotAfternoon: 'In de namiddag (13.00 tot 16.00 uur)',
    topicLabel: 'Waarover gaat uw vraag?',
    topicHint: 'In een paar woorden. Schrijf hier geen rijksregisternummer.',
    send: 'Mijn vraag versturen',
    retry: 'Opnieuw proberen',
    failedHeading: 'Uw vraag is niet verstuurd',
    failedText:
      'Er ging bij ons iets mis. Uw antwoorden staan er nog. Probeer het opnieuw of bel ons.',
    offlineText:
      'U bent niet verbonden met het internet. Uw antwoorden staan er nog. Probeer het opnieuw zodra u verbonden bent.',
    sentHeading: 'We bellen u terug',
    sentReference: 'Uw referentienummer:',
    sentText: 'We bellen u op {phone}. Houd uw referentienummer bij de hand.',
    assistantHeading: 'Vraag het aan de digitale assistent',
    assistantText:
      'Die beantwoordt algemene vragen, dag en nacht. Het is een computerprogramma, geen mens.',
    assistantStart: 'De digitale assistent starten',
    assistantHandover:
      'De digitale assistent wordt geopend. Kan die u niet helpen, dan helpt een medewerker u verder: bel ons of vraag dat we u terugbellen.',
    finderHeading: 'Vind een digitale helper of een loket in uw buurt',
    finderText: 'Digitale helpers helpen u gratis om uw zaken online te regelen.',
    postalCodeLabel: 'Uw postcode',
    search: 'Zoeken',
    results: {
      one: '{count} plaats gevonden bij {postalCode}',
      other: '{count} plaatsen gevonden bij {postalCode}',
    },
    noResults:
      'Geen digitale helper of loket gevonden bij {postalCode}. Bel ons: we zeggen u waar u terechtkunt.',
    kindHelper: 'Digitale helper',
    kindCounter: 'Loket',
    closenessPostalCode: 'In uw postcode',
    closenessMunicipality: 'In uw gemeente',
    closenessArea: 'In de buurt',
    closenessRegion: 'In uw streek',
    moreAbout: 'Meer over {name}',
    appointmentHeading: 'Een afspraak maken',
    appointmentLink: 'Online een afspraak maken',
  },
  fr: {
    heading: 'Besoin d’aide ?',
    callHeading: 'Appelez-nous',
    callNumber: 'Téléphone :',
    callbackHeading: 'Demandez-nous de vous rappeler',
    callbackIntro: 'Laissez votre numéro. Nous vous rappelons un jour ouvrable.',
    callbackUnavailable:
      'Vous ne pouvez pas demander à être rappelé depuis cette page. Appelez-nous.',
    nameLabel: 'Votre nom',
    phoneLabel: 'Votre numéro de téléphone',
    phoneHint: 'Un numéro belge, par exemple 0470 12 34 56',
    languageLabel: 'Dans quelle langue devons-nous vous appeler ?',
    slotLabel: 'Quand pouvons-nous vous appeler ?',
    slotAny: 'À tout moment',
    slotMorning: 'Le matin (de 9 h à 12 h)',
    slotAfternoon: 'L’après-midi (de 13 h à 16 h)',
    topicLabel: 'Quel est le sujet de votre question ?',
    topicHint: 'En quelques mots. N’écrivez pas ici de numéro de registre national.',
    send: 'Envoyer ma demande',
    retry: 'Réessayer',
    failedHeading: 'Votre demande n’a pas été envoyée',
    failedText:
      'Un problème est survenu chez nous. Vos réponses sont conservées. Réessayez ou appelez-nous.',
    offlineText:
      'Vous n’êtes pas connecté à internet. Vos réponses sont conservées. Réessayez une fois connecté.',
    sentHeading: 'Nous vous rappellerons',
    sentReference: 'Votre numéro de référence :',
    sentText: 'Nous vous appellerons au {phone}. Gardez votre numéro de référence sous la main.',
    assistantHeading: 'Demandez à l’assistant numérique',
    assistantText:
      'Il répond aux questions générales, jour et nuit. C’est un programme informatique, pas une personne.',
    assistantStart: 'Lancer l’assistant numérique',
    assistantHandover:
      'L’assistant numérique s’ouvre. S’il ne peut pas vous aider, une personne prendra le relais : appelez-nous ou demandez-nous de vous rappeler.',
    finderHeading: 'Trouvez un aidant numérique ou un guichet près de chez vous',
    finderText: 'Les aidants numériques vous aident gratuitement à faire vos démarches en ligne.',
    postalCodeLabel: 'Votre code postal',
    search: 'Rechercher',
    results: {
      one: '{count} lieu trouvé près de {postalCode}',
      other: '{count} lieux trouvés près de {postalCode}',
    },
    noResults:
      'Aucun aidant numérique ni guichet trouvé près de {postalCode}. Appelez-nous : nous vous dirons où aller.',
    kindHelper: 'Aidant numérique',
    kindCounter: 'Guichet',
    closenessPostalCode: 'Dans votre code postal',
    closenessMunicipality: 'Dans votre commune',
    closenessArea: 'À proximité',
    closenessRegion: 'Dans votre région',
    moreAbout: 'En savoir plus sur {name}',
    appointmentHeading: 'Prendre rendez-vous',
    appointmentLink: 'Prendre rendez-vous en ligne',
  },
  de: {
    heading: 'Brauchen Sie Hilfe?',
    callHeading: 'Rufen Sie uns an',
    callNumber: 'Telefon:',
    callbackHeading: 'Bitten Sie um einen Rückruf',
    callbackIntro: 'Hinterlassen Sie Ihre Nummer. Wir rufen Sie an einem Werktag zurück.',
    callbackUnavailable: 'Auf dieser Seite können Sie keinen Rückruf anfragen. Rufen Sie uns an.',
    nameLabel: 'Ihr Name',
    phoneLabel: 'Ihre Telefonnummer',
    phoneHint: 'Eine belgische Nummer, zum Beispiel 0470 12 34 56',
    languageLabel: 'In welcher Sprache sollen wir Sie anrufen?',
    slotLabel: 'Wann dürfen wir Sie anrufen?',
    slotAny: 'Jederzeit',
    slotMorning: 'Vormittags (9 bis 12 Uhr)',
    slotAfternoon: 'Nachmittags (13 bis 16 Uhr)',
    topicLabel: 'Worum geht es bei Ihrer Frage?',
    topicHint: 'In wenigen Worten. Schreiben Sie hier keine Nationalregisternummer.',
    send: 'Anfrage senden',
    retry: 'Erneut versuchen',
    failedHeading: 'Ihre Anfrage wurde nicht gesendet',
    failedText:
      'Bei uns ist etwas schiefgegangen. Ihre Angaben sind noch da. Versuchen Sie es erneut oder rufen Sie uns an.',
    offlineText:
      'Sie sind nicht mit dem Internet verbunden. Ihre Angaben sind noch da. Versuchen Sie es erneut, sobald Sie verbunden sind.',
    sentHeading: 'Wir rufen Sie zurück',
    sentReference: 'Ihre Referenznummer:',
    sentText: 'Wir rufen Sie unter {phone} an. Halten Sie Ihre Referenznummer bereit.',
    assistantHeading: 'Fragen Sie den digitalen Assistenten',
    assistantText:
      'Er beantwortet allgemeine Fragen, Tag und Nacht. Er ist ein Computerprogramm, kein Mensch.',
    assistantStart: 'Digitalen Assistenten starten',
    assistantHandover:
      'Der digitale Assistent wird geöffnet. Wenn er Ihnen nicht helfen kann, hilft Ihnen ein Mensch weiter: Rufen Sie uns an oder bitten Sie um einen Rückruf.',
    finderHeading: 'Finden Sie einen digitalen Helfer oder einen Schalter in Ihrer Nähe',
    finderText: 'Digitale Helfer helfen Ihnen kostenlos, Ihre Angelegenheiten online zu erledigen.',
    postalCodeLabel: 'Ihre Postleitzahl',
    search: 'Suchen',
    results: {
      one: '{count} Ort in der Nähe von {postalCode} gefunden',
      other: '{count} Orte in der Nähe von {postalCode} gefunden',
    },
    noResults:
      'Kein digitaler Helfer und kein Schalter in der Nähe von {postalCode} gefunden. Rufen Sie uns an: Wir sagen Ihnen, wohin Sie gehen können.',
    kindHelper: 'Digitaler Helfer',
    kindCounter: 'Schalter',
    closenessPostalCode: 'In Ihrer Postleitzahl',
    closenessMunicipality: 'In Ihrer Gemeinde',
    closenessArea: 'In der Nähe',
    closenessRegion: 'In Ihrer Region',
    moreAbout: 'Mehr über {name}',
    appointmentHeading: 'Einen Termin vereinbaren',
    appointmentLink: 'Online einen Termin vereinbaren',
  },
  en: {
    heading: 'Need help?',
    callHeading: 'Call us',
    callNumber: 'Phone:',
    callbackHeading: 'Ask us to call you back',
    callbackIntro: 'Leave your number. We call you back on a working day.',
    callbackUnavailable: 'You cannot ask for a call back on this page. Please call us.',
    nameLabel: 'Your name',
    phoneLabel: 'Your phone number',
    phoneHint: 'A Belgian number, for example 0470 12 34 56',
    languageLabel: 'Which language should we call you in?',
    slotLabel: 'When can we call you?',
    slotAny: 'Any time',
    slotMorning: 'In the morning (9:00 to 12:00)',
    slotAfternoon: 'In the afternoon (13:00 to 16:00)',
    topicLabel: 'What is your question about?',
    topicHint: 'In a few words. Do not write a national register number here.',
    send: 'Send my request',
    retry: 'Try again',
    failedHeading: 'Your request was not sent',
    failedText:
      'Something went wrong on our side. Your answers are still here. Try again, or call us.',
    offlineText:
      'You are not connected to the internet. Your answers are still here. Try again once you are connected.',
    sentHeading: 'We will call you back',
    sentReference: 'Your reference number:',
    sentText: 'We will call you on {phone}. Keep your reference number at hand.',
    assistantHeading: 'Ask the digital assistant',
    assistantText:
      'It answers general questions, day and night. It is a computer program, not a person.',
    assistantStart: 'Start the digital assistant',
    assistantHandover:
      'The digital assistant is opening. If it cannot help you, a person will: call us or ask us to call you back.',
    finderHeading: 'Find a digital helper or a counter near you',
    finderText: 'Digital helpers help you for free to do your procedures online.',
    postalCodeLabel: 'Your postal code',
    search: 'Search',
    results: {
      one: '{count} place found near {postalCode}',
      other: '{count} places found near {postalCode}',
    },
    noResults:
      'No digital helper or counter found near {postalCode}. Call us: we will tell you where to go.',
    kindHelper: 'Digital helper',
    kindCounter: 'Counter',
    closenessPostalCode: 'In your postal code',
    closenessMunicipality: 'In your municipality',
    closenessArea: 'Nearby',
    closenessRegion: 'In your region',
    moreAbout: 'More about {name}',
    appointmentHeading: 'Make an appointment',
    appointmentLink: 'Book an appointment online',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-help': HelpStrings;
  }
}
