import { warnOnce } from './warn.js';

/**
 * The language of a server render: a BCP 47 tag such as `nl-BE`, or a function that returns the
 * tag of the page being rendered at the moment it is called (for a server that renders several
 * languages, e.g. one that reads it from an `AsyncLocalStorage` per request).
 */
export type ServerLang = string | (() => string | null | undefined);

let serverDefault: ServerLang = '';

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
  serverDefault = lang;
}

/**
 * The language tag in effect for `host` during a server render: its own `lang`, else the one set
 * with {@link setServerLang}. Empty, with a warning, when neither is known. (There is no DOM tree
 * to search on a server: Lit's shim does not reliably link an element to those around it.)
 */
export function findServerLang(host: HTMLElement): string {
  const own = host.getAttribute('lang');
  if (own !== null) return own;
  const lang = serverDefaultLang();
  if (lang === '') {
    warnOnce(
      'server-lang',
      'An element was rendered on the server without a known language, so its built-in text is ' +
        'in English. Call setServerLang() from @belfry/core with the page language, or set lang ' +
        'on the element.',
    );
  }
  return lang;
}

/** The language set with `setServerLang`, or '' when it is unset or unusable. */
function serverDefaultLang(): string {
  let lang: unknown = serverDefault;
  if (typeof serverDefault === 'function') {
    try {
      lang = serverDefault();
    } catch (error) {
      warnOnce('server-lang-function', `The setServerLang() function threw: ${String(error)}`);
      return '';
    }
  }
  if (lang === null || lang === undefined) return '';
  if (typeof lang !== 'string') {
    warnOnce('server-lang-type', `setServerLang() needs a language tag such as "nl-BE".`);
    return '';
  }
  return lang;
}
