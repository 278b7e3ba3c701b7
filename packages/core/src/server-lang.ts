import { warnOnce } from './warn.js';

// The language of a server render for elements without a `lang` of their own. Only
// setServerLang() (set-server-lang.ts) changes it, so that browser bundles, which never render on
// a server and never import setServerLang, leave that code out.
let serverDefaultLang: () => string = () => '';

/** @internal Used by `setServerLang`. */
export function useServerDefaultLang(read: () => string): void {
  serverDefaultLang = read;
}

/**
 * The language tag in effect for `host` during a server render: its own `lang`, else the one set
 * with `setServerLang`. Empty, with a warning, when neither is known. (There is no DOM tree to
 * search on a server: Lit's shim does not reliably link an element to those around it.)
 */
export function findServerLang(host: HTMLElement): string {
  const own = host.getAttribute('lang');
  if (own !== null) return own;
  const lang = serverDefaultLang();
  if (lang === '') {
    warnOnce('server-lang', 'Rendered on the server in English: set lang or setServerLang().');
  }
  return lang;
}
