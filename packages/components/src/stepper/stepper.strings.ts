import { defineStrings } from '@belfry/core';

/**
 * The stepper's built-in text. Every language must provide every key: a missing key, or a
 * misspelt extra one, is a compile error. The comment on each key tells translators where the
 * text appears. Agencies replace it with `registerStrings(locale, { 'bf-stepper': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type StepperStrings = {
  /** The name of the list of steps, read when a screen reader enters it. */
  label: string;
  /** Where the citizen is: above the steps, and the prefix of the page's heading. */
  status: string;
  /**
   * On small screens, the button that shows and hides the steps, and what is announced when the
   * current step changes; `{step}` is the current step's name.
   */
  summary: string;
  /** Read after the name of a step that is done. */
  complete: string;
  /** Read after the name of a step still to come. */
  upcoming: string;
  /** Read after the name of a step with an answer to correct. */
  error: string;
  /** Read after the name of a step that does not apply to this citizen. */
  skipped: string;
};

export const stepperStrings = defineStrings<StepperStrings>('bf-stepper', {
  nl: {
    label: 'Stappen',
    status: 'Stap {current} van {total}',
    summary: 'Stap {current} van {total}: {step}',
    complete: 'klaar',
    upcoming: 'nog niet begonnen',
    error: 'verbeter uw antwoord',
    skipped: 'niet nodig',
  },
  fr: {
    label: 'Étapes',
    status: 'Étape {current} sur {total}',
    summary: 'Étape {current} sur {total}\u00a0: {step}',
    complete: 'terminée',
    upcoming: 'pas encore commencée',
    error: 'corrigez votre réponse',
    skipped: 'pas nécessaire',
  },
  de: {
    label: 'Schritte',
    status: 'Schritt {current} von {total}',
    summary: 'Schritt {current} von {total}: {step}',
    complete: 'erledigt',
    upcoming: 'noch nicht begonnen',
    error: 'korrigieren Sie Ihre Antwort',
    skipped: 'nicht nötig',
  },
  en: {
    label: 'Steps',
    status: 'Step {current} of {total}',
    summary: 'Step {current} of {total}: {step}',
    complete: 'done',
    upcoming: 'not started',
    error: 'correct your answer',
    skipped: 'not needed',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-stepper': StepperStrings;
  }
}
