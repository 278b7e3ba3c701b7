// Opening hours of a public service: parsed from a compact text, evaluated in Brussels time.
// Pure functions, no document or timer: they run on a server and in tests with a fixed clock.
// The wording and the live controller are in opening-hours.strings.ts and
// opening-hours-controller.ts.

/** Days of the week, Monday first (index 0), as the compact form writes them. */
export const weekdayCodes = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
/** A day of the week, 0 = Monday … 6 = Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** One period a service is open on a day, in minutes since midnight (`to` may be 1440). */
export interface OpeningRange {
  readonly from: number;
  readonly to: number;
}

/** Belgium's ten legal public holidays. */
export const belgianHolidayNames = [
  'new-year',
  'easter-monday',
  'labour-day',
  'ascension',
  'whit-monday',
  'national-day',
  'assumption',
  'all-saints',
  'armistice',
  'christmas',
] as const;
export type BelgianHoliday = (typeof belgianHolidayNames)[number];

/** A calendar day with no time and no zone: `month` 1–12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Opening hours, parsed: a weekly pattern, the days it does not apply, and the holidays kept open. */
export interface OpeningHours {
  /** The text it was parsed from. */
  readonly text: string;
  /** The periods open on each day of the week, Monday first, sorted and never overlapping. */
  readonly week: readonly (readonly OpeningRange[])[];
  /** Days the host closes (leave, strikes, training), as inclusive ranges of day numbers. */
  readonly closures: readonly (readonly [number, number])[];
  /** Public holidays on which the weekly pattern still applies. */
  readonly openOnHolidays: ReadonlySet<BelgianHoliday>;
}

export interface OpeningHoursOptions {
  /**
   * Days closed on top of the weekly pattern: ISO dates (`2026-12-24`) or ranges
   * (`2026-12-24/2027-01-01`), in an array or separated by commas, spaces or semicolons.
   */
  closures?: string | readonly string[] | undefined;
  /**
   * Public holidays the service opens as on any other day: holiday names (`easter-monday`,
   * `national-day`, …; see `belgianHolidayNames`) or `all`. By default every one is closed.
   */
  openOnHolidays?: string | readonly string[] | undefined;
}

/** The result of `parseOpeningHours`: the hours, or why the text could not be read. */
export type ParsedOpeningHours =
  | { readonly valid: true; readonly hours: OpeningHours; readonly warnings: readonly string[] }
  | { readonly valid: false; readonly text: string; readonly problem: string };

const dayMs = 86_400_000;
const dayCode = /^(mo|tu|we|th|fr|sa|su)$/i;
const timeRange = /^(\d{1,2})[:.](\d{2})\s*-\s*(\d{1,2})[:.](\d{2})$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1 January 1970 of a calendar day (any year, proleptic Gregorian). */
export function dayNumber({ year, month, day }: CivilDate): number {
  return Math.floor(Date.UTC(year, month - 1, day) / dayMs);
}

