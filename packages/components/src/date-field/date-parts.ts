// The calendar arithmetic and checks of <bf-date-field>, kept apart from the element so that
// they are plain functions with table-driven tests, and so that server code can use them to
// check a submitted date the same way.

/** The three boxes of a date, in the order Belgians write them. */
export const dateParts = ['day', 'month', 'year'] as const;
export type DatePart = (typeof dateParts)[number];

/** What is typed in each box, as typed (a box may hold anything, or nothing). */
export type DateParts = Record<DatePart, string>;

/** A day of the Gregorian calendar; `month` counts from 1 (January). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The rule a date must follow relative to today: `past` (before today), `future` (after
 * today), `today-or-past` or `today-or-future`.
 */
export const dateRules = ['past', 'future', 'today-or-past', 'today-or-future'] as const;
export type DateRule = (typeof dateRules)[number];

export const emptyParts: Readonly<DateParts> = Object.freeze({ day: '', month: '', year: '' });

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `year`, `month` and `day` name a day that exists (years 1 to 9999). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * The date an ISO 8601 calendar date (`2007-03-27`) names, or `undefined` when the text is not
 * exactly that form or the day does not exist (`2023-02-29`).
 */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

/** `2007-03-27`: the form a date is submitted in. */
export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Negative when `a` is before `b`, positive when after, zero on the same day. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Today in the user's own time zone: a date typed in a form is a local date, not UTC. */
export function today(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/**
 * A local `Date` at noon of `date`, for `Intl` formatting (noon, so that no daylight-saving
 * change moves it to another day). Years under 100 stay as they are.
 */
export function toLocalDate({ year, month, day }: CalendarDate): Date {
  const local = new Date(2000, month - 1, day, 12);
  local.setFullYear(year);
  return local;
}

/** The boxes filled with `date`, written as people write it: `27`, `3`, `2007`. */
export function partsOfDate({ year, month, day }: CalendarDate): DateParts {
  return { day: String(day), month: String(month), year: String(year).padStart(4, '0') };
}

/**
 * The three parts of a whole date written in one piece, as people paste it or as a page might
 * give it: day-month-year with `/`, `.`, `-` or spaces between them (`27/03/2007`, `27.3.2007`,
 * `27 3 2007`), ISO `2007-03-27`, or eight digits (`27032007`, or `20070327` when only that reading
 * is a plausible date). The parts are returned as written, even when they do not make a real date (that
 * is for the checks to say); `undefined` when the text is not a whole date.
 */
export function splitDate(text: string): DateParts | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/.exec(trimmed);
  if (iso) return { year: iso[1]!, month: iso[2]!, day: iso[3]! };
  const belgian = /^(\d{1,2})\s*(?:[-/.]\s*|\s)(\d{1,2})\s*(?:[-/.]\s*|\s)(\d{2,4})$/.exec(trimmed);
  if (belgian) return { day: belgian[1]!, month: belgian[2]!, year: belgian[3]! };
  if (/^\d{8}$/.test(trimmed)) {
    const dayFirst = {
      day: trimmed.slice(0, 2),
      month: trimmed.slice(2, 4),
      year: trimmed.slice(4),
    };
    const yearFirst = {
      year: trimmed.slice(0, 4),
      month: trimmed.slice(4, 6),
      day: trimmed.slice(6),
    };
    // Belgians write the day first; the year-first reading only when it alone is a plausible
    // date (a real one with a four-digit year: `20070327` is not 20 July 327).
    const plausible = (parts: DateParts) =>
      Number(parts.year) >= 1000 && isRealDate(...numbers(parts));
    return !plausible(dayFirst) && plausible(yearFirst) ? yearFirst : dayFirst;
  }
  return undefined;
}

const numbers = (parts: DateParts): [number, number, number] => [
  Number(parts.year),
  Number(parts.month),
  Number(parts.day),
];

/** What a date must be, besides real. */
export interface DateConstraints {
  /** An empty date is a problem. */
  required?: boolean;
  /** The earliest date allowed. */
  min?: CalendarDate | undefined;
  /** The latest date allowed. */
  max?: CalendarDate | undefined;
  /** Where the date must be relative to `today`. */
  rule?: DateRule | undefined;
  /** Today, for `rule`; the user's local date when not given. */
  today?: CalendarDate;
}

/**
 * What is wrong with a date, most basic first: the message key for it, and the boxes to mark
 * invalid (only those in error: a missing year marks only the year).
 */
export type DateProblem =
  | { kind: 'required'; parts: readonly DatePart[] }
  | { kind: 'missing'; parts: readonly DatePart[] }
  | { kind: 'day' | 'month' | 'year' | 'notReal'; parts: readonly DatePart[] }
  | { kind: 'dayNotInMonth'; parts: readonly DatePart[]; year: number; month: number; days: number }
  | { kind: 'min' | 'max' | 'range'; parts: readonly DatePart[] }
  | { kind: DateRule; parts: readonly DatePart[] };

export interface DateCheck {
  /** The date, when the boxes hold a real one (even one that breaks `min`, `max` or `rule`). */
  date?: CalendarDate;
  /** The first problem, when there is one. */
  problem?: DateProblem;
}

const partPatterns: Readonly<Record<DatePart, RegExp>> = {
  day: /^0*([1-9]|[12]\d|3[01])$/,
  month: /^0*([1-9]|1[0-2])$/,
  year: /^\d{4}$/,
};

/**
 * Checks what is typed in the three boxes. In order: nothing typed (a problem only when
 * `required`), boxes left empty, a box whose content cannot be its part (a day of 32, a year of
 * two digits), a day the month does not have (31 April, 29 February 2023), then `min`, `max` and
 * `rule`. White space around a part is ignored.
 */
export function checkDate(parts: DateParts, constraints: DateConstraints = {}): DateCheck {
  const trimmed = {
    day: parts.day.trim(),
    month: parts.month.trim(),
    year: parts.year.trim(),
  };
  const empty = dateParts.filter((part) => trimmed[part] === '');
  if (empty.length === dateParts.length) {
    return constraints.required ? { problem: { kind: 'required', parts: dateParts } } : {};
  }
  if (empty.length > 0) return { problem: { kind: 'missing', parts: empty } };

  const wrong = dateParts.filter((part) => !partPatterns[part].test(trimmed[part]));
  if (wrong.length === 1) return { problem: { kind: wrong[0]!, parts: wrong } };
  if (wrong.length > 1) return { problem: { kind: 'notReal', parts: wrong } };

  const [year, month, day] = numbers(trimmed);
  const days = daysInMonth(year, month);
  if (day > days || year < 1) {
    // A year 0000 has four digits but is not in the calendar.
    if (year < 1) return { problem: { kind: 'year', parts: ['year'] } };
    return { problem: { kind: 'dayNotInMonth', parts: ['day'], year, month, days } };
  }

  const date = { year, month, day };
  const { min, max, rule } = constraints;
  const early = min !== undefined && compareDates(date, min) < 0;
  const late = max !== undefined && compareDates(date, max) > 0;
  if (early || late) {
    const kind = min && max ? 'range' : early ? 'min' : 'max';
    return { date, problem: { kind, parts: dateParts } };
  }
  if (rule) {
    const fromToday = compareDates(date, constraints.today ?? today());
    const allowed = {
      past: fromToday < 0,
      future: fromToday > 0,
      'today-or-past': fromToday <= 0,
      'today-or-future': fromToday >= 0,
    }[rule];
    if (!allowed) return { date, problem: { kind: rule, parts: dateParts } };
  }
  return { date };
}
