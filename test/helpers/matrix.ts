// The accessibility matrix every component runs: variants × states × themes × languages, one
// test per combination, each checked with axe (WCAG 2.2 A/AA). See docs/accessibility/testing.md.
import { fixture, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import { intlLocales, locales, type Locale } from '@belfry/core';
import { expectAccessible, loadAxe, type AccessibleOptions } from './a11y.js';
import { baseTheme, loadTokenStylesheet, themes, type ThemeName } from './token-build.js';

/** The properties one combination passes to `render`: its variant's merged with its state's. */
export type MatrixProps = Record<string, unknown>;

export interface AxeMatrixOptions<P extends MatrixProps = MatrixProps> {
  /** The element under test. Every combination must draw at least one, upgraded. */
  tag: string;
  /**
   * The variants: a list of `variant` values (each passed as `{ variant }`), or named sets of
   * properties. Default: one variant, `default`, with no properties.
   */
  variants?: readonly string[] | Readonly<Record<string, Partial<P>>>;
  /** Named states, e.g. `{ default: {}, disabled: { disabled: true } }`. Default: `default`. */
  states?: Readonly<Record<string, Partial<P>>>;
  /**
   * Every theme the token build emits, plus the page without the token CSS (the literal
   * fallbacks). Default `true`; `false` only for an element that has no colours of its own.
   */
  themes?: boolean;
  /**
   * Every Belfry language, for a component whose own text changes with the language. Languages
   * are checked in the base theme and themes in Dutch: colours do not depend on the language.
   */
  locales?: boolean;
  /** Draws one combination. The matrix wraps it in the theme and language. */
  render: (props: Partial<P>, combination: Combination<P>) => TemplateResult;
  /** axe options for every combination, e.g. `disableRules` with the reason in a comment. */
  axe?: AccessibleOptions;
}

export interface Combination<P extends MatrixProps = MatrixProps> {
  /** Readable, unique within the matrix: `primary · loading · dark · nl-BE`. */
  name: string;
  variant: string;
  state: string;
  /** A token theme; `null` for the page without token CSS; `undefined` when themes are off. */
  theme: ThemeName | null | undefined;
  /** The `lang` of the wrapper, e.g. `fr-BE`; `undefined` when languages are off. */
  lang: string | undefined;
  locale: Locale | undefined;
  props: Partial<P>;
}

/** The name of the column that checks the page before (or without) the token CSS. */
export const withoutTokenCss = 'no token CSS';

/** Every combination of `options`, in a stable order. */
export function matrixCombinations<P extends MatrixProps>(
  options: AxeMatrixOptions<P>,
): Combination<P>[] {
  const variants: [string, Partial<P>][] = Array.isArray(options.variants)
    ? options.variants.map((variant) => [variant, { variant } as unknown as Partial<P>])
    : Object.entries((options.variants as Record<string, Partial<P>>) ?? { default: {} });
  const states = Object.entries(options.states ?? { default: {} });
  const themeColumn: (ThemeName | null | undefined)[] =
    options.themes === false ? [undefined] : [...themes, null];
  const localeColumn: (Locale | undefined)[] = options.locales ? [...locales] : [undefined];

  const combinations: Combination<P>[] = [];
  for (const theme of themeColumn) {
    for (const locale of localeColumn) {
      // Languages in the base theme, themes in the first language: see `locales` above.
      const checked = theme === undefined || theme === baseTheme || locale === locales[0];
      if (locale !== undefined && !checked) continue;
      for (const [variant, variantProps] of variants) {
        for (const [state, stateProps] of states) {
          const lang = locale && intlLocales[locale];
          const parts = [variant, state, theme === null ? withoutTokenCss : theme, lang];
          combinations.push({
            name: parts.filter(Boolean).join(' · '),
            variant,
            state,
            theme,
            lang,
            locale,
            props: { ...variantProps, ...stateProps },
          });
        }
      }
    }
  }
  return combinations;
}

/**
 * Draws one combination and fails with axe's readable list of violations, or when the drawing
 * holds no upgraded `tag` (a check of nothing would pass). `tokenCss` is the linked token CSS
 * when themes are on: it is switched off for the `no token CSS` column.
 */
export async function expectCombinationAccessible<P extends MatrixProps>(
  options: AxeMatrixOptions<P>,
  combination: Combination<P>,
  tokenCss?: HTMLLinkElement,
): Promise<void> {
  if (tokenCss) tokenCss.disabled = combination.theme === null;
  try {
    const wrapper = await fixture(
      html`<div
        data-bf-theme=${combination.theme ?? nothing}
        lang=${combination.lang ?? nothing}
        style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
      >
        ${options.render(combination.props, combination)}
      </div>`,
    );
    const elements = [...wrapper.querySelectorAll(options.tag)];
    if (elements.length === 0) {
      throw new Error(`${combination.name}: render() drew no <${options.tag}>.`);
    }
    for (const element of elements) {
      if (!element.matches(':defined')) {
        throw new Error(`<${options.tag}> is not defined: import its entry point in the test.`);
      }
      await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    }
    await expectAccessible(wrapper, options.axe);
  } finally {
    if (tokenCss) tokenCss.disabled = false;
  }
}

/**
 * One axe test per combination of variants × states × themes (× languages), under
 * `<tag> (axe, WCAG 2.2 AA)`. For example:
 *
 * ```ts
 * axeMatrix({
 *   tag: 'bf-button',
 *   variants: buttonVariants,
 *   states: { default: {}, disabled: { disabled: true } },
 *   locales: true,
 *   render: (p) => html`<bf-button variant=${p.variant} ?disabled=${p.disabled}>Send</bf-button>`,
 * });
 * ```
 */
export function axeMatrix<P extends MatrixProps = MatrixProps>(options: AxeMatrixOptions<P>): void {
  const combinations = matrixCombinations(options);
  describe(`<${options.tag}> (axe, WCAG 2.2 AA)`, () => {
    let tokenCss: HTMLLinkElement | undefined;
    before(async function () {
      // Parsing axe takes a while on a busy machine: here, not in the first combination's time.
      this.timeout(30_000);
      await loadAxe();
      if (options.themes !== false) tokenCss = await loadTokenStylesheet();
    });
    after(() => tokenCss?.remove());

    for (const combination of combinations) {
      it(combination.name, () => expectCombinationAccessible(options, combination, tokenCss));
    }
  });
}