/** The calendar day of a day number. */
export function civilDate(days: number): CivilDate {
  const date = new Date(days * dayMs);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day of the week of a day number, Monday = 0. 1 January 1970 was a Thursday. */
export function weekdayOf(days: number): Weekday {
  return ((((days + 3) % 7) + 7) % 7) as Weekday;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** Belgium's ten legal public holidays of `year`, in calendar order. */
export function belgianHolidays(
  year: number,
): { readonly name: BelgianHoliday; readonly date: CivilDate }[] {
  const easter = dayNumber(easterSunday(year));
  const fixed = (month: number, day: number): CivilDate => ({ year, month, day });
  return [
    { name: 'new-year' as const, date: fixed(1, 1) },
    { name: 'easter-monday' as const, date: civilDate(easter + 1) },
    { name: 'labour-day' as const, date: fixed(5, 1) },
    { name: 'ascension' as const, date: civilDate(easter + 39) },
    { name: 'whit-monday' as const, date: civilDate(easter + 50) },
    { name: 'national-day' as const, date: fixed(7, 21) },
    { name: 'assumption' as const, date: fixed(8, 15) },
    { name: 'all-saints' as const, date: fixed(11, 1) },
    { name: 'armistice' as const, date: fixed(11, 11) },
    { name: 'christmas' as const, date: fixed(12, 25) },
  ].sort((x, y) => dayNumber(x.date) - dayNumber(y.date));
}

const holidayCache = new Map<number, Map<number, BelgianHoliday>>();

/** The public holiday that falls on a day number, if any. */
export function belgianHolidayOn(days: number): BelgianHoliday | undefined {
  const { year } = civilDate(days);
  let byDay = holidayCache.get(year);
  if (!byDay) {
    byDay = new Map(belgianHolidays(year).map(({ name, date }) => [dayNumber(date), name]));
    holidayCache.set(year, byDay);
  }
  return byDay.get(days);
}

function parseDays(text: string): Weekday[] | string {
  const days = new Set<Weekday>();
  for (const item of text.split(',')) {
    const [first, last, ...rest] = item.trim().split('-');
    if (rest.length > 0 || !first || !dayCode.test(first) || (last && !dayCode.test(last))) {
      return `"${item.trim()}" is not a day (Mo, Tu, We, Th, Fr, Sa, Su) or a range of days (Mo-Fr)`;
    }
    const index = (code: string) =>
      weekdayCodes.findIndex((known) => known.toLowerCase() === code.toLowerCase()) as Weekday;
    const start = index(first);
    const end = last ? index(last) : start;
    // A range may wrap round the week end: Sa-Mo.
    for (let day = start; ; day = ((day + 1) % 7) as Weekday) {
      days.add(day);
      if (day === end) break;
    }
  }
  return [...days];
}

function parseRanges(text: string): OpeningRange[] | string {
  const ranges: OpeningRange[] = [];
  for (const item of text.split(',')) {
    const match = timeRange.exec(item.trim());
    if (!match) return `"${item.trim()}" is not a period such as 08:30-12:00`;
    const [fromHours, fromMinutes, toHours, toMinutes] = match.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
    ];
    const from = fromHours * 60 + fromMinutes;
    const to = toHours * 60 + toMinutes;
    if (fromHours > 23 || fromMinutes > 59 || toMinutes > 59 || to > 1440) {
      return `"${item.trim()}" holds a time that does not exist`;
    }
    if (to <= from) {
      return `"${item.trim()}" ends before it starts (a period past midnight is written as two: Fr 20:00-24:00; Sa 00:00-02:00)`;
    }
    ranges.push({ from, to });
  }
  ranges.sort((x, y) => x.from - y.from);
  const merged: OpeningRange[] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range.from < previous.to) return `the periods in "${text.trim()}" overlap`;
    // Periods that touch (08:00-12:00,12:00-16:00) are one: the service never closes between.
    if (previous && range.from === previous.to) {
      merged[merged.length - 1] = { from: previous.from, to: range.to };
    } else {
      merged.push(range);
    }
  }
  return merged;
}

function listOf(value: string | readonly string[] | undefined): string[] {
  if (value === undefined || value === null) return [];
  const items = typeof value === 'string' ? value.split(/[\s,;]+/) : value;
  return items.map((item) => String(item).trim()).filter(Boolean);
}

function parseIsoDate(text: string): number | undefined {
  const match = isoDate.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const days = dayNumber({ year, month, day });
  const back = civilDate(days);
  // 2026-02-30 rolls over to March in Date.UTC: refuse it instead.
  return back.month === month && back.day === day ? days : undefined;
}

/**
 * Reads opening hours written in the compact form
 * `Mo-Fr 08:30-12:00,13:00-16:30; Sa 09:00-12:00; Su off`: rules separated by `;`, each a day,
 * a range of days or a list of both (`Mo,We,Fr`), then periods separated by commas or `off`
 * (also `closed`). A later rule replaces an earlier one for the days it names
 * (`Mo-Fr 08:30-16:30; We 08:30-12:00`). Days no rule names are closed. Belgium's public
 * holidays are closed unless `openOnHolidays` names them; `closures` adds closed days.
 *
 * Never throws: text it cannot read gives `{ valid: false, problem }`, and a closure or holiday
 * it cannot read is left out with a warning in `warnings`.
 */
