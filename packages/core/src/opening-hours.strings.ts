import { defineStrings } from './localize.js';

/**
 * The words of opening hours, in every language: one vocabulary for every Belfry element that
 * shows when a service is open (`bf-channel`, `bf-help`). A page replaces them with
 * `registerStrings(locale, { 'bf-opening-hours': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type OpeningHoursStrings = {
  /** Title of the weekly hours. */
  openingHours: string;
  /** The state while open. */
  openNow: string;
  /** The state while closed. */
  closedNow: string;
  /** The state on a public holiday that would otherwise be open; `{holiday}` is its name. */
  closedHoliday: string;
  /** The state on a day the service closes (a closure the page lists). */
  closedToday: string;
  /** "closes {when}", after the open state; `{when}` is one of the `…At` phrases. */
  closes: string;
  /** "opens {when}", after the closed state. */
  opens: string;
  /** Later the same day, when closing: "at 16:30". */
  at: string;
  /** Later the same day, when opening: "today at 13:00". */
  todayAt: string;
  tomorrowAt: string;
  /** Within the week: `{weekday}` is the day's name. */
  weekdayAt: string;
  /** Further ahead: `{date}` is the day and month. */
  dateAt: string;
  /** A run of days in the weekly hours: "Monday to Friday". */
  dayRange: string;
  /** One period of a day: "08:30 to 12:00". */
  period: string;
  /** A day without periods. */
  closedDay: string;
  /** A day open from 00:00 to 24:00. */
  allDay: string;
  holidaysClosed: string;
  /** When some holidays are open; `{holidays}` lists them. */
  holidaysClosedExcept: string;
  /** Days the page lists as closed; `{dates}` lists them. */
  closures: string;
  /** A closure of several days: "from 24 December to 2 January". */
  dateRange: string;
  'new-year': string;
  'easter-monday': string;
  'labour-day': string;
  ascension: string;
  'whit-monday': string;
  'national-day': string;
  assumption: string;
  'all-saints': string;
  armistice: string;
  christmas: string;
};

