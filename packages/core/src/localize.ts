import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnOnce } from './warn.js';

/** The languages Belfry ships built-in text for. */
export const locales = ['nl', 'fr', 'de', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The language used when the page's language is none of Belfry's. */
export const fallbackLocale: Locale = 'en';

/** The Belgian regional formats used for dates and numbers in each language. */
export const intlLocales: Readonly<Record<Locale, string>> = {
  nl: 'nl-BE',
  fr: 'fr-BE',
  de: 'de-BE',
  en: 'en-BE',
};

/** A message that depends on a count: one string per CLDR plural category, `other` required. */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralMessage;
/** A catalog maps message keys to messages. */
export type Catalog = { [key: string]: Message };
/** One catalog per language, all of the same shape, so a missing key is a compile error. */
export type Catalogs<T extends Catalog> = Readonly<Record<Locale, T>>;
/** Values interpolated into `{name}` placeholders; `count` also selects the plural form. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Text a page author replaces on one element: either `{ key: text }` for every language, or
 * `{ nl: { key: text }, fr: { … } }` per language. Keys that do not exist are ignored.
 */
export type StringOverrides =
  | Readonly<Record<string, Message>>
  | Readonly<Partial<Record<Locale, Readonly<Record<string, Message>>>>>;

/** A host whose text can be overridden per instance (see `BelfryElement.strings`). */
export interface LocalizableHost extends ReactiveControllerHost, HTMLElement {
  strings?: StringOverrides | undefined;
}

/**
 * Maps a BCP 47 language tag to one of Belfry's languages: `nl-BE` → `nl`, `fr-LU` → `fr`,
 * `de-BE` → `de`, anything else (including an empty or malformed tag) → `en`.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (locales as readonly string[]).includes(primary) ? (primary as Locale) : fallbackLocale;
}

/**
 * The language tag in effect for `node`: the nearest `lang` attribute on the node or an
 * ancestor, crossing shadow-root boundaries up to `<html>`. Empty when none is set.
 */
export function findLang(node: Node): string {
  let current: Node | null = node;
  while (current) {
    const element: Element | null =
      current instanceof Element
        ? current.closest('[lang]')
        : (current.parentElement?.closest('[lang]') ?? null);
    if (element) return element.getAttribute('lang') ?? '';
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

// Agencies can replace built-in text page-wide (see `registerStrings`).
const registered = new Map<Locale, Record<string, Message>>();
// Every connected controller, so a `lang` change anywhere re-renders the elements it affects.
const connected = new Set<LocalizeController<Catalog>>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function refreshAll(force = false): void {
  for (const controller of connected) controller.refresh(force);
}

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observer ??= new MutationObserver(() => refreshAll());
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  observedRoots.add(root);
}

/**
 * Replaces or adds built-in text for a language on the whole page, e.g. an agency's own wording:
 * `registerStrings('nl', { loading: 'Even geduld…' })`. Elements already on the page re-render.
 */
export function registerStrings(locale: Locale, strings: Readonly<Record<string, Message>>): void {
  registered.set(locale, { ...registered.get(locale), ...strings });
  refreshAll(true);
}

/** A usable message: a non-empty string, or plural forms with a non-empty `other`. */
function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return value !== '';
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PluralMessage).other === 'string' &&
    (value as PluralMessage).other !== ''
  );
}

const intlConstructors = {
  date: Intl.DateTimeFormat,
  number: Intl.NumberFormat,
  plural: Intl.PluralRules,
} as const;
type IntlKind = keyof typeof intlConstructors;
const formatCache = new Map<string, InstanceType<(typeof intlConstructors)[IntlKind]>>();

/** One shared `Intl` object per kind, locale and options: they are costly to create. */
function intl<K extends IntlKind>(
  kind: K,
  locale: string,
  options?: object,
): InstanceType<(typeof intlConstructors)[K]> {
  const key = `${kind}|${locale}|${JSON.stringify(options ?? {})}`;
  let format = formatCache.get(key);
  if (!format) {
    // The three constructors share the (locale, options) shape; TypeScript cannot see that
    // through the union.
    const Constructor = intlConstructors[kind] as unknown as new (
      locale: string,
      options?: object,
    ) => InstanceType<(typeof intlConstructors)[IntlKind]>;
    format = new Constructor(locale, options);
    formatCache.set(key, format);
  }
  return format as InstanceType<(typeof intlConstructors)[K]>;
}

/**
 * Gives a component its built-in text in the language of the nearest `lang` attribute, and
 * Belgian formats for dates and numbers. It re-renders the host whenever a `lang` attribute
 * changes anywhere above it, when the host moves, and when text is registered page-wide.
 *
 * Look-up order for a key: the host's `strings` override → text registered with
 * `registerStrings` → the built-in catalog of the language → English → the key itself.
 */
