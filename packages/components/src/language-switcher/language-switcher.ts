import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  BelfryElement,
  devMode,
  LocalizeController,
  onServer,
  fillHrefTemplate,
  hrefTemplateProblem,
} from '@belfry/core';
import { styles } from './language-switcher.styles.js';
import { languageSwitcherStrings } from './language-switcher.strings.js';

/** What `bf-language-change` tells the page. */
export interface LanguageChangeDetail {
  /** The chosen language's tag, as the switcher offers it (`fr`, or `fr-BE` if so written). */
  lang: string;
  /** The address of that language's page, when the option is a link. */
  href?: string;
}

declare global {
  interface BelfryEventDetails {
    'bf-language-change': LanguageChangeDetail;
  }
}

/** How the options are labelled on screen (screen readers always hear the full name). */
export const languageSwitcherLabels = ['auto', 'names', 'codes'] as const;
export type LanguageSwitcherLabels = (typeof languageSwitcherLabels)[number];

/** The languages offered when `languages` is not set: Belgium's three, and English. */
export const defaultLanguages = 'nl fr de en';

/** One language the switcher offers. */
export interface LanguageOption {
  /** The canonical language tag, e.g. `nl` or `fr-BE`. */
  lang: string;
  /** The language named in itself: "Nederlands", "Français". */
  name: string;
  /** The short code shown on small screens: "NL", "FR". */
  code: string;
  /** The safe address of its page, or `undefined` for a button. */
  href: string | undefined;
}

// Belfry's own languages by their own names, as Belgian federal sites write them; any other
// language is named by the browser (or Node) in that language.
const ownNames: Readonly<Record<string, string>> = {
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  en: 'English',
};

const primaryOf = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/** `tag` in canonical form (`nl-be` → `nl-BE`), or `undefined` when it is not a language tag. */
function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The name of the language `tag` in that language itself ("Nederlands", "Lëtzebuergesch"), or
 * `undefined` when no name is known for it.
 */
export function languageName(tag: string): string | undefined {
  const canonical = canonicalTag(tag);
  if (!canonical) return undefined;
  const primary = primaryOf(canonical);
  const own = ownNames[primary];
  if (own) return own;
  try {
    // A browser without data for the language would name it in another one: not its own name.
    if (Intl.DisplayNames.supportedLocalesOf([canonical]).length === 0) return undefined;
    const name = new Intl.DisplayNames([canonical], { type: 'language', fallback: 'none' }).of(
      primary,
    );
    if (!name) return undefined;
    // Names of languages are written with a capital at the start of a menu item in every language.
    return name.charAt(0).toLocaleUpperCase(canonical) + name.slice(1);
  } catch {
    return undefined;
  }
}

