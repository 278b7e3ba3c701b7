import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { devMode, onServer } from './environment.js';
import { findServerLang } from './server-lang.js';
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
/**
 * Values interpolated into `{name}` placeholders. `count` selects the plural form and is the only
 * number shown in the language's number format ("1.250 berichten"); any other number is shown as
 * it is, so that a `{year}` of 2026 never becomes "2.026". Format an amount before passing it
 * (`formatCurrency`).
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A component's own built-in text: its catalogs in every language and the namespace (its tag)
 * under which page authors replace it with `registerStrings`. Made with {@link defineStrings}.
 */
export interface ComponentStrings<T extends Catalog> {
  readonly namespace: string;
  readonly catalogs: Catalogs<T>;
  /**
   * Further namespaces looked up, in order, after `namespace` for text registered page-wide:
   * text that several components share (the fields' validation messages, say) can be replaced
   * for all of them at once, and still per component under its own tag.
   */
  readonly sharedNamespaces?: readonly string[];
}

declare global {
  /**
   * Every component's text keys, by tag, for typed `registerStrings` calls. Each component adds
   * its own entry next to its text:
   *
   * ```ts
   * declare global {
   *   interface BelfryStringsMap { 'bf-button': ButtonStrings }
   * }
   * ```
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface BelfryStringsMap {}
}

/** Page-wide text for one language, by component tag and key (see `registerStrings`). */
export type RegisteredStrings = {
  readonly [Tag in keyof BelfryStringsMap]?: Readonly<
    Partial<Record<keyof BelfryStringsMap[Tag] & string, Message>>
  >;
};

/**
 * Declares a component's built-in text. `namespace` is the component's tag, so text registered
 * page-wide for one component never changes another's.
 */
export function defineStrings<T extends Catalog>(
  namespace: string,
  catalogs: Catalogs<T>,
): ComponentStrings<T> {
  return { namespace, catalogs };
}

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

// Agencies can replace built-in text page-wide (see `registerStrings`): locale → tag → key.
const registered = new Map<Locale, Map<string, Record<string, Message>>>();
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
 * Replaces built-in text for a language on the whole page, e.g. an agency's own wording, per
 * component tag: `registerStrings('nl', { 'bf-button': { loading: 'Even geduld' } })`. Elements
 * already on the page re-render. Keys a component does not have are ignored.
 */
export function registerStrings(locale: Locale, strings: RegisteredStrings): void {
  if (!(locales as readonly string[]).includes(locale)) {
    if (devMode) {
      warnOnce(
        `register:${String(locale)}`,
        `registerStrings: "${String(locale)}" is not nl, fr, de or en.`,
      );
    }
    return;
  }
  if (typeof strings !== 'object' || strings === null) {
    if (devMode) {
      warnOnce('register:object', 'registerStrings takes an object of texts by component tag.');
    }
    return;
  }
  let byTag = registered.get(locale);
  if (!byTag) registered.set(locale, (byTag = new Map()));
  for (const [tag, messages] of Object.entries(strings as Record<string, unknown>)) {
    if (typeof messages !== 'object' || messages === null) {
      // Most likely the form without a tag: `registerStrings('nl', { loading: '…' })`.
      if (devMode) {
        warnOnce(
          `register:${tag}`,
          `registerStrings: "${tag}" is not a component tag with texts, e.g. { 'bf-button': { ${tag}: '…' } }; it was ignored.`,
        );
      }
      continue;
    }
    byTag.set(tag, { ...byTag.get(tag), ...(messages as Record<string, Message>) });
  }
  refreshAll(true);
}

// The plural rules and number format of each language, for `{count}`: costly to create, so
// shared. Here rather than through format.ts, so that a component whose text has no count does
// not ship the formatting helpers.
const countFormats = new Map<string, [Intl.PluralRules, Intl.NumberFormat]>();

function countFormat(intlLocale: string): [Intl.PluralRules, Intl.NumberFormat] {
  let formats = countFormats.get(intlLocale);
  if (!formats) {
    formats = [new Intl.PluralRules(intlLocale), new Intl.NumberFormat(intlLocale)];
    countFormats.set(intlLocale, formats);
  }
  return formats;
}

// Controllers whose language a server render has read.
const resolvedOnServer = new WeakSet<object>();

/**
 * On the server `hostConnected` is not called and the host renders once, after all its
 * attributes are set: the language is read when the render first asks for it. (A function, not
 * a method, so that the browser build leaves it out.)
 */
function resolveOnServer(controller: { refresh(force: boolean): void }): void {
  if (resolvedOnServer.has(controller)) return;
  resolvedOnServer.add(controller);
  controller.refresh(true);
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

/** Text registered page-wide for `key`, else the built-in text of `locale`, else English. */
function builtIn(strings: ComponentStrings<Catalog>, locale: Locale, key: string) {
  const page = registered.get(locale);
  for (const namespace of [strings.namespace, ...(strings.sharedNamespaces ?? [])]) {
    const message = page?.get(namespace)?.[key];
    if (isMessage(message)) return message;
  }
  const own = strings.catalogs[locale][key];
  if (isMessage(own)) return own;
  const fallback = strings.catalogs[fallbackLocale][key];
  return isMessage(fallback) ? fallback : undefined;
}

/** `message` with its placeholders filled and the plural form for `count`; the key when none. */
function fill(
  message: Message | undefined,
  intlLocale: string,
  key: string,
  params: MessageParams | undefined,
): string {
  if (message === undefined) {
    if (devMode) warnOnce(`term:${key}`, `No text for "${key}" in any language.`);
    return key;
  }
  const count = Number(params?.['count']);
  const text =
    typeof message === 'string'
      ? message
      : (message[Number.isFinite(count) ? countFormat(intlLocale)[0].select(count) : 'other'] ??
        message.other);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    if (name !== 'count' || typeof value !== 'number') return String(value);
    // As formatNumber() does: nothing for a value that is not a number.
    return Number.isNaN(value) ? '' : countFormat(intlLocale)[1].format(value);
  });
}