export class LocalizeController<T extends Catalog> implements ReactiveController {
  /** The Belfry language in effect. */
  locale: Locale = fallbackLocale;
  /** The raw `lang` tag in effect, e.g. `nl-BE`; empty when the page sets none. */
  lang = '';

  constructor(
    private readonly host: LocalizableHost,
    private readonly catalogs: Catalogs<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this as unknown as LocalizeController<Catalog>);
    // Watch every tree between the host and the document, so a `lang` set inside a shadow
    // root (a component composing others) is seen too.
    let root = this.host.getRootNode();
    while (root instanceof ShadowRoot) {
      observe(root);
      root = root.host.getRootNode();
    }
    observe(root instanceof Document ? root.documentElement : root);
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this as unknown as LocalizeController<Catalog>);
  }

  /** Re-reads the language and re-renders the host when it changed (or when `force`d). */
  refresh(force = false): void {
    const lang = findLang(this.host);
    if (lang === this.lang && !force) return;
    this.lang = lang;
    this.locale = resolveLocale(lang);
    this.host.requestUpdate();
  }

  /** The `nl-BE` / `fr-BE` / `de-BE` / `en-BE` tag used for `Intl` formatting. */
  get intlLocale(): string {
    return intlLocales[this.locale];
  }

  /**
   * The language of Belfry's built-in text when it differs from the page's (a page in Spanish
   * gets English text): bind it to `lang` on the element holding built-in text so screen
   * readers pronounce it right. `undefined` when the page's language is one of Belfry's.
   */
  get textLang(): Locale | undefined {
    const primary = this.lang.trim().toLowerCase().split(/[-_]/)[0];
    return primary === this.locale ? undefined : this.locale;
  }

  /** The text for `key`, with `{name}` placeholders filled and the plural form for `count`. */
  term(key: keyof T & string, params?: MessageParams): string {
    const message = this.lookup(key);
    if (message === undefined) {
      warnOnce(`term:${key}`, `No text for "${key}" in any language.`);
      return key;
    }
    let text: string;
    if (typeof message === 'string') {
      text = message;
    } else {
      const count = Number(params?.['count']);
      const rule = Number.isFinite(count) ? this.pluralRules().select(count) : 'other';
      text = message[rule] ?? message.other;
    }
    return params ? this.interpolate(text, params) : text;
  }

  /**
   * A date in the Belgian format of the current language; empty for an invalid date, and the
   * ISO date (2026-03-05) when the browser rejects `options`.
   */
  date(
    value: Date | string | number,
    options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
  ): string {
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    return this.format(
      () => intl('date', this.intlLocale, options).format(date),
      () => date.toISOString().slice(0, 10),
      options,
    );
  }

  /**
   * A number in the Belgian format of the current language; empty for a non-number, and the
   * plain number when the browser rejects `options`.
   */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    if (typeof value !== 'number' || Number.isNaN(value)) return '';
    return this.format(
      () => intl('number', this.intlLocale, options).format(value),
      () => String(value),
      options,
    );
  }

  /** An amount of money (euro by default) in the Belgian format of the current language. */
  currency(value: number, currency = 'EUR'): string {
    return this.number(value, { style: 'currency', currency });
  }

  private pluralRules(): Intl.PluralRules {
    return intl('plural', this.intlLocale);
  }

  /**
   * Runs an `Intl` formatting; when the browser rejects the options (an unknown currency code,
   * say), shows the plain value instead of breaking the page.
   */
  private format(
    formatted: () => string,
    plain: () => string,
    options: object | undefined,
  ): string {
    try {
      return formatted();
    } catch {
      warnOnce(
        `intl:${JSON.stringify(options)}`,
        `Invalid format options ${JSON.stringify(options)}.`,
      );
      return plain();
    }
  }

  private interpolate(text: string, params: MessageParams): string {
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return typeof value === 'number' ? this.number(value) : value;
    });
  }

  private lookup(key: string): Message | undefined {
    const override = this.override(key);
    if (override !== undefined) return override;
    const page = registered.get(this.locale)?.[key];
    if (isMessage(page)) return page;
    const own = (this.catalogs[this.locale] as Catalog)[key];
    if (isMessage(own)) return own;
    const fallback = (this.catalogs[fallbackLocale] as Catalog)[key];
    return isMessage(fallback) ? fallback : undefined;
  }

  private override(key: string): Message | undefined {
    const strings = this.host.strings as Record<string, unknown> | undefined;
    if (!strings || typeof strings !== 'object') return undefined;
    const perLocale = strings[this.locale];
    if (typeof perLocale === 'object' && perLocale !== null && !isMessage(perLocale)) {
      const value = (perLocale as Record<string, unknown>)[key];
      if (isMessage(value)) return value;
    }
    const value = strings[key];
    return isMessage(value) ? value : undefined;
  }
}