/** The one of `tags` that `wanted` means: the same tag, else the same language; `''` if none. */
function matchTag(tags: readonly string[], wanted: string): string {
  if (!wanted) return '';
  const lower = wanted.trim().toLowerCase();
  const exact = tags.find((tag) => tag.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  return tags.find((tag) => primaryOf(tag) === primaryOf(lower)) ?? '';
}

/**
 * @summary Lets citizens switch to the same page in another language. Each language is named in
 * itself and marked with its own `lang`, so that everyone finds theirs and screen readers say it
 * right.
 *
 * @tag bf-language-switcher
 *
 * @slot - Optional: your own links to the translated pages, each with `hreflang` (and `lang`,
 * which the switcher adds when missing): `<a href="/fr/contact" hreflang="fr">Français</a>`. They
 * work without JavaScript; the switcher marks the current one. Without them, the switcher makes
 * its options from `languages` and `href-template`.
 *
 * @csspart base - The `<nav>` landmark that holds the options.
 * @csspart option - Each option the switcher makes: a link, or a button without `href-template`.
 *
 * @cssprop --bf-language-switcher-fg - Colour of the options.
 * @cssprop --bf-language-switcher-fg-hover - Colour of an option under the pointer.
 * @cssprop --bf-language-switcher-current-fg - Colour of the current language.
 * @cssprop --bf-language-switcher-indicator - Colour of the bar under the current language.
 * @cssprop --bf-language-switcher-indicator-width - Thickness of that bar.
 * @cssprop --bf-language-switcher-gap - Space between the options.
 * @cssprop --bf-language-switcher-padding-inline - Space before and after each option's text.
 * @cssprop --bf-language-switcher-font-size - Text size.
 * @cssprop --bf-language-switcher-min-size - Minimum width and height of each option; never below 2.75rem (44 px).
 *
 * @fires bf-language-change - A language was chosen: `detail.lang`, and `detail.href` for a link.
 * Cancelable: `preventDefault()` keeps a link from being followed, and a button from setting
 * `lang` on the document element, so that a single-page app can switch itself.
 */
export class BfLanguageSwitcher extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override properties: PropertyDeclarations = {
    languages: {},
    current: {},
    hrefTemplate: { attribute: 'href-template' },
    labels: {},
  };

  private readonly t = new LocalizeController(this, languageSwitcherStrings);

  /**
   * The languages offered, in this order: language tags separated by spaces, e.g. `"nl fr de"`.
   * Default `"nl fr de en"`. Ignored when the switcher holds your own links.
   */
  languages = defaultLanguages;

  /**
   * The language of this page, marked as current. Default: the nearest `lang` attribute (usually
   * `<html lang>`), so it is rarely needed.
   */
  current = '';

  /**
   * The address of each language's page, with `{lang}` where the language tag goes:
   * `"/{lang}/contact"`. With it the options are links that work without JavaScript; without it
   * they are buttons that fire `bf-language-change`.
   */
  hrefTemplate = '';

  /**
   * What the options show: `auto` (full names, and short codes such as "NL" on screens narrower
   * than 30em), `names` or `codes`. Screen readers always hear the full name.
   */
  labels: LanguageSwitcherLabels = 'auto';

  constructor() {
    super();
    // Your own links are in light DOM: their clicks reach the host directly.
    this.addEventListener('click', this.handleAdoptedClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.dropWhiteSpace();
  }

  /** The options the switcher makes from its attributes, in order, without duplicates. */
  get options(): LanguageOption[] {
    const tags = String(this.languages ?? '')
      .split(/[\s,]+/)
      .filter(Boolean);
    const options = this.optionsFor(tags);
    if (options.length > 0) return options;
    // Nothing usable: the default languages rather than an empty landmark.
    if (devMode) {
      this.warn(
        'languages',
        `languages="${String(this.languages)}" names no language; "${defaultLanguages}" is used.`,
      );
    }
    return this.optionsFor(defaultLanguages.split(' '));
  }

  private optionsFor(tags: readonly string[]): LanguageOption[] {
    const template = this.usableTemplate;
    const seen = new Set<string>();
    const options: LanguageOption[] = [];
    for (const tag of tags) {
      const lang = canonicalTag(tag);
      const name = lang && languageName(lang);
      if (!lang || !name) {
        if (devMode) {
          this.warn(`languages:${tag}`, `"${tag}" is not a known language tag; it was left out.`);
        }
        continue;
      }
      if (seen.has(lang.toLowerCase())) continue;
      seen.add(lang.toLowerCase());
      const href = template ? fillHrefTemplate(template, '{lang}', lang) : undefined;
      options.push({ lang, name, code: primaryOf(lang).toUpperCase(), href });
    }
    return options;
  }

  /** The links to the translated pages that you wrote inside the switcher. */
  private get adoptedLinks(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('a[hreflang]')];
  }

  /** `href-template` when every option it makes is a safe address, else `''` (buttons). */
  private get usableTemplate(): string {
    const template = this.hrefTemplate;
    if (!template) return '';
    const problem = hrefTemplateProblem(template, '{lang}');
    if (!problem) return template;
    if (devMode) {
      this.warn(
        problem === 'unsafe' ? 'href-template-unsafe' : 'href-template',
        problem === 'unsafe'
          ? 'href-template is not a safe URL (only http, https and relative URLs are allowed); the options are buttons.'
          : `href-template="${template}" has no {lang}: every language would lead to the same page, so the options are buttons.`,
      );
    }
    return '';
  }

  /** The tag among `tags` that is the current language: `current`, else the nearest `lang`. */
  private currentOf(tags: readonly string[]): string {
    if (this.current) {
      const match = matchTag(tags, this.current);
      if (!match && devMode) {
        this.warn(
          `current:${this.current}`,
          `current="${this.current}" is not one of the languages offered; none is marked as current.`,
        );
      }
      return match;
    }
    return matchTag(tags, this.t.lang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (devMode && changed.has('labels') && !languageSwitcherLabels.includes(this.labels)) {
      this.warn('labels', `labels="${String(this.labels)}" is unknown; "auto" is used.`);
    }
  }

  protected override render() {
    const options = this.options;
    const current = this.currentOf(options.map((option) => option.lang));
    const labels = languageSwitcherLabels.includes(this.labels) ? this.labels : 'auto';
    // Your own links, when there are any, take the place of the options (the slot's fallback).
    return html`<nav
      part="base"
      class="switcher switcher--${labels}"
      aria-label=${this.t.term('label')}
      lang=${this.t.textLang ?? nothing}
    >
      <slot @slotchange=${this.handleSlotChange}
        >${options.map((option) => this.renderOption(option, option.lang === current))}</slot
      >
    </nav>`;
  }

  private renderOption(option: LanguageOption, isCurrent: boolean) {
    // The code is shown instead of the name on small screens; the name stays in the accessible
    // name, first, in the language's own `lang` (the code joins it, for speech input).
    const content = html`<span class="name">${option.name}</span>
      <span class="code">${option.code}</span>`;
    if (option.href !== undefined) {
      return html`<a
        part="option"
        class="option focus-ring"
        href=${option.href}
        hreflang=${option.lang}
        lang=${option.lang}
        aria-current=${isCurrent ? 'true' : nothing}
        @click=${this.handleOptionClick}
        >${content}</a
      >`;
    }
    return html`<button
      part="option"
      class="option focus-ring"
      type="button"
      lang=${option.lang}
      aria-current=${isCurrent ? 'true' : nothing}
      @click=${this.handleOptionClick}
    >
      ${content}
    </button>`;
  }

  protected override updated(): void {
    this.adoptLinks();
  }

  /**
   * Gives your own links what the switcher promises: each in its own `lang`, and the current one
   * marked with `aria-current="true"`.
   */
  private adoptLinks(): void {
    const links = this.adoptedLinks;
    if (links.length === 0) return;
    const current = this.currentOf(links.map((link) => link.hreflang));
    let marked = false;
    for (const link of links) {
      if (!link.hasAttribute('lang')) link.setAttribute('lang', link.hreflang);
      const isCurrent: boolean = !marked && current !== '' && link.hreflang === current;
      marked ||= isCurrent;
      if (isCurrent) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  }

  private readonly handleSlotChange = (): void => {
    this.dropWhiteSpace();
    this.adoptLinks();
  };

  /**
   * White space between the tags (`<bf-language-switcher> </bf-language-switcher>`) would fill
   * the slot and hide the options: it is removed while the switcher holds nothing else.
   */
  private dropWhiteSpace(): void {
    if (onServer) return;
    const nodes = [...this.childNodes];
    const onlyWhiteSpace = nodes.every(
      (node) =>
        node.nodeType === Node.COMMENT_NODE ||
        (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()),
    );
    if (!onlyWhiteSpace) return;
    for (const node of nodes) if (node.nodeType === Node.TEXT_NODE) node.remove();
  }

  private readonly handleOptionClick = (event: MouseEvent): void => {
    const option = event.currentTarget as HTMLAnchorElement | HTMLButtonElement;
    const lang = option.getAttribute('lang') ?? '';
    if (option.getAttribute('aria-current') === 'true') return;
    if (option instanceof HTMLAnchorElement) {
      this.chooseLink(event, lang, option.getAttribute('href') ?? '');
      return;
    }
    if (!this.emit('bf-language-change', { lang }, { cancelable: true })) return;
    // The default for a single-page app: the page's language changes, and every Belfry element
    // follows it. The app shows its own content in that language (see the docs).
    if (this.current) this.current = lang;
    document.documentElement.lang = lang;
  };

  private readonly handleAdoptedClick = (event: MouseEvent): void => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const link = target.closest<HTMLAnchorElement>('a[hreflang]');
    if (!link || !this.contains(link) || link.getAttribute('aria-current') === 'true') return;
    this.chooseLink(event, link.hreflang, link.getAttribute('href') ?? '');
  };

  /** A link was clicked: the page may take over (and stop the browser from following it). */
  private chooseLink(event: MouseEvent, lang: string, href: string): void {
    // A click that opens a new tab or window, or a download, is the browser's, not a change of language.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    if (!this.emit('bf-language-change', { lang, href }, { cancelable: true })) {
      event.preventDefault();
    }
  }
}