export function parseOpeningHours(
  text: string | null | undefined,
  options: OpeningHoursOptions = {},
): ParsedOpeningHours {
  const source = typeof text === 'string' ? text : '';
  const invalid = (problem: string): ParsedOpeningHours => ({
    valid: false,
    text: source,
    problem,
  });
  if (source.trim() === '') return invalid('no opening hours were given');
  const week: OpeningRange[][] = [[], [], [], [], [], [], []];
  for (const rule of source.split(';')) {
    const trimmed = rule.trim();
    if (trimmed === '') continue;
    const space = trimmed.search(/\s/);
    if (space < 0) return invalid(`"${trimmed}" needs days and periods, e.g. Mo-Fr 08:30-16:30`);
    const days = parseDays(trimmed.slice(0, space));
    if (typeof days === 'string') return invalid(days);
    const rest = trimmed.slice(space).trim();
    const ranges = /^(off|closed)$/i.test(rest) ? [] : parseRanges(rest);
    if (typeof ranges === 'string') return invalid(ranges);
    for (const day of days) week[day] = ranges;
  }
  const warnings: string[] = [];
  const closures: [number, number][] = [];
  for (const item of listOf(options.closures)) {
    const [first = '', last, ...rest] = item.split('/');
    const start = parseIsoDate(first);
    const end = last === undefined ? start : parseIsoDate(last);
    if (rest.length > 0 || start === undefined || end === undefined || end < start) {
      warnings.push(
        `closure "${item}" is not a date (2026-12-24) or a range (2026-12-24/2026-12-31)`,
      );
      continue;
    }
    closures.push([start, end]);
  }
  const openOnHolidays = new Set<BelgianHoliday>();
  for (const item of listOf(options.openOnHolidays)) {
    const name = item.toLowerCase();
    if (name === 'all') belgianHolidayNames.forEach((holiday) => openOnHolidays.add(holiday));
    else if ((belgianHolidayNames as readonly string[]).includes(name)) {
      openOnHolidays.add(name as BelgianHoliday);
    } else {
      warnings.push(
        `"${item}" is not a Belgian public holiday (${belgianHolidayNames.join(', ')})`,
      );
    }
  }
  return {
    valid: true,
    hours: { text: source, week, closures, openOnHolidays },
    warnings,
  };
}

/** The time in Brussels at one instant. */
export interface BrusselsTime {
  /** The day number (days since 1 January 1970) of the date in Brussels. */
  readonly days: number;
  /** Minutes since midnight in Brussels. */
  readonly minutes: number;
}

let brusselsFormat: Intl.DateTimeFormat | undefined;

/**
 * The date and time in Brussels at `instant`, whatever the zone of the computer: the Belgian
 * administration's hours are Brussels hours, and the daylight-saving changes (the last Sundays
 * of March and October) are the browser's time-zone data's to know.
 */
export function brusselsTime(instant: Date | number): BrusselsTime {
  brusselsFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const parts: Record<string, number> = {};
  for (const part of brusselsFormat.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0 } = parts;
  // Some engines write midnight as 24 even with h23.
  return { days: dayNumber({ year, month, day }), minutes: (hour % 24) * 60 + minute };
}

/**
 * The instant at which Brussels' clocks show `minutes` past midnight on day `days`. Brussels is
 * UTC+2 in summer and UTC+1 in winter: of the two candidates, the one whose Brussels time is the
 * one asked for. A time the autumn change shows twice (02:30 on the last Sunday of October)
 * gives the first; a time the spring change skips (02:30 on the last Sunday of March) gives the
 * instant an hour later (03:30).
 */
export function brusselsInstant(days: number, minutes: number): Date {
  const wall = days * dayMs + minutes * 60_000;
  const shows = (instant: number) => {
    const local = brusselsTime(instant);
    return local.days * dayMs + local.minutes * 60_000 === wall;
  };
  const summer = wall - 7_200_000;
  const winter = wall - 3_600_000;
  return new Date(shows(summer) ? summer : winter);
}

/** Why a day that the weekly pattern opens is closed. */
export type ClosedReason =
  { readonly kind: 'holiday'; readonly holiday: BelgianHoliday } | { readonly kind: 'closure' };

/** Whether a day is closed outright (a public holiday or a closure), and why. */
export function closedDay(hours: OpeningHours, days: number): ClosedReason | undefined {
  if (hours.closures.some(([start, end]) => days >= start && days <= end)) {
    return { kind: 'closure' };
  }
  const holiday = belgianHolidayOn(days);
  if (holiday && !hours.openOnHolidays.has(holiday)) return { kind: 'holiday', holiday };
  return undefined;
}

