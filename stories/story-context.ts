// Helpers shared by Belfry's stories: the toolbar languages and themes, and story text in the
// four languages so that the text a story shows always matches the `lang` it is rendered in.
import { locales, type Locale } from '@belfry/core';

export { locales, type Locale };

/** Each language named in itself, as the language toolbar shows it. */
export const localeNames: Readonly<Record<Locale, string>> = {
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  en: 'English',
};

/** The themes a page can choose with `data-bf-theme`. */
export const themes = [
  'federal',
  'dark',
  'high-contrast',
  'agency-finance',
  'agency-pensions',
] as const;
export type Theme = (typeof themes)[number];

export const themeNames: Readonly<Record<Theme, string>> = {
  federal: 'Federal (default)',
  dark: 'Dark',
  'high-contrast': 'High contrast',
  'agency-finance': 'Agency: Finance',
  'agency-pensions': 'Agency: Pensions',
};

export const defaultLocale: Locale = 'nl';
export const defaultTheme: Theme = 'federal';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (themes as readonly string[]).includes(value);
}

/** The story's language from the toolbar (or a story's own `globals`), never an unknown value. */
export function localeOf(context: { globals: Record<string, unknown> }): Locale {
  const locale = context.globals['locale'];
  return isLocale(locale) ? locale : defaultLocale;
}

/** The story's theme from the toolbar (or a story's own `globals`). */
export function themeOf(context: { globals: Record<string, unknown> }): Theme {
  const theme = context.globals['theme'];
  return isTheme(theme) ? theme : defaultTheme;
}

/** Text used in stories, written as a public servant would write it to a citizen. */
export type StoryText = {
  send: string;
  cancel: string;
  save: string;
  delete: string;
  download: string;
  next: string;
  back: string;
  search: string;
  close: string;
  readMore: string;
  fullName: string;
  formSent: string;
  nothingSentYet: string;
  sentData: string;
  longLabel: string;
};

export const storyText: Readonly<Record<Locale, StoryText>> = {
  nl: {
    send: 'Verzenden',
    cancel: 'Annuleren',
    save: 'Opslaan',
    delete: 'Verwijderen',
    download: 'Downloaden',
    next: 'Volgende',
    back: 'Terug',
    search: 'Zoeken',
    close: 'Sluiten',
    readMore: 'Meer lezen over uw pensioen',
    fullName: 'Uw volledige naam',
    formSent: 'Dit werd verzonden:',
    nothingSentYet: 'Nog niets verzonden.',
    sentData: 'Verzonden gegevens',
    longLabel:
      'Uw aanvraag voor een tegemoetkoming voor personen met een handicap bevestigen en verzenden',
  },
  fr: {
    send: 'Envoyer',
    cancel: 'Annuler',
    save: 'Enregistrer',
    delete: 'Supprimer',
    download: 'Télécharger',
    next: 'Suivant',
    back: 'Retour',
    search: 'Rechercher',
    close: 'Fermer',
    readMore: 'En savoir plus sur votre pension',
    fullName: 'Votre nom complet',
    formSent: 'Voici ce qui a été envoyé :',
    nothingSentYet: 'Rien n’a encore été envoyé.',
    sentData: 'Données envoyées',
    longLabel: 'Confirmer et envoyer votre demande d’allocation pour personnes handicapées',
  },
  de: {
    send: 'Senden',
    cancel: 'Abbrechen',
    save: 'Speichern',
    delete: 'Löschen',
    download: 'Herunterladen',
    next: 'Weiter',
    back: 'Zurück',
    search: 'Suchen',
    close: 'Schließen',
    readMore: 'Mehr über Ihre Pension erfahren',
    fullName: 'Ihr vollständiger Name',
    formSent: 'Das wurde gesendet:',
    nothingSentYet: 'Noch nichts gesendet.',
    sentData: 'Gesendete Daten',
    longLabel: 'Ihren Antrag auf Beihilfe für Personen mit Behinderung bestätigen und absenden',
  },
  en: {
    send: 'Send',
    cancel: 'Cancel',
    save: 'Save',
    delete: 'Delete',
    download: 'Download',
    next: 'Next',
    back: 'Back',
    search: 'Search',
    close: 'Close',
    readMore: 'Read more about your pension',
    fullName: 'Your full name',
    formSent: 'This was sent:',
    nothingSentYet: 'Nothing sent yet.',
    sentData: 'Sent data',
    longLabel: 'Confirm and send your application for an allowance for persons with a disability',
  },
};

/** The story text in the story's language. */
export function textFor(context: { globals: Record<string, unknown> }): StoryText {
  return storyText[localeOf(context)];
}

/**
 * A form's submit listener for stories: instead of leaving the page, the form's `<output>` shows
 * what it would send (the submitting button's `name` and `value` included), as text, never markup.
 */
export function showFormData(heading: string): (event: SubmitEvent) => void {
  return (event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const output = form.querySelector('output') as HTMLOutputElement;
    const data = new FormData(form, event.submitter);
    output.textContent = [
      heading,
      ...Array.from(data, ([key, value]) => `${key}: ${String(value)}`),
    ].join('\n');
  };
}

/**
 * Resolves when every animation on the page that ends has ended (a dialog's fade-in, a panel
 * sliding open). Axe runs after a story's play function: judged mid-fade, text is measured at
 * part of its opacity and fails contrast it passes once shown. Endless animations (a spinner)
 * are not waited for.
 */
export async function animationsFinished(): Promise<void> {
  const ending = document
    .getAnimations()
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.all(ending.map((animation) => animation.finished.catch(() => undefined)));
}