export const openingHoursStrings = defineStrings<OpeningHoursStrings>('bf-opening-hours', {
  nl: {
    openingHours: 'Openingsuren',
    openNow: 'Nu open',
    closedNow: 'Gesloten',
    closedHoliday: 'Vandaag gesloten ({holiday})',
    closedToday: 'Vandaag gesloten',
    closes: 'sluit {when}',
    opens: 'opent {when}',
    at: 'om {time}',
    todayAt: 'vandaag om {time}',
    tomorrowAt: 'morgen om {time}',
    weekdayAt: '{weekday} om {time}',
    dateAt: 'op {date} om {time}',
    dayRange: '{first} tot en met {last}',
    period: '{from} tot {to}',
    closedDay: 'gesloten',
    allDay: 'de hele dag open',
    holidaysClosed: 'Gesloten op wettelijke feestdagen.',
    holidaysClosedExcept: 'Gesloten op wettelijke feestdagen, behalve {holidays}.',
    closures: 'Ook gesloten: {dates}.',
    dateRange: 'van {first} tot en met {last}',
    'new-year': 'Nieuwjaar',
    'easter-monday': 'Paasmaandag',
    'labour-day': 'Dag van de Arbeid',
    ascension: 'Onze-Lieve-Heer-Hemelvaart',
    'whit-monday': 'Pinkstermaandag',
    'national-day': 'Nationale feestdag',
    assumption: 'Onze-Lieve-Vrouw-Hemelvaart',
    'all-saints': 'Allerheiligen',
    armistice: 'Wapenstilstand',
    christmas: 'Kerstmis',
  },
  fr: {
    openingHours: "Heures d'ouverture",
    openNow: 'Ouvert maintenant',
    closedNow: 'Fermé',
    closedHoliday: "Fermé aujourd'hui ({holiday})",
    closedToday: "Fermé aujourd'hui",
    closes: 'ferme {when}',
    opens: 'ouvre {when}',
    at: 'à {time}',
    todayAt: "aujourd'hui à {time}",
    tomorrowAt: 'demain à {time}',
    weekdayAt: '{weekday} à {time}',
    dateAt: 'le {date} à {time}',
    dayRange: 'du {first} au {last}',
    period: 'de {from} à {to}',
    closedDay: 'fermé',
    allDay: 'ouvert toute la journée',
    holidaysClosed: 'Fermé les jours fériés légaux.',
    holidaysClosedExcept: 'Fermé les jours fériés légaux, sauf {holidays}.',
    closures: 'Fermé aussi : {dates}.',
    dateRange: 'du {first} au {last}',
    'new-year': 'Nouvel An',
    'easter-monday': 'lundi de Pâques',
    'labour-day': 'fête du Travail',
    ascension: 'Ascension',
    'whit-monday': 'lundi de Pentecôte',
    'national-day': 'fête nationale',
    assumption: 'Assomption',
    'all-saints': 'Toussaint',
    armistice: 'Armistice',
    christmas: 'Noël',
  },
  de: {
    openingHours: 'Öffnungszeiten',
    openNow: 'Jetzt geöffnet',
    closedNow: 'Geschlossen',
    closedHoliday: 'Heute geschlossen ({holiday})',
    closedToday: 'Heute geschlossen',
    closes: 'schließt {when}',
    opens: 'öffnet {when}',
    at: 'um {time} Uhr',
    todayAt: 'heute um {time} Uhr',
    tomorrowAt: 'morgen um {time} Uhr',
    weekdayAt: 'am {weekday} um {time} Uhr',
    dateAt: 'am {date} um {time} Uhr',
    dayRange: '{first} bis {last}',
    period: '{from} bis {to} Uhr',
    closedDay: 'geschlossen',
    allDay: 'ganztägig geöffnet',
    holidaysClosed: 'An gesetzlichen Feiertagen geschlossen.',
    holidaysClosedExcept: 'An gesetzlichen Feiertagen geschlossen, außer {holidays}.',
    closures: 'Außerdem geschlossen: {dates}.',
    dateRange: 'vom {first} bis {last}',
    'new-year': 'Neujahr',
    'easter-monday': 'Ostermontag',
    'labour-day': 'Tag der Arbeit',
    ascension: 'Christi Himmelfahrt',
    'whit-monday': 'Pfingstmontag',
    'national-day': 'Nationalfeiertag',
    assumption: 'Mariä Himmelfahrt',
    'all-saints': 'Allerheiligen',
    armistice: 'Waffenstillstand',
    christmas: 'Weihnachten',
  },
  en: {
    openingHours: 'Opening hours',
    openNow: 'Open now',
    closedNow: 'Closed',
    closedHoliday: 'Closed today ({holiday})',
    closedToday: 'Closed today',
    closes: 'closes {when}',
    opens: 'opens {when}',
    at: 'at {time}',
    todayAt: 'today at {time}',
    tomorrowAt: 'tomorrow at {time}',
    weekdayAt: '{weekday} at {time}',
    dateAt: 'on {date} at {time}',
    dayRange: '{first} to {last}',
    period: '{from} to {to}',
    closedDay: 'closed',
    allDay: 'open all day',
    holidaysClosed: 'Closed on public holidays.',
    holidaysClosedExcept: 'Closed on public holidays, except {holidays}.',
    closures: 'Also closed: {dates}.',
    dateRange: 'from {first} to {last}',
    'new-year': "New Year's Day",
    'easter-monday': 'Easter Monday',
    'labour-day': 'Labour Day',
    ascension: 'Ascension Day',
    'whit-monday': 'Whit Monday',
    'national-day': 'National Day',
    assumption: 'Assumption Day',
    'all-saints': "All Saints' Day",
    armistice: 'Armistice Day',
    christmas: 'Christmas Day',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-opening-hours': OpeningHoursStrings;
  }
}