/** The periods a service is open on a day: its weekday's, unless the day is closed. */
export function rangesOn(hours: OpeningHours, days: number): readonly OpeningRange[] {
  return closedDay(hours, days) ? [] : (hours.week[weekdayOf(days)] ?? []);
}

/** A moment in Brussels time at which a service opens or closes. */
export interface OpeningChange {
  /** The day number in Brussels. */
  readonly days: number;
  /** Minutes since midnight in Brussels (1440 is the end of the day). */
  readonly minutes: number;
  /** The same moment as an instant. */
  readonly at: Date;
}

/** Whether a service is open at an instant and when that changes. */
export interface OpeningStatus {
  readonly open: boolean;
  /** Brussels time at the instant asked about: "today" and "tomorrow" are counted from it. */
  readonly now: BrusselsTime;
  /**
   * When it closes (while open) or opens next (while closed); `undefined` when it does not
   * within the year ahead (never open, or open without a break for a year).
   */
  readonly next: OpeningChange | undefined;
  /** While closed on a day the weekly pattern opens: the holiday or closure that shuts it. */
  readonly reason: ClosedReason | undefined;
}

// How far ahead the next change is looked for: a year covers any closure a host lists.
const horizon = 366;

/**
 * Whether the service is open at `now` (default: the current time), in Brussels time, and the
 * next moment it opens or closes. A period that ends at 24:00 and one that starts at 00:00 the
 * next day are one: the service stays open through midnight.
 */
export function openingStatus(hours: OpeningHours, now: Date | number = Date.now()): OpeningStatus {
  const here = brusselsTime(now);
  const change = (days: number, minutes: number): OpeningChange => ({
    days,
    minutes,
    at: brusselsInstant(days, minutes),
  });
  const current = rangesOn(hours, here.days).find(
    (range) => range.from <= here.minutes && here.minutes < range.to,
  );
  if (current) {
    let days = here.days;
    let end = current.to;
    // Open through midnight while the next day opens at 00:00.
    while (end === 1440 && days - here.days < horizon) {
      const following = rangesOn(hours, days + 1)[0];
      if (!following || following.from !== 0) break;
      days += 1;
      end = following.to;
    }
    const next = end === 1440 && days - here.days >= horizon ? undefined : change(days, end);
    return { open: true, now: here, next, reason: undefined };
  }
  const todayReason = closedDay(hours, here.days);
  const reason =
    todayReason && (hours.week[weekdayOf(here.days)] ?? []).length > 0 ? todayReason : undefined;
  for (let days = here.days; days - here.days <= horizon; days++) {
    const opening = rangesOn(hours, days).find(
      (range) => days > here.days || range.from > here.minutes,
    );
    if (opening) return { open: false, now: here, next: change(days, opening.from), reason };
  }
  return { open: false, now: here, next: undefined, reason };
}

/** Consecutive days of the week that share the same periods, Monday first. */
export interface WeeklyRow {
  readonly first: Weekday;
  readonly last: Weekday;
  /** Empty when closed. */
  readonly ranges: readonly OpeningRange[];
}

/**
 * The weekly pattern for display: runs of consecutive days with the same periods, Monday to
 * Sunday (`Mo-Fr 08:30-16:30; Sa-Su off` gives two rows).
 */
export function weeklyRows(hours: OpeningHours): WeeklyRow[] {
  const same = (a: readonly OpeningRange[], b: readonly OpeningRange[]) =>
    a.length === b.length &&
    a.every((range, i) => range.from === b[i]?.from && range.to === b[i]?.to);
  const rows: WeeklyRow[] = [];
  hours.week.forEach((ranges, index) => {
    const day = index as Weekday;
    const previous = rows.at(-1);
    if (previous && same(previous.ranges, ranges))
      rows[rows.length - 1] = { ...previous, last: day };
    else rows.push({ first: day, last: day, ranges });
  });
  return rows;
}

/** Closures that end today or later, in order: to list them under the weekly pattern. */
export function upcomingClosures(
  hours: OpeningHours,
  now: Date | number = Date.now(),
): (readonly [number, number])[] {
  const today = brusselsTime(now).days;
  return hours.closures.filter(([, end]) => end >= today).sort((a, b) => a[0] - b[0]);
}
