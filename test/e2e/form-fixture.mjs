// A form an agency would write with bf-text-field, served under the strict Content-Security-Policy
// of the other end-to-end tests, for the form tests in Chromium and Firefox: native submission,
// back/forward restore, autofill. Needs `npm run build`.
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { csp } from './fixture-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The form: created controls, an input the author wrote (works without JavaScript), a password. */
export const page = `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <title>Adreswijziging</title>
    <link rel="stylesheet" href="/packages/tokens/dist/css/belfry.css" />
    <script src="/test/e2e/form/no-bfcache.js"></script>
    <script type="module" src="/packages/components/dist/belfry.js"></script>
  </head>
  <body>
    <main>
      <h1>Adreswijziging</h1>
      <form action="/next" method="get">
        <bf-text-field label="Naam" name="name" autocomplete="name" required></bf-text-field>
        <bf-text-field label="Straat en nummer" name="street" autocomplete="address-line1" required></bf-text-field>
        <bf-text-field label="Postcode" name="postcode" autocomplete="postal-code" width="postcode" inputmode="numeric" required></bf-text-field>
        <bf-text-field required>
          <label for="city">Gemeente</label>
          <input id="city" name="city" autocomplete="address-level2" required />
        </bf-text-field>
        <bf-text-field label="Wachtwoord" name="password" type="password" autocomplete="current-password"></bf-text-field>
        <bf-button type="submit" name="action" value="next">Verder</bf-button>
      </form>
    </main>
  </body>
</html>`;

/** Starts the server on a free loopback port; resolves with its origin and a `close()`. */
export function startFormServer() {
  return startStaticServer({
    root,
    headers: { 'Content-Security-Policy': csp },
    pages: {
      '/': page,
      // The same form, which the browser may keep in its back/forward cache.
      '/cached': page.replace('<script src="/test/e2e/form/no-bfcache.js"></script>\n', ''),
      '/next': '<!doctype html><title>Volgende stap</title><p>Volgende stap</p>',
    },
    allow: (file) => file.includes(`${sep}dist${sep}`) || file.endsWith(`${sep}no-bfcache.js`),
  });
}

/** What the test types, by field name. */
export const answers = {
  name: 'Jan Peeters',
  street: 'Wetstraat 16',
  postcode: '1000',
  city: 'Brussel',
  password: 'geheim-wachtwoord',
};

/** Reads every field's value, and a marker that tells a reloaded page from a kept one. */
export function readForm() {
  return {
    values: Object.fromEntries(
      Array.from(document.querySelectorAll('bf-text-field')).map((field) => [
        field.name,
        field.value,
      ]),
    ),
    sameDocument: window.__belfryMarker === true,
    controls: Array.from(document.querySelectorAll('form input')).length,
  };
}
