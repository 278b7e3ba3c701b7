// The e-Box message model, shared by every e-Box component and by hosts that talk to the e-Box
// REST API: types that follow the API's message, the query a list sends in server mode, the
// details of the e-Box events, and pure helpers (no DOM, no Lit) that run in a browser, on a
// server and in a test alike. The data comes from outside: every helper accepts missing or
// malformed values and returns something safe to show, never throws.
import {
  formatDate,
  translate,
  type Catalog,
  type ComponentStrings,
  type Locale,
  type MessageParams,
} from '@belfry/core';
import { eboxModelStrings, type EboxModelStrings } from './model.strings.js';

/** The languages e-Box text comes in (the API gives nl, fr and de; English is accepted). */
export const eboxLanguages = ['nl', 'fr', 'de', 'en'] as const;
export type EboxLanguage = (typeof eboxLanguages)[number];

/** Text the API gives per language, e.g. `{ nl: 'Aanslagbiljet', fr: 'Avertissement-extrait' }`. */
export type EboxText = { readonly [Language in EboxLanguage]?: string };

/**
 * A date as the API gives it: an ISO 8601 string (`2026-03-05` or `2026-03-05T09:30:00+01:00`),
 * a `Date` or a time in milliseconds. Anything else counts as no date.
 */
export type EboxDate = string | number | Date;

/** How to reach the sender's helpdesk. */
export interface EboxHelpdesk {
  readonly phone?: string;
  readonly email?: string;
  /** A contact page; shown only when `safeUrl` accepts it. */
  readonly url?: string;
}

/** The organisation that sent a message. */
export interface EboxSender {
  /** The organisation's identifier, e.g. its company number `0308357159`. */
  readonly id: string;
  /** Its name per language (the API's long name). */
  readonly name: EboxText;
  /** Its short name per language, e.g. `{ nl: 'FOD Financiën' }`. */
  readonly shortName?: EboxText;
  /** Its logo; shown only when `safeUrl` accepts it. */
  readonly logoUrl?: string;
  /** Its website; shown only when `safeUrl` accepts it. */
  readonly website?: string;
  readonly helpdesk?: EboxHelpdesk;
}

/** The kind of message, e.g. "Tax assessment". */
export interface EboxMessageType {
  readonly id: string;
  readonly name: EboxText;
  /** How many days a message of this type stays in the e-Box. */
  readonly validityDays?: number;
}

/** A document attached to a message. */
export interface EboxAttachment {
  /** The title shown to the citizen; the file name is used when it is empty. */
  readonly title: string;
  readonly fileName: string;
  /** The media type, e.g. `application/pdf`. */
  readonly mediaType: string;
  /** The size in kilobytes. */
  readonly sizeKb: number;
  /** Whether the document carries an electronic signature. */
  readonly signed: boolean;
  /** Whether it is the message's main content (otherwise an annex). */
  readonly main: boolean;
  /** Where to download it; used only when `safeUrl` accepts it. */
  readonly url?: string;
  /** The SHA-256 digest the API gives, in hexadecimal. */
  readonly digest?: string;
}

/** Payment data a message may carry. */
export interface EboxPayment {
  /** The amount to pay, VAT included. */
  readonly amount: number;
  /** An ISO 4217 code; `EUR` when missing. */
  readonly currency?: string;
  readonly dueDate?: EboxDate;
  readonly iban?: string;
  readonly bic?: string;
  /** The structured reference (`+++090/9337/55493+++`) or a free reference. */
  readonly reference?: string;
  /** The VAT included in `amount`. */
  readonly vat?: number;
}

/** One e-Box message, as the e-Box REST API describes it. */
export interface EboxMessage {
  readonly id: string;
  /** The subject per language. */
  readonly subject: EboxText;
  readonly receivedAt: EboxDate;
  /** When the message leaves the e-Box; a message without one stays. */
  readonly expiresAt?: EboxDate | null;
  readonly read: boolean;
  /** A registered letter: receiving it has legal effect. */
  readonly registeredMail: boolean;
  readonly sender: EboxSender;
  readonly messageType?: EboxMessageType;
  readonly attachments?: readonly EboxAttachment[];
  readonly payment?: EboxPayment | null;
  /** Whether the citizen may reply to this message. */
  readonly replyAllowed?: boolean;
  /** The main body per language, as plain text; paragraphs are separated by a blank line. */
  readonly body?: EboxText;
  /** The person the message is for, when it is not the mailbox's owner. */
  readonly forAttentionOf?: string;
}

