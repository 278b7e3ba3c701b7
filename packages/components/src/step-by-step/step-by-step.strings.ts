import { defineStrings } from '@belfry/core';

/**
 * The step-by-step's built-in text, for `<bf-step-by-step>` and its steps. Every language must
 * provide every key. Agencies replace it with `registerStrings(locale, { 'bf-step-by-step': … })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type StepByStepStrings = {
  /** The button above the steps while at least one is closed: opens them all. */
  showAll: string;
  /** The same button once every step is open: closes them all. */
  hideAll: string;
  /** Read before a step's number by screen readers ("Step 3"); not shown. */
  step: string;
  /** Shown instead of a number on a step done as well as the one before it. */
  and: string;
  /** Shown instead of a number on a step done instead of the one before it. */
  or: string;
  /** After the heading of a step the citizen may skip. */
  optional: string;
  /** Read before a step's status by screen readers; not shown. */
  status: string;
  /** The statuses of a step, for a signed-in citizen. */
  notStarted: string;
  inProgress: string;
  done: string;
  actionNeeded: string;
};

export const stepByStepStrings = defineStrings<StepByStepStrings>('bf-step-by-step', {
  nl: {
    showAll: 'Alle stappen tonen',
    hideAll: 'Alle stappen verbergen',
    step: 'Stap',
    and: 'en',
    or: 'of',
    optional: '(niet verplicht)',
    status: 'Status:',
    notStarted: 'Nog niet begonnen',
    inProgress: 'Bezig',
    done: 'Klaar',
    actionNeeded: 'Actie nodig',
  },
  fr: {
    showAll: 'Afficher toutes les étapes',
    hideAll: 'Masquer toutes les étapes',
    step: 'Étape',
    and: 'et',
    or: 'ou',
    optional: '(facultatif)',
    status: 'Statut :',
    notStarted: 'Pas encore commencé',
    inProgress: 'En cours',
    done: 'Terminé',
    actionNeeded: 'Action requise',
  },
  de: {
    showAll: 'Alle Schritte anzeigen',
    hideAll: 'Alle Schritte ausblenden',
    step: 'Schritt',
    and: 'und',
    or: 'oder',
    optional: '(freiwillig)',
    status: 'Status:',
    notStarted: 'Noch nicht begonnen',
    inProgress: 'In Bearbeitung',
    done: 'Erledigt',
    actionNeeded: 'Handlung erforderlich',
  },
  en: {
    showAll: 'Show all steps',
    hideAll: 'Hide all steps',
    step: 'Step',
    and: 'and',
    or: 'or',
    optional: '(optional)',
    status: 'Status:',
    notStarted: 'Not started',
    inProgress: 'In progress',
    done: 'Done',
    actionNeeded: 'Action needed',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-step-by-step': StepByStepStrings;
  }
}
