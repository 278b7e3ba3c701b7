import { locales, type Locale } from '@belfry/core';

/** Runs `body` once per Belfry language, with `<html lang>` set to its Belgian tag. */
export async function forEachLocale(
  body: (locale: Locale, tag: string) => Promise<void>,
): Promise<void> {
  const previous = document.documentElement.getAttribute('lang');
  try {
    for (const locale of locales) {
      const tag = locale === 'en' ? 'en' : `${locale}-BE`;
      document.documentElement.lang = tag;
      await body(locale, tag);
    }
  } finally {
    if (previous === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', previous);
  }
}

/** Waits for pending MutationObserver callbacks and the Lit updates they requested. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