/** What a list sorts by. */
export const eboxSortFields = ['receivedAt', 'expiresAt'] as const;
export type EboxSortField = (typeof eboxSortFields)[number];
export type EboxSortDirection = 'asc' | 'desc';

/** The page size the e-Box REST API uses by default. */
export const eboxDefaultPageSize = 25;
/** The largest page the e-Box REST API gives. */
export const eboxMaxPageSize = 100;

/**
 * What a list shows: filters, search, sort and page. In server mode `bf-ebox-list` sends it in a
 * `bf-ebox-query` event for the host to fetch; in local mode it applies it to its `messages`
 * (see {@link queryEboxMessages}). An absent filter matches every message.
 */
export interface EboxQuery {
  /** The page, from 1. */
  readonly page: number;
  /** Messages per page: 25 by default, 100 at most. */
  readonly pageSize: number;
  /** `false`: unread messages only; `true`: read ones only. */
  readonly read?: boolean;
  /** Only messages from this sender (`EboxSender.id`). */
  readonly senderId?: string;
  /** Only messages of this type (`EboxMessageType.id`). */
  readonly messageTypeId?: string;
  /** `true`: registered mail only; `false`: everything but registered mail. */
  readonly registeredMail?: boolean;
  /** Received on or after this day, `YYYY-MM-DD`. */
  readonly receivedFrom?: string;
  /** Received on or before this day, `YYYY-MM-DD`. */
  readonly receivedTo?: string;
  /** Words to find in the subject or the sender's name. */
  readonly search?: string;
  readonly sort: EboxSortField;
  readonly direction: EboxSortDirection;
}

/** The query of a list nobody has touched: newest first, first page of 25. */
export const defaultEboxQuery: EboxQuery = Object.freeze({
  page: 1,
  pageSize: eboxDefaultPageSize,
  sort: 'receivedAt',
  direction: 'desc',
});

/** Why a list sent a query: which control changed. */
export type EboxQueryReason = 'filter' | 'search' | 'sort' | 'page';

/** The detail of `bf-ebox-query` (server mode): the host fetches this query's page. */
export interface EboxQueryDetail {
  readonly query: EboxQuery;
  readonly reason: EboxQueryReason;
}

/** The detail of `bf-ebox-open`: the citizen opened a message (the host marks it read). */
export interface EboxOpenDetail {
  readonly id: string;
  readonly message: EboxMessage;
}

/** What the bulk actions do to the selected messages. */
export const eboxActions = ['mark-read', 'mark-unread', 'archive'] as const;
export type EboxAction = (typeof eboxActions)[number];

/** The detail of `bf-ebox-action`: the host applies `action` to the messages `ids`. */
export interface EboxActionDetail {
  readonly action: EboxAction;
  readonly ids: readonly string[];
}

/** The detail of `bf-ebox-selection-change`: the ids selected now, on any page. */
export interface EboxSelectionDetail {
  readonly ids: readonly string[];
}

/** The detail of `bf-ebox-retry`: load again after an error, for this query. */
export interface EboxRetryDetail {
  readonly query: EboxQuery;
}

declare global {
  interface BelfryEventDetails {
    'bf-ebox-open': EboxOpenDetail;
    'bf-ebox-action': EboxActionDetail;
    'bf-ebox-query': EboxQueryDetail;
    'bf-ebox-selection-change': EboxSelectionDetail;
    'bf-ebox-retry': EboxRetryDetail;
  }
}

// ─── Text in the page's language ──────────────────────────────────────────────────────────────

