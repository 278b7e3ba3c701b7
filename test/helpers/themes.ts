// The themes as the token build emits them, and its CSS, for tests that check every theme. A
// theme added to tokens/themes/ is tested everywhere without touching a test.
import { defaultTheme, themeNames, type ThemeName } from '@belfry/tokens';

export type { ThemeName };

/** Every theme the token build emitted, in its order (`themeNames` of `@belfry/tokens`). */
export const themes: readonly ThemeName[] = themeNames;

/** The theme that applies without `data-bf-theme`. */
export const baseTheme: ThemeName = defaultTheme;

/** The built token CSS with every theme, as an agency page links it. */
const tokenCssUrl = new URL('../../packages/tokens/dist/css/belfry.css', import.meta.url).href;

/**
 * Links the built token CSS into the page and resolves once it has loaded; rejects with how to
 * build it when it is missing. Switch it off with `link.disabled = true` to see the literal
 * fallbacks a page gets before (or without) the token CSS; remove it when done.
 */
export async function linkTokenCss(): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = tokenCssUrl;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error('Run `npm run build:tokens` before the browser tests.'));
  });
  document.head.append(link);
  await loaded;
  return link;
}
