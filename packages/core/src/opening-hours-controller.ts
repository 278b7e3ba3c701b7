import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { devMode, onServer } from './environment.js';
import { intlLocales, LocalizeController, type Locale, type MessageParams } from './localize.js';
import {
  brusselsInstant,
  brusselsTime,
  civilDate,
  openingStatus,
  parseOpeningHours,
  upcomingClosures,
  weeklyRows,
  type OpeningHours,
  type OpeningRange,
  type OpeningStatus,
  type ParsedOpeningHours,
} from './opening-hours.js';
import { openingHoursStrings, type OpeningHoursStrings } from './opening-hours.strings.js';
import type { LocalizableHost } from './localize.js';
import { warnOnce } from './warn.js';

/** What the phrases need: a language and the opening-hours words in it. */
export interface OpeningHoursLocalizer {
  readonly locale: Locale;
  term(key: keyof OpeningHoursStrings & string, params?: MessageParams): string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

// Days and times are formatted in UTC from day numbers and minutes: they are already Brussels
// values, and no zone must shift them again.
function format(locale: Locale, options: Intl.DateTimeFormatOptions, instant: number): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocales[locale], { ...options, timeZone: 'UTC' });
    formats.set(key, formatter);
  }
  return formatter.format(instant);
}

const dayMs = 86_400_000;