/** Text picked for display, and the language it is in when that is not the one asked for. */
export interface PickedText {
  readonly text: string;
  /** Set when the text is in another language than asked: bind it to `lang`. */
  readonly lang: string | undefined;
}

// When the page's language is missing, the language a citizen reading it most likely also
// reads: the other national languages first (German-speaking Belgians are mostly taught French).
const fallbackOrder: Readonly<Record<EboxLanguage, readonly EboxLanguage[]>> = {
  nl: ['nl', 'fr', 'de', 'en'],
  fr: ['fr', 'nl', 'de', 'en'],
  de: ['de', 'fr', 'nl', 'en'],
  en: ['en', 'nl', 'fr', 'de'],
};

// A plausible BCP 47 tag, for keys outside nl/fr/de/en: anything else is not put in `lang`.
const languageTag = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/**
 * The text of `value` in `locale`, else in another language (see the order above), else in any
 * language the data has. `lang` tells which language was used when it is not `locale`. A plain
 * string is taken as it is; anything else that is not text gives `{ text: '' }`.
 */
export function pickText(value: unknown, locale: Locale): PickedText {
  if (typeof value === 'string') return { text: value.trim(), lang: undefined };
  if (typeof value !== 'object' || value === null) return { text: '', lang: undefined };
  const texts = value as Readonly<Record<string, unknown>>;
  const usable = (key: string) => {
    const text = texts[key];
    return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
  };
  for (const language of fallbackOrder[locale] ?? fallbackOrder.en) {
    const text = usable(language);
    if (text !== undefined) return { text, lang: language === locale ? undefined : language };
  }
  for (const key of Object.keys(texts)) {
    const text = usable(key);
    if (text !== undefined) return { text, lang: languageTag.test(key) ? key : undefined };
  }
  return { text: '', lang: undefined };
}

/** Something that gives a component's text: a language, or an element's `LocalizeController`. */
export type EboxLocalizer =
  | Locale
  | {
      readonly locale: Locale;
      termIn<U extends Catalog>(
        strings: ComponentStrings<U>,
        key: keyof U & string,
        params?: MessageParams,
      ): string;
    };

function localeOf(localizer: EboxLocalizer): Locale {
  return typeof localizer === 'string' ? localizer : localizer.locale;
}

function modelTerm(
  localizer: EboxLocalizer,
  key: keyof EboxModelStrings & string,
  params?: MessageParams,
): string {
  return typeof localizer === 'string'
    ? translate(eboxModelStrings, localizer, key, params)
    : localizer.termIn(eboxModelStrings, key, params);
}

/** A message's subject for display: "No subject" when the data has none in any language. */
export function messageSubject(
  message: Partial<EboxMessage>,
  localizer: EboxLocalizer,
): PickedText {
  const picked = pickText(message?.subject, localeOf(localizer));
  return picked.text ? picked : { text: modelTerm(localizer, 'noSubject'), lang: undefined };
}

/** A message's sender name for display: "Unknown sender" when it has none. */
export function senderName(message: Partial<EboxMessage>, localizer: EboxLocalizer): PickedText {
  const sender = message?.sender as Partial<EboxSender> | undefined;
  const picked = pickText(sender?.name, localeOf(localizer));
  return picked.text ? picked : { text: modelTerm(localizer, 'unknownSender'), lang: undefined };
}

// ─── Dates ────────────────────────────────────────────────────────────────────────────────────

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoDateTime =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A date from the API as a `Date`, or `null` when it is missing or not a real date. Only ISO 8601
 * strings are read (engines guess at other text, reading "1" as the year 2001). A day without a
 * time (`2026-03-05`) is that day at midnight in the local time zone, so it shows as that day
 * in any zone; a day that does not exist (`2026-02-30`) is `null`.
 */
