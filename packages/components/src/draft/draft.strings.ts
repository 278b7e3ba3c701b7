import { defineStrings } from '@belfry/core';

/**
 * The draft notice's built-in text. Every language must provide every key: a missing key, or a
 * misspelt extra one, is a compile error. The comment on each key tells translators where the
 * text appears. Agencies replace it with `registerStrings(locale, { 'bf-draft': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type DraftStrings = {
  /** Shown and announced when answers saved today come back; `{time}` is "14:32". */
  restoredToday: string;
  /** The same for answers saved another day; `{date}` is "3 March" (with the year when not this year). */
  restoredOn: string;
  /** Under it, for answers kept in the browser tab (the default). */
  keptSession: string;
  /** Under it, for answers kept on the device (`storage="local"`); `{date}` is when they go. */
  keptLocal: string;
  /** The button that throws the answers away and empties the form. */
  startAgain: string;
  /** Announced once the answers are thrown away; focus is then in the form's first field. */
  cleared: string;
};

export const draftStrings = defineStrings<DraftStrings>('bf-draft', {
  nl: {
    restoredToday: 'We hebben uw antwoorden van {time} teruggezet.',
    restoredOn: 'We hebben uw antwoorden van {date} om {time} teruggezet.',
    keptSession: 'Ze blijven in dit venster bewaard tot u het formulier verstuurt.',
    keptLocal: 'Ze blijven op dit toestel bewaard tot {date}, of tot u het formulier verstuurt.',
    startAgain: 'Opnieuw beginnen',
    cleared: 'Uw antwoorden zijn gewist. U kunt opnieuw beginnen.',
  },
  fr: {
    restoredToday: 'Nous avons récupéré vos réponses de {time}.',
    restoredOn: 'Nous avons récupéré vos réponses du {date} à {time}.',
    keptSession: "Elles restent dans cette fenêtre jusqu'à l'envoi du formulaire.",
    keptLocal: "Elles restent sur cet appareil jusqu'au {date}, ou jusqu'à l'envoi du formulaire.",
    startAgain: 'Recommencer',
    cleared: 'Vos réponses ont été effacées. Vous pouvez recommencer.',
  },
  de: {
    restoredToday: 'Wir haben Ihre Antworten von {time} Uhr wiederhergestellt.',
    restoredOn: 'Wir haben Ihre Antworten vom {date} um {time} Uhr wiederhergestellt.',
    keptSession: 'Sie bleiben in diesem Fenster gespeichert, bis Sie das Formular absenden.',
    keptLocal:
      'Sie bleiben auf diesem Gerät gespeichert bis zum {date} oder bis Sie das Formular absenden.',
    startAgain: 'Neu beginnen',
    cleared: 'Ihre Antworten wurden gelöscht. Sie können neu beginnen.',
  },
  en: {
    restoredToday: 'We restored your answers from {time}.',
    restoredOn: 'We restored your answers from {date} at {time}.',
    keptSession: 'They are kept in this window until you send the form.',
    keptLocal: 'They are kept on this device until {date}, or until you send the form.',
    startAgain: 'Start again',
    cleared: 'Your answers have been cleared. You can start again.',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-draft': DraftStrings;
  }
}