/** A time of day in the Belgian format of the language ("08:30"); 1440 minutes is "24:00". */
export function formatTimeOfDay(locale: Locale, minutes: number): string {
  const text = format(
    locale,
    { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    (minutes % 1440) * 60_000,
  );
  // Intl has no 24:00; "closes at 00:00" would read as the start of the day.
  return minutes === 1440 ? text.replace(/^00/, '24') : text;
}

/** The name of a day of the week (0 = Monday) in the language: "maandag", "lundi". */
export function weekdayName(locale: Locale, weekday: number): string {
  // 5 January 1970 was a Monday.
  return format(locale, { weekday: 'long' }, (4 + weekday) * dayMs);
}

/** A day number as a day and month ("2 januari"), with the year when it is not `currentYear`. */
export function formatDay(locale: Locale, days: number, currentYear?: number): string {
  const withYear = currentYear === undefined || civilDate(days).year !== currentYear;
  return format(
    locale,
    withYear
      ? { day: 'numeric', month: 'long', year: 'numeric' }
      : { day: 'numeric', month: 'long' },
    days * dayMs,
  );
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function list(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(intlLocales[locale], { type: 'conjunction' }).format(items);
}

/** The two halves of an open-now line: "Open now" and "closes at 16:30". */
export interface OpeningStatusText {
  /** Open, closed, or closed today and why. */
  readonly state: string;
  /** When that changes; empty when it does not within a year. */
  readonly change: string;
}

/**
 * The open-now line in words: `{ state: 'Closed', change: 'opens Monday at 08:30' }`. "today"
 * and "tomorrow" are counted in Brussels; a day within the week is named, a later one dated.
 */
export function describeOpeningStatus(
  localize: OpeningHoursLocalizer,
  status: OpeningStatus,
): OpeningStatusText {
  const { locale } = localize;
  const state = status.open
    ? localize.term('openNow')
    : status.reason?.kind === 'holiday'
      ? localize.term('closedHoliday', { holiday: localize.term(status.reason.holiday) })
      : status.reason?.kind === 'closure'
        ? localize.term('closedToday')
        : localize.term('closedNow');
  const next = status.next;
  if (!next) return { state, change: '' };
  const time = formatTimeOfDay(locale, next.minutes);
  const ahead = next.days - status.now.days;
  const when =
    ahead === 0
      ? localize.term(status.open ? 'at' : 'todayAt', { time })
      : ahead === 1
        ? localize.term('tomorrowAt', { time })
        : ahead < 7
          ? localize.term('weekdayAt', {
              time,
              weekday: weekdayName(locale, (((next.days + 3) % 7) + 7) % 7),
            })
          : localize.term('dateAt', {
              time,
              date: formatDay(locale, next.days, civilDate(status.now.days).year),
            });
  return { state, change: localize.term(status.open ? 'closes' : 'opens', { when }) };
}

/** One line of the weekly hours in words: days, and their periods or "closed". */
export interface WeeklyRowText {
  readonly days: string;
  readonly hours: string;
}

function periods(localize: OpeningHoursLocalizer, ranges: readonly OpeningRange[]): string {
  if (ranges.length === 0) return localize.term('closedDay');
  if (ranges.length === 1 && ranges[0]?.from === 0 && ranges[0].to === 1440) {
    return localize.term('allDay');
  }
  return list(
    localize.locale,
    ranges.map((range) =>
      localize.term('period', {
        from: formatTimeOfDay(localize.locale, range.from),
        to: formatTimeOfDay(localize.locale, range.to),
      }),
    ),
  );
}

/** The weekly hours in words, a line per run of days with the same hours, Monday first. */
export function describeWeek(
  localize: OpeningHoursLocalizer,
  hours: OpeningHours,
): WeeklyRowText[] {
  const { locale } = localize;
  return weeklyRows(hours).map((row) => ({
    days: capitalize(
      row.first === row.last
        ? weekdayName(locale, row.first)
        : localize.term('dayRange', {
            first: weekdayName(locale, row.first),
            last: weekdayName(locale, row.last),
          }),
    ),
    hours: periods(localize, row.ranges),
  }));
}

/**
 * What the weekly hours do not show, in sentences: closed on public holidays (with the ones that
 * are open), and the closures still to come.
 */
export function describeExceptions(
  localize: OpeningHoursLocalizer,
  hours: OpeningHours,
  now: Date | number = Date.now(),
): string[] {
  const notes: string[] = [];
  const open = [...hours.openOnHolidays];
  if (open.length === 0) notes.push(localize.term('holidaysClosed'));
  else if (open.length < 10) {
    notes.push(
      localize.term('holidaysClosedExcept', {
        holidays: list(
          localize.locale,
          open.map((holiday) => localize.term(holiday)),
        ),
      }),
    );
  }
  const closures = upcomingClosures(hours, now);
  if (closures.length > 0) {
    const year = civilDate(brusselsTime(now).days).year;
    const dates = closures.map(([first, last]) =>
      first === last
        ? formatDay(localize.locale, first, year)
        : localize.term('dateRange', {
            first: formatDay(localize.locale, first, year),
            last: formatDay(localize.locale, last, year),
          }),
    );
    notes.push(localize.term('closures', { dates: list(localize.locale, dates) }));
  }
  return notes;
}

/** Where an `OpeningHoursController` reads the hours: functions, so it follows the host's properties. */
export interface OpeningHoursControllerOptions {
  /** The hours in compact form (see `parseOpeningHours`). */
  hours: () => string | null | undefined;
  /** Days closed on top of the weekly hours (see `OpeningHoursOptions.closures`). */
  closures?: () => string | readonly string[] | null | undefined;
  /** Public holidays kept open (see `OpeningHoursOptions.openOnHolidays`). */
  openOnHolidays?: () => string | readonly string[] | null | undefined;
  /**
   * The current time, for previews and tests: a fixed instant freezes the state (no timer runs).
   * Returning `undefined` uses the real clock.
   */
  now?: () => Date | number | undefined;
  /**
   * The running clock, `Date.now` by default: the timer follows it. For tests that move time
   * forward without waiting for hours.
   */
  clock?: () => number;
}

/** A host that shows opening hours: text overrides follow the host's `strings`. */
export type OpeningHoursHost = LocalizableHost;

// setTimeout's longest delay; the state is re-read at least every day anyway (midnight).
const maxDelay = 2_147_483_647;

/**
 * Opening hours on an element: parses the host's hours (warning once, in the console, about
 * text it cannot read), gives the open-now state and the weekly hours in the page's language,
 * and re-renders the host when the state changes while the page stays open: at the next opening
 * or closing, at midnight in Brussels (when "tomorrow" becomes "today"), and when the page
 * becomes visible again (timers sleep with the computer). One timer at a time, never a polling
 * one.
 *
 * ```ts
 * private readonly openingHours = new OpeningHoursController(this, { hours: () => this.hours });
 * render() { return html`${this.openingHours.renderStatus()} ${this.openingHours.renderWeek()}`; }
 * ```
 */
export class OpeningHoursController implements ReactiveController {
  readonly #host: OpeningHoursHost;
  readonly #options: OpeningHoursControllerOptions;
  readonly #localize: LocalizeController<OpeningHoursStrings>;
  #key = '';
  #parsed: ParsedOpeningHours | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #scheduledFor: Date | undefined;
  #connected = false;

  constructor(host: OpeningHoursHost, options: OpeningHoursControllerOptions) {
    this.#host = host;
    this.#options = options;
    this.#localize = new LocalizeController(host, openingHoursStrings);
    host.addController(this);
  }

  /** The words in the host's language, for `describe…` calls of one's own. */
  get localize(): OpeningHoursLocalizer {
    return this.#localize;
  }

  /** The hours parsed from the host's current values (read again only when they change). */
  get parsed(): ParsedOpeningHours {
    const text = this.#options.hours();
    const closures = this.#options.closures?.();
    const openOnHolidays = this.#options.openOnHolidays?.();
    const key = JSON.stringify([text, closures, openOnHolidays]);
    if (key !== this.#key || !this.#parsed) {
      this.#key = key;
      this.#parsed = parseOpeningHours(text, {
        closures: closures ?? undefined,
        openOnHolidays: openOnHolidays ?? undefined,
      });
      if (devMode) this.#warn(this.#parsed);
    }
    return this.#parsed;
  }

  /** The instant the state is computed for. */
  get now(): number {
    const fixed = this.#options.now?.();
    return fixed === undefined ? (this.#options.clock ?? Date.now)() : Number(fixed);
  }

  /** The open-now state, or `undefined` when there are no readable hours. */
  get status(): OpeningStatus | undefined {
    const parsed = this.parsed;
    return parsed.valid ? openingStatus(parsed.hours, this.now) : undefined;
  }

  /** The open-now state in words, or `undefined` when there are no readable hours. */
  get statusText(): OpeningStatusText | undefined {
    const status = this.status;
    return status && describeOpeningStatus(this.#localize, status);
  }

  /** When the host will be re-rendered next by the clock: for tests and debugging. */
  get scheduledFor(): Date | undefined {
    return this.#scheduledFor;
  }

  hostConnected(): void {
    this.#connected = true;
    if (onServer) return;
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#clear();
  }

  hostUpdated(): void {
    this.#schedule();
  }

  /**
   * The open-now line: `<p class="opening-status" data-open>` with the state in `<strong>` and
   * the change after a dash. Nothing when there are no readable hours.
   */
  renderStatus(): TemplateResult | typeof nothing {
    const status = this.status;
    if (!status) return nothing;
    const { state, change } = describeOpeningStatus(this.#localize, status);
    return html`<p
      part="opening-status"
      class="opening-status"
      data-state=${status.open ? 'open' : 'closed'}
      lang=${this.#localize.textLang ?? nothing}
    >
      <strong class="opening-state">${state}</strong>${change ? html` — ${change}` : nothing}
    </p>`;
  }

  /**
   * The weekly hours as a description list (days, then hours), the holiday and closure notes
   * under it; or, for hours that cannot be read, the raw text as the page wrote it.
   */
  renderWeek(): TemplateResult | typeof nothing {
    const parsed = this.parsed;
    if (!parsed.valid) {
      return parsed.text.trim()
        ? html`<p part="opening-hours" class="opening-hours-raw">${parsed.text}</p>`
        : nothing;
    }
    const rows = describeWeek(this.#localize, parsed.hours);
    const notes = describeExceptions(this.#localize, parsed.hours, this.now);
    return html`<div
      part="opening-hours"
      class="opening-hours"
      lang=${this.#localize.textLang ?? nothing}
    >
      <dl class="opening-week">
        ${rows.map(
          (row) =>
            html`<div class="opening-row">
              <dt>${row.days}</dt>
              <dd>${row.hours}</dd>
            </div>`,
        )}
      </dl>
      ${notes.map((note) => html`<p class="opening-note">${note}</p>`)}
    </div>`;
  }

  #warn(parsed: ParsedOpeningHours): void {
    const tag = this.#host.localName;
    if (!parsed.valid) {
      if (parsed.text.trim() === '') return;
      warnOnce(
        `opening-hours:${tag}:${parsed.text}`,
        `<${tag}> hours="${parsed.text}" cannot be read (${parsed.problem}); the text is shown as written.`,
      );
      return;
    }
    for (const warning of parsed.warnings) {
      warnOnce(`opening-hours:${tag}:${warning}`, `<${tag}>: ${warning}; it was left out.`);
    }
  }

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.#host.requestUpdate();
  };

  #clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#scheduledFor = undefined;
  }

  #schedule(): void {
    this.#clear();
    // A fixed clock never moves, and a server never waits.
    if (onServer || !this.#connected || this.#options.now?.() !== undefined) return;
    const status = this.status;
    if (!status) return;
    const now = this.now;
    // The next change, or the next midnight in Brussels ("tomorrow" becomes "today").
    const midnight = brusselsInstant(status.now.days + 1, 0).getTime();
    const at = Math.min(status.next?.at.getTime() ?? midnight, midnight);
    this.#scheduledFor = new Date(at);
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        this.#host.requestUpdate();
      },
      Math.min(Math.max(at - now, 0), maxDelay),
    );
  }
}
