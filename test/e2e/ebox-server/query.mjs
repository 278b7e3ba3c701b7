// The list query of the local e-Box service: reads the parameters of a list request as the
// public e-Box REST API takes them (page of 25 by default, 100 at most; read status, sender,
// message type, registered mail, received and expiry date ranges, full-text search, sort) and
// answers them over a mailbox. Pure functions, no HTTP: service.mjs serves them and
// ebox-service.test.mjs tests them. Parameter names follow Belfry's `EboxQuery`, so a page maps
// a `bf-ebox-query` event to a URL one to one; a real back end maps them to the API's own.

export const defaultPageSize = 25;
export const maxPageSize = 100;
export const sortFields = ['receivedAt', 'expiresAt'];

/** A request the service refuses, with the parameter at fault: answered as 400. */
export class QueryError extends Error {
  constructor(parameter, detail) {
    super(detail);
    this.name = 'QueryError';
    this.parameter = parameter;
  }
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

function readInteger(params, name, { min, max, fallback }) {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new QueryError(name, `${name} must be a whole number.`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new QueryError(name, `${name} must be between ${min} and ${max}.`);
  }
  return value;
}

function readBoolean(params, name) {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new QueryError(name, `${name} must be true or false.`);
}

function readDay(params, name) {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const match = isoDay.exec(raw);
  const date =
    match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // A day that does not exist (2026-02-30) rolls over in Date: refuse it.
  if (!date || date.toISOString().slice(0, 10) !== raw) {
    throw new QueryError(name, `${name} must be a day written as YYYY-MM-DD.`);
  }
  return raw;
}

function readText(params, name) {
  const raw = params.get(name);
  return raw === null || raw.trim() === '' ? undefined : raw.trim();
}

/**
 * The query a request asks for, from its URL parameters; throws a `QueryError` for a value the
 * service cannot read (the API answers those with 400, and so does this service). An absent or
 * empty parameter means "no filter". `offset` (from 0) may stand in for `page`.
 */
export function readQuery(params) {
  const pageSize = readInteger(params, 'pageSize', {
    min: 1,
    max: maxPageSize,
    fallback: defaultPageSize,
  });
  const offset = params.has('offset')
    ? readInteger(params, 'offset', { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 })
    : undefined;
  if (offset !== undefined && params.has('page')) {
    throw new QueryError('offset', 'Give page or offset, not both.');
  }
  const page =
    offset === undefined
      ? readInteger(params, 'page', { min: 1, max: Number.MAX_SAFE_INTEGER, fallback: 1 })
      : Math.floor(offset / pageSize) + 1;
  const sort = params.get('sort') || 'receivedAt';
  if (!sortFields.includes(sort)) {
    throw new QueryError('sort', `sort must be one of ${sortFields.join(', ')}.`);
  }
  const direction = params.get('direction') || 'desc';
  if (direction !== 'asc' && direction !== 'desc') {
    throw new QueryError('direction', 'direction must be asc or desc.');
  }
  const query = {
    page,
    pageSize,
    offset: offset ?? (page - 1) * pageSize,
    sort,
    direction,
    read: readBoolean(params, 'read'),
    registeredMail: readBoolean(params, 'registeredMail'),
    senderId: readText(params, 'senderId'),
    messageTypeId: readText(params, 'messageTypeId'),
    receivedFrom: readDay(params, 'receivedFrom'),
    receivedTo: readDay(params, 'receivedTo'),
    expiresFrom: readDay(params, 'expiresFrom'),
    expiresTo: readDay(params, 'expiresTo'),
    search: readText(params, 'search'),
  };
  for (const [name, from, to] of [
    ['receivedTo', query.receivedFrom, query.receivedTo],
    ['expiresTo', query.expiresFrom, query.expiresTo],
  ]) {
    if (from && to && to < from) throw new QueryError(name, `${name} is before the start.`);
  }
  return query;
}

/**
 * Text folded for searching: lower case, without accents, single spaces, so that "federale",
 * "Fédérale" and "FEDERALE" find the same messages.
 */
export function fold(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// Dates are compared as days in Belgium, whatever the server's time zone: "received on
// 5 March" means the Belgian 5 March, the day the citizen saw.
const belgianDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function timeOf(value) {
  if (typeof value !== 'string' && typeof value !== 'number') return Number.NaN;
  return new Date(value).getTime();
}

const textsOf = (value) =>
  value && typeof value === 'object'
    ? Object.values(value).filter((text) => typeof text === 'string')
    : typeof value === 'string'
      ? [value]
      : [];

/**
 * What the service searches and sorts by, worked out once per message (a mailbox is indexed
 * when the service starts and again when it changes, not at every request).
 */
export function indexMessage(message) {
  const received = timeOf(message.receivedAt);
  const expires = timeOf(message.expiresAt);
  return {
    message,
    received,
    expires,
    receivedDay: Number.isNaN(received) ? undefined : belgianDay.format(received),
    expiresDay: Number.isNaN(expires) ? undefined : belgianDay.format(expires),
    // Every language, so a citizen finds a message by the words they know.
    text: fold(
      [
        ...textsOf(message.subject),
        ...textsOf(message.sender?.name),
        ...textsOf(message.sender?.shortName),
      ].join(' \u0000 '),
    ),
  };
}

function inRange(day, from, to) {
  if (from === undefined && to === undefined) return true;
  // A message without that date cannot be placed in a range.
  if (day === undefined) return false;
  return (from === undefined || day >= from) && (to === undefined || day <= to);
}

function matches(entry, query, words) {
  const { message } = entry;
  if (query.read !== undefined && Boolean(message.read) !== query.read) return false;
  if (
    query.registeredMail !== undefined &&
    Boolean(message.registeredMail) !== query.registeredMail
  )
    return false;
  if (query.senderId !== undefined && message.sender?.id !== query.senderId) return false;
  if (query.messageTypeId !== undefined && message.messageType?.id !== query.messageTypeId)
    return false;
  if (!inRange(entry.receivedDay, query.receivedFrom, query.receivedTo)) return false;
  if (!inRange(entry.expiresDay, query.expiresFrom, query.expiresTo)) return false;
  return words.every((word) => entry.text.includes(word));
}

/**
 * The page of `index` (from `indexMessage`) that `query` (from `readQuery`) asks for: filtered,
 * sorted (messages without the sorted date last, then by id, so the order is stable), sliced.
 * A page past the last gives no items, with the total, as the API does.
 */
export function answerQuery(index, query) {
  const words = query.search ? fold(query.search).split(' ') : [];
  const matching = index.filter((entry) => matches(entry, query, words));
  const key = query.sort === 'expiresAt' ? 'expires' : 'received';
  const sign = query.direction === 'asc' ? 1 : -1;
  matching.sort((a, b) => {
    const left = a[key];
    const right = b[key];
    const leftMissing = Number.isNaN(left);
    const rightMissing = Number.isNaN(right);
    if (leftMissing !== rightMissing) return leftMissing ? 1 : -1;
    if (!leftMissing && left !== right) return (left - right) * sign;
    return String(a.message.id) < String(b.message.id) ? -1 : 1;
  });
  return {
    items: matching
      .slice(query.offset, query.offset + query.pageSize)
      .map(({ message }) => message),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
    offset: query.offset,
    pageCount: Math.max(1, Math.ceil(matching.length / query.pageSize)),
  };
}