/**
 * A component's text in `locale` outside any element: on a server, or in a script that shows
 * its own messages. Text registered with `registerStrings` is used; the per-element `strings`
 * override is not, as there is no element. Placeholders and plurals work as in
 * `LocalizeController.term`.
 */
export function translate<T extends Catalog>(
  strings: ComponentStrings<T>,
  locale: Locale,
  key: keyof T & string,
  params?: MessageParams,
): string {
  const known = (locales as readonly string[]).includes(locale) ? locale : fallbackLocale;
  return fill(builtIn(strings, known, key), intlLocales[known], key, params);
}

/**
 * Gives a component its built-in text in the language of the nearest `lang` attribute. It
 * re-renders the host whenever a `lang` attribute changes anywhere above it, when the host moves,
 * and when text is registered page-wide. Dates, numbers and amounts are formatted with
 * `formatDate`, `formatNumber` and `formatCurrency`, which take this controller.
 *
 * Look-up order for a key: the host's `strings` override → text registered with
 * `registerStrings` for the host's tag → the built-in catalog of the language → English → the
 * key itself.
 */
export class LocalizeController<T extends Catalog> implements ReactiveController {
  // State in `#` fields: a minifier shortens their names, which it cannot do safely for
  // TypeScript's `private` members.
  readonly #host: LocalizableHost;
  #locale: Locale = fallbackLocale;
  #lang = '';

  /** The Belfry language in effect. */
  get locale(): Locale {
    if (onServer) resolveOnServer(this);
    return this.#locale;
  }

  /** The raw `lang` tag in effect, e.g. `nl-BE`; empty when the page sets none. */
  get lang(): string {
    if (onServer) resolveOnServer(this);
    return this.#lang;
  }

  constructor(
    host: LocalizableHost,
    private readonly strings: ComponentStrings<T>,
  ) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // A server render has no document to watch (and must not keep elements alive across
    // requests); it reads the language once, when the first text is asked for.
    if (onServer) return;
    connected.add(this as unknown as LocalizeController<Catalog>);
    // Watch every tree between the host and the document, so a `lang` set inside a shadow
    // root (a component composing others) is seen too.
    let root = this.#host.getRootNode();
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
    const lang = onServer ? findServerLang(this.#host) : findLang(this.#host);
    if (lang === this.#lang && !force) return;
    this.#lang = lang;
    this.#locale = resolveLocale(lang);
    this.#host.requestUpdate();
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
    return fill(this.lookup(key), this.intlLocale, key, params);
  }

  /**
   * The text for `key` in another catalog than the controller's own, in the same language and
   * with the host's `strings` overrides: for code that adds text to an element that already has
   * a controller (a field's known value and its source).
   */
  termIn<U extends Catalog>(
    strings: ComponentStrings<U>,
    key: keyof U & string,
    params?: MessageParams,
  ): string {
    const message = this.override(key) ?? builtIn(strings, this.locale, key);
    return fill(message, this.intlLocale, key, params);
  }

  private lookup(key: string): Message | undefined {
    return this.override(key) ?? builtIn(this.strings, this.locale, key);
  }

  private override(key: string): Message | undefined {
    const strings = this.#host.strings as Record<string, unknown> | undefined;
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