export function parseEboxDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : new Date(value);
  if (typeof value === 'number') {
    const date = new Date(value);
    return Number.isFinite(value) && !Number.isNaN(date.getTime()) ? date : null;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const day = isoDate.exec(text);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const local = new Date(year, month - 1, date);
    // The Date constructor rolls 30 February over into March: a day that does not exist is none.
    return local.getFullYear() === year &&
      local.getMonth() === month - 1 &&
      local.getDate() === date
      ? local
      : null;
  }
  if (!isoDateTime.test(text)) return null;
  const date = new Date(text.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A date in the Belgian format of the language (`5 maart 2026`); empty when there is none. */
export function formatEboxDate(
  value: unknown,
  localizer: EboxLocalizer,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const date = parseEboxDate(value);
  return date ? formatDate({ locale: localeOf(localizer) }, date, options) : '';
}

/** A `YYYY-MM-DD` string for the local day of `date`, as `<input type="date">` gives it. */
export function toIsoDay(date: Date): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

const dayMs = 86_400_000;

/** Whole calendar days from `from`'s day to `to`'s day (negative when `to` is earlier). */
function calendarDays(from: Date, to: Date): number {
  const start = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  const end = new Date(to.getFullYear(), to.getMonth(), to.getDate());
  // Rounded: a day across a daylight-saving change is 23 or 25 hours long.
  return Math.round((end.getTime() - start.getTime()) / dayMs);
}

// ─── Expiry ───────────────────────────────────────────────────────────────────────────────────

/**
 * Where a message stands against its expiry date:
 * - `none`: no (valid) expiry date, the message stays;
 * - `later`: it expires after the urgent threshold;
 * - `urgent`: it expires within the threshold (today included): act now;
 * - `expired`: the date has passed.
 */
export type EboxExpiryState = 'none' | 'later' | 'urgent' | 'expired';

export interface EboxExpiry {
  readonly state: EboxExpiryState;
  /** The expiry date, `null` for `none`. */
  readonly date: Date | null;
  /** Whole calendar days from today to the expiry day (0 today, negative once expired). */
  readonly days: number;
}

/** How many days before expiry a message counts as urgent by default. */
export const eboxUrgentDays = 7;

// Up to a month away, "Expires in 12 days" reads faster than a date; beyond, the date is clearer.
const countDaysUpTo = 31;

/**
 * The expiry of a message that expires at `expiresAt`, seen at `now`. A message expires at the
 * end of its expiry day when the date has no time, and at that moment when it has one.
 */
export function eboxExpiry(
  expiresAt: unknown,
  now: Date = new Date(),
  urgentDays: number = eboxUrgentDays,
): EboxExpiry {
  const date = parseEboxDate(expiresAt);
  if (!date || Number.isNaN(now.getTime())) return { state: 'none', date: null, days: 0 };
  const days = calendarDays(now, date);
  const threshold = Number.isFinite(urgentDays) && urgentDays >= 0 ? urgentDays : eboxUrgentDays;
  const dayOnly = typeof expiresAt === 'string' && isoDate.test(expiresAt.trim());
  const passed = dayOnly ? days < 0 : date.getTime() <= now.getTime();
  if (passed) return { state: 'expired', date, days: Math.min(days, 0) };
  return { state: days <= threshold ? 'urgent' : 'later', date, days };
}

/**
 * The phrase for an expiry in the language of `localizer`: "Expires in 3 days", "Expires today",
 * "Expires on 5 March 2027", "Expired"; empty for `none`.
 */
export function expiryPhrase(expiry: EboxExpiry, localizer: EboxLocalizer): string {
  if (expiry.state === 'none' || !expiry.date) return '';
  if (expiry.state === 'expired') return modelTerm(localizer, 'expired');
  if (expiry.days <= 0) return modelTerm(localizer, 'expiresToday');
  if (expiry.days <= countDaysUpTo)
    return modelTerm(localizer, 'expiresIn', { count: expiry.days });
  const date = formatDate({ locale: localeOf(localizer) }, expiry.date, { dateStyle: 'long' });
  return modelTerm(localizer, 'expiresOn', { date });
}

// ─── Queries ──────────────────────────────────────────────────────────────────────────────────

function clampInteger(value: unknown, min: number, max: number, fallback: number): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(number)));
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function optionalDay(value: unknown): string | undefined {
  return typeof value === 'string' && isoDate.test(value.trim()) && parseEboxDate(value)
    ? value.trim()
    : undefined;
}

function optionalBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/**
 * A complete, valid query from partial or untrusted input (a URL, a form, a host's state): page
 * from 1, page size from 1 to 100 (25 when missing), known sort field and direction, filters
 * dropped when empty or malformed. The result has no key for an absent filter.
 */
export function normalizeEboxQuery(
  input: Partial<Record<keyof EboxQuery, unknown>> = {},
): EboxQuery {
  const source = typeof input === 'object' && input !== null ? input : {};
  const query: Record<string, unknown> = {
    page: clampInteger(source.page, 1, Number.MAX_SAFE_INTEGER, 1),
    pageSize: clampInteger(source.pageSize, 1, eboxMaxPageSize, eboxDefaultPageSize),
    sort: (eboxSortFields as readonly unknown[]).includes(source.sort)
      ? source.sort
      : defaultEboxQuery.sort,
    direction:
      source.direction === 'asc' || source.direction === 'desc' ? source.direction : 'desc',
  };
  const filters: Record<string, unknown> = {
    read: optionalBoolean(source.read),
    senderId: optionalText(source.senderId),
    messageTypeId: optionalText(source.messageTypeId),
    registeredMail: optionalBoolean(source.registeredMail),
    receivedFrom: optionalDay(source.receivedFrom),
    receivedTo: optionalDay(source.receivedTo),
    search: optionalText(source.search),
  };
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) query[key] = value;
  return query as unknown as EboxQuery;
}

/** Whether two queries ask for the same messages (page and page size included). */
export function sameEboxQuery(a: EboxQuery, b: EboxQuery): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof EboxQuery>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * Text folded for searching: lower case, without accents, one space between words, so that
 * "federale", "Fédérale" and "FEDERALE" match alike.
 */
export function foldSearchText(text: string): string {
  // Plain ASCII has no accents to remove: most text skips the costly normalization.
  const folded = /[\u0080-\uffff]/.test(text) ? text.normalize('NFD') : text;
  return folded
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

interface Indexed {
  readonly search: string;
  readonly received: number;
  readonly expires: number;
}

// Parsed dates and folded text per message object, so that each keystroke in a search over
// ten thousand messages compares strings instead of parsing dates again. Messages are treated
// as immutable: a host that changes one gives a new object (as with the read state).
const index = new WeakMap<object, Indexed>();

function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).filter((text): text is string => typeof text === 'string');
}

function indexed(message: EboxMessage): Indexed {
  let entry = index.get(message);
  if (!entry) {
    const sender = message.sender as Partial<EboxSender> | undefined;
    // Every language, so a citizen finds a message by the words they know, whatever the page's.
    const words = [
      ...textsOf(message.subject),
      ...textsOf(sender?.name),
      ...textsOf(sender?.shortName),
    ];
    entry = {
      search: foldSearchText(words.join(' \u0000 ')),
      received: parseEboxDate(message.receivedAt)?.getTime() ?? Number.NaN,
      expires: parseEboxDate(message.expiresAt)?.getTime() ?? Number.NaN,
    };
    index.set(message, entry);
  }
  return entry;
}

/**
 * A test for the filters and search of `query` (sort and page are ignored), prepared once: the
 * search words are folded and the days parsed before the messages are looked at.
 */
export function eboxMatcher(query: EboxQuery): (message: EboxMessage) => boolean {
  const words = query.search === undefined ? [] : foldSearchText(query.search).split(' ');
  const from = query.receivedFrom ? parseEboxDate(query.receivedFrom) : null;
  const to = query.receivedTo ? parseEboxDate(query.receivedTo) : null;
  const dated = query.receivedFrom !== undefined || query.receivedTo !== undefined;
  return (message) => {
    if (typeof message !== 'object' || message === null) return false;
    if (query.read !== undefined && Boolean(message.read) !== query.read) return false;
    if (
      query.registeredMail !== undefined &&
      Boolean(message.registeredMail) !== query.registeredMail
    ) {
      return false;
    }
    if (query.senderId !== undefined && message.sender?.id !== query.senderId) return false;
    if (query.messageTypeId !== undefined && message.messageType?.id !== query.messageTypeId) {
      return false;
    }
    const entry = indexed(message);
    if (dated) {
      // A message without a valid received date cannot be placed in a range.
      if (Number.isNaN(entry.received)) return false;
      if (from && entry.received < from.getTime()) return false;
      // Up to the end of that day.
      if (to && entry.received >= to.getTime() + dayMs) return false;
    }
    for (const word of words) if (word && !entry.search.includes(word)) return false;
    return true;
  };
}

