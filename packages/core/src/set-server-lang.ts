import { useServerDefaultLang } from './server-lang.js';
import { warnOnce } from './warn.js';

/**
 * The language of a server render: a BCP 47 tag such as `nl-BE`, or a function that returns the
 * tag of the page being rendered at the moment it is called (for a server that renders several
 * languages, e.g. one that reads it from an `AsyncLocalStorage` per request).
 */
export type ServerLang = string | (() => string | null | undefined);

/**
 * Sets the language of Belfry's built-in text (such as a busy button's "Loading") in server
 * renders. A server render cannot see the page's `<html lang>` or any other ancestor: an element
 * there takes the language of its own `lang` attribute, else this one. Set the same language as
 * the page's `<html lang>`, so that hydration in the browser finds the text it expects (hydration
 * keeps the server's text). Browsers ignore it: there the nearest `lang` attribute decides.
 *
 * ```js
 * setServerLang('nl-BE'); // every page of this server is in Dutch
 * setServerLang(() => requestLang.getStore()); // the language of the request being rendered
 * ```
 */
export function setServerLang(lang: ServerLang): void {
  useServerDefaultLang(() => read(lang));
}

/** The tag `lang` gives now, or '' (with a warning) when it gives nothing usable. */
function read(lang: ServerLang): string {
  try {
    const value: unknown = typeof lang === 'function' ? lang() : lang;
    if (value === null || value === undefined || typeof value === 'string') return value ?? '';
  } catch {
    // Warned below, like any other unusable value.
  }
  warnOnce(
    'server-lang-value',
    'setServerLang() needs a tag such as "nl-BE", or a function giving one.',
  );
  return '';
}
