// Belgian date, number and amount formats. Plain functions rather than controller methods, so a
// component that formats nothing does not ship them.
import { devMode } from './environment.js';
import { intlLocales, type Locale } from './localize.js';
import { warnOnce } from './warn.js';

/** What the formatters need from a `LocalizeController`: its Belfry language. */
export interface HasLocale {
  readonly locale: Locale;
}

const intlConstructors = {
  date: Intl.DateTimeFormat,
  number: Intl.NumberFormat,
} as const;
type IntlKind = keyof typeof intlConstructors;
type IntlObject<K extends IntlKind> = InstanceType<(typeof intlConstructors)[K]>;
const cache = new Map<string, IntlObject<IntlKind>>();

/** One shared `Intl` object per kind, locale and options: they are costly to create. */
function intl<K extends IntlKind>(kind: K, locale: string, options?: object): IntlObject<K> {
  const key = `${kind}|${locale}|${JSON.stringify(options ?? {})}`;
  let object = cache.get(key);
  if (!object) {
    // The constructors share the (locale, options) shape; TypeScript cannot see that
    // through the union.
    const Constructor = intlConstructors[kind] as unknown as new (
      locale: string,
      options?: object,
    ) => IntlObject<IntlKind>;
    object = new Constructor(locale, options);
    cache.set(key, object);
  }
  return object as IntlObject<K>;
}

/**
 * Runs an `Intl` formatting; when the browser rejects the options (an unknown currency code,
 * say), shows the plain value instead of breaking the page.
 */
function attempt(formatted: () => string, plain: () => string, options: object | undefined) {
  try {
    return formatted();
  } catch {
    if (devMode) {
      const described = JSON.stringify(options);
      warnOnce(`intl:${described}`, `Invalid format options ${described}.`);
    }
    return plain();
  }
}

/**
 * A number in the Belgian format of the current language (`formatNumber(this.t, 1250.5)` →
 * "1.250,5" in Dutch); empty for a non-number, and the plain number when the browser rejects
 * `options`.
 */
export function formatNumber(
  localized: HasLocale,
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  if (typeof value !== 'number' || Number.isNaN(value)) return '';
  return attempt(
    () => intl('number', intlLocales[localized.locale], options).format(value),
    () => String(value),
    options,
  );
}

/** An amount of money (euro by default) in the Belgian format of the current language. */
export function formatCurrency(localized: HasLocale, value: number, currency = 'EUR'): string {
  return formatNumber(localized, value, { style: 'currency', currency });
}

/**
 * A date in the Belgian format of the current language (`formatDate(this.t, '2026-03-05')` →
 * "5 maart 2026"); empty for an invalid date, and the ISO date when the browser rejects
 * `options`.
 */
export function formatDate(
  localized: HasLocale,
  value: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return attempt(
    () => intl('date', intlLocales[localized.locale], options).format(date),
    () => date.toISOString().slice(0, 10),
    options,
  );
}