/** Whether `message` passes the filters and search of `query` (sort and page are ignored). */
export function matchesEboxQuery(message: EboxMessage, query: EboxQuery): boolean {
  return eboxMatcher(query)(message);
}

/** The result of {@link queryEboxMessages}. */
export interface EboxQueryResult {
  /** The messages of the requested page, sorted. */
  readonly messages: readonly EboxMessage[];
  /** How many messages match the filters, on every page. */
  readonly total: number;
  /** The page shown: the requested one, or the last one when it asked for more. */
  readonly page: number;
  /** How many pages the matching messages fill (at least 1). */
  readonly pageCount: number;
}

// The messages in each order asked for, per `messages` array: a keystroke in the search then
// filters an array already sorted (filtering keeps the order) instead of sorting ten thousand
// messages again.
const sortedCache = new WeakMap<readonly EboxMessage[], Map<string, readonly EboxMessage[]>>();

/**
 * `messages` sorted by `sort` in `direction`, as the e-Box REST API would: messages without the
 * sorted date last, then by id, so the order is stable. Anything that is not an object is left
 * out. The result is cached per array: treat it as read-only.
 */
export function sortEboxMessages(
  messages: readonly EboxMessage[],
  sort: EboxSortField,
  direction: EboxSortDirection,
): readonly EboxMessage[] {
  const list = Array.isArray(messages) ? messages : [];
  const orderKey = `${sort}:${direction}`;
  let byOrder = sortedCache.get(list);
  const cached = byOrder?.get(orderKey);
  if (cached) return cached;
  const key = sort === 'expiresAt' ? 'expires' : 'received';
  const sign = direction === 'asc' ? 1 : -1;
  // Each message's date looked up once, not at every comparison.
  const decorated = list
    .filter((message) => typeof message === 'object' && message !== null)
    .map((message) => ({ message, time: indexed(message)[key], id: String(message.id) }));
  decorated.sort((a, b) => {
    const leftMissing = Number.isNaN(a.time);
    const rightMissing = Number.isNaN(b.time);
    if (leftMissing !== rightMissing) return leftMissing ? 1 : -1;
    if (!leftMissing && a.time !== b.time) return (a.time - b.time) * sign;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const result = decorated.map((entry) => entry.message);
  if (!byOrder) sortedCache.set(list, (byOrder = new Map()));
  byOrder.set(orderKey, result);
  return result;
}

/**
 * Applies `query` to `messages` as the e-Box REST API would: filters and search, sort (see
 * {@link sortEboxMessages}), then the page. What `bf-ebox-list` does in local mode, and what a
 * test service can answer with.
 */
export function queryEboxMessages(
  messages: readonly EboxMessage[],
  query: EboxQuery,
): EboxQueryResult {
  const ordered = sortEboxMessages(messages, query.sort, query.direction);
  const filtered = (Object.keys(query) as (keyof EboxQuery)[]).some(
    (key) => !(key in defaultEboxQuery) && query[key] !== undefined,
  );
  const matching = filtered
    ? ordered.filter((message) => matchesEboxQuery(message, query))
    : ordered;
  const pageSize = clampInteger(query.pageSize, 1, eboxMaxPageSize, eboxDefaultPageSize);
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = clampInteger(query.page, 1, pageCount, 1);
  const start = (page - 1) * pageSize;
  return {
    messages: matching.slice(start, start + pageSize),
    total: matching.length,
    page,
    pageCount,
  };
}
