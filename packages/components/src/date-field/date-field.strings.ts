import { defineStrings } from '@belfry/core';

/**
 * The date field's built-in text. Every language must provide every key: a missing key, or a
 * misspelt extra one, is a compile error. Agencies replace it with
 * `registerStrings(locale, { 'bf-date-field': { … } })`, and one field with its `strings`.
 *
 * Placeholders in the messages:
 * - `{name}` is how the messages name the date (`dateName`, or the field's `date-name`), e.g.
 *   "the date of birth"; `{Name}` is the same with a capital, for the start of a sentence;
 * - `{min}` and `{max}` are dates written out in the page's language ("1 January 2000");
 * - `{month}` is a month, with its year for February ("April", "February 2023"); `{days}` is
 *   how many days it has.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type DateFieldStrings = {
  /** The label of the day box. */
  day: string;
  /** The label of the month box. */
  month: string;
  /** The label of the year box. */
  year: string;
  /** The hint under the question when the page gives none: how to write a date. */
  example: string;
  /** How the messages name the date when the page does not (`date-name`). Lower case. */
  dateName: string;
  /** Nothing is typed in a required date. The same key as every field's, so `strings` replaces both. */
  valueMissing: string;
  /** One or two boxes are empty. */
  missingDay: string;
  missingMonth: string;
  missingYear: string;
  missingDayMonth: string;
  missingDayYear: string;
  missingMonthYear: string;
  /** The day box holds something that is not a day (32, 0, letters). */
  invalidDay: string;
  /** The month box holds something that is not a month (13, letters). */
  invalidMonth: string;
  /** The year box does not hold four digits. */
  invalidYear: string;
  /** Several boxes hold something that cannot be a date. */
  notReal: string;
  /** The month does not have that day: 31 April, 29 February in a year that is not a leap year. */
  dayNotInMonth: string;
  /** The date is before `min`. */
  min: string;
  /** The date is after `max`. */
  max: string;
  /** The date is outside `min` to `max` (both are set). */
  range: string;
  /** The date must be before today. */
  past: string;
  /** The date must be after today. */
  future: string;
  /** The date must not be after today. */
  todayOrPast: string;
  /** The date must not be before today. */
  todayOrFuture: string;
};

