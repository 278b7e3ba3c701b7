// The outputs of the token build, for browser tests that compare what renders with what the
// tokens say: the themes, the stylesheet, and every token's resolved value in every theme. A
// theme added to tokens/themes/ is tested everywhere without touching a test.
import { defaultTheme, themeNames, type ThemeName } from '@belfry/tokens';

export type { ThemeName };

/** Every theme the token build emitted, in its order (`themeNames` of `@belfry/tokens`). */
export const themes: readonly ThemeName[] = themeNames;

/** The theme that applies without `data-bf-theme`. */
export const baseTheme: ThemeName = defaultTheme;

const BUILD_HINT = 'Run `npm run build:tokens` before the browser tests.';

/**
 * Appends `belfry.css` to <head> and waits until it has loaded. Switch it off with
 * `link.disabled = true` to see the literal fallbacks a page gets before (or without) it.
 */
export async function loadTokenStylesheet(): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/packages/tokens/dist/css/belfry.css';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(BUILD_HINT));
  });
  document.head.append(link);
  await loaded;
  return link;
}

export type ThemeValues = Record<string, Record<string, string | number>>;

let flat: Promise<ThemeValues> | undefined;

/** tokens.flat.json: `values['dark']['--bf-color-action']`. */
export function tokenValues(): Promise<ThemeValues> {
  flat ??= fetch('/packages/tokens/dist/json/tokens.flat.json').then((response) => {
    if (!response.ok) throw new Error(BUILD_HINT);
    return response.json() as Promise<ThemeValues>;
  });
  return flat;
}

/** A token colour as the browser computes it (`#1b4f8f` → `rgb(27, 79, 143)`), to compare with computed styles. */
export function computedColor(value: string | number): string {
  const probe = document.createElement('span');
  probe.style.color = String(value);
  if (!probe.style.color) throw new Error(`"${value}" is not a colour`);
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}