export const dateFieldStrings = defineStrings<DateFieldStrings>('bf-date-field', {
  nl: {
    day: 'Dag',
    month: 'Maand',
    year: 'Jaar',
    example: 'Bijvoorbeeld 27 3 2007',
    dateName: 'de datum',
    valueMissing: 'Vul {name} in.',
    missingDay: '{Name} moet een dag bevatten.',
    missingMonth: '{Name} moet een maand bevatten.',
    missingYear: '{Name} moet een jaar bevatten.',
    missingDayMonth: '{Name} moet een dag en een maand bevatten.',
    missingDayYear: '{Name} moet een dag en een jaar bevatten.',
    missingMonthYear: '{Name} moet een maand en een jaar bevatten.',
    invalidDay: '{Name} moet een dag van 1 tot 31 hebben.',
    invalidMonth: '{Name} moet een maand van 1 tot 12 hebben.',
    invalidYear: '{Name} moet een jaar met 4 cijfers hebben.',
    notReal: '{Name} moet een bestaande datum zijn.',
    dayNotInMonth: '{Name} moet een bestaande datum zijn: {month} heeft maar {days} dagen.',
    min: '{Name} mag niet vóór {min} liggen.',
    max: '{Name} mag niet na {max} liggen.',
    range: '{Name} moet tussen {min} en {max} liggen.',
    past: '{Name} moet in het verleden liggen.',
    future: '{Name} moet in de toekomst liggen.',
    todayOrPast: '{Name} mag niet in de toekomst liggen.',
    todayOrFuture: '{Name} mag niet in het verleden liggen.',
  },
  fr: {
    day: 'Jour',
    month: 'Mois',
    year: 'Année',
    example: 'Par exemple, 27 3 2007',
    dateName: 'la date',
    valueMissing: 'Indiquez {name}.',
    missingDay: '{Name} doit comporter un jour.',
    missingMonth: '{Name} doit comporter un mois.',
    missingYear: '{Name} doit comporter une année.',
    missingDayMonth: '{Name} doit comporter un jour et un mois.',
    missingDayYear: '{Name} doit comporter un jour et une année.',
    missingMonthYear: '{Name} doit comporter un mois et une année.',
    invalidDay: '{Name} doit avoir un jour de 1 à 31.',
    invalidMonth: '{Name} doit avoir un mois de 1 à 12.',
    invalidYear: '{Name} doit avoir une année de 4 chiffres.',
    notReal: '{Name} doit être une date qui existe.',
    dayNotInMonth: "{Name} doit être une date qui existe\u00a0: {month} n'a que {days} jours.",
    min: '{Name} doit être le {min} ou plus tard.',
    max: '{Name} doit être le {max} ou plus tôt.',
    range: '{Name} doit être entre le {min} et le {max}.',
    past: '{Name} doit être dans le passé.',
    future: '{Name} doit être dans le futur.',
    todayOrPast: '{Name} ne peut pas être dans le futur.',
    todayOrFuture: '{Name} ne peut pas être dans le passé.',
  },
  de: {
    day: 'Tag',
    month: 'Monat',
    year: 'Jahr',
    example: 'Zum Beispiel 27 3 2007',
    dateName: 'das Datum',
    // Nominative, so that any name the page gives fits: "Der Termin fehlt."
    valueMissing: '{Name} fehlt.',
    missingDay: '{Name} muss einen Tag enthalten.',
    missingMonth: '{Name} muss einen Monat enthalten.',
    missingYear: '{Name} muss ein Jahr enthalten.',
    missingDayMonth: '{Name} muss einen Tag und einen Monat enthalten.',
    missingDayYear: '{Name} muss einen Tag und ein Jahr enthalten.',
    missingMonthYear: '{Name} muss einen Monat und ein Jahr enthalten.',
    invalidDay: '{Name} muss einen Tag von 1 bis 31 haben.',
    invalidMonth: '{Name} muss einen Monat von 1 bis 12 haben.',
    invalidYear: '{Name} muss ein Jahr mit 4 Ziffern haben.',
    notReal: '{Name} muss ein Datum sein, das es gibt.',
    dayNotInMonth: '{Name} muss ein Datum sein, das es gibt: Der {month} hat nur {days} Tage.',
    min: '{Name} darf nicht vor dem {min} liegen.',
    max: '{Name} darf nicht nach dem {max} liegen.',
    range: '{Name} muss zwischen dem {min} und dem {max} liegen.',
    past: '{Name} muss in der Vergangenheit liegen.',
    future: '{Name} muss in der Zukunft liegen.',
    todayOrPast: '{Name} darf nicht in der Zukunft liegen.',
    todayOrFuture: '{Name} darf nicht in der Vergangenheit liegen.',
  },
  en: {
    day: 'Day',
    month: 'Month',
    year: 'Year',
    example: 'For example, 27 3 2007',
    dateName: 'the date',
    valueMissing: 'Enter {name}.',
    missingDay: '{Name} must include a day.',
    missingMonth: '{Name} must include a month.',
    missingYear: '{Name} must include a year.',
    missingDayMonth: '{Name} must include a day and a month.',
    missingDayYear: '{Name} must include a day and a year.',
    missingMonthYear: '{Name} must include a month and a year.',
    invalidDay: '{Name} must have a day from 1 to 31.',
    invalidMonth: '{Name} must have a month from 1 to 12.',
    invalidYear: '{Name} must have a year with 4 digits.',
    notReal: '{Name} must be a real date.',
    dayNotInMonth: '{Name} must be a real date: {month} has only {days} days.',
    min: '{Name} must be {min} or later.',
    max: '{Name} must be {max} or earlier.',
    range: '{Name} must be between {min} and {max}.',
    past: '{Name} must be in the past.',
    future: '{Name} must be in the future.',
    todayOrPast: '{Name} must be today or in the past.',
    todayOrFuture: '{Name} must be today or in the future.',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-date-field': DateFieldStrings;
  }
}
