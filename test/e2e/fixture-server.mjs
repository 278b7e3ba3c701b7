// The page an agency would write with Belfry, served on loopback with a strict
// Content-Security-Policy, for the end-to-end tests in each browser. Needs `npm run build`.
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** A strict policy: no inline script or style, nothing from elsewhere. */
export const csp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The page an agency would write, in Dutch, with one safe and one hostile button. */
export const page = `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <title>Aanvraag</title>
    <link rel="stylesheet" href="/packages/tokens/dist/css/belfry.css" />
    <script type="module" src="/packages/components/dist/belfry.js"></script>
  </head>
  <body>
    <main>
      <h1>Aanvraag</h1>
      <form action="/submitted" method="get">
        <label for="city">Gemeente</label>
        <input id="city" name="city" value="Eupen" />
        <bf-button type="submit" name="action" value="send">Versturen</bf-button>
        <bf-button href="javascript:alert(1)">Onveilige link</bf-button>
      </form>
    </main>
  </body>
</html>`;

/** Starts the server on a free loopback port; resolves with its origin and a `close()`. */
export function startServer() {
  return startStaticServer({
    root,
    headers: { 'Content-Security-Policy': csp },
    pages: {
      '/': page,
      '/submitted': '<!doctype html><title>Ontvangen</title><p>Ontvangen</p>',
    },
    // Only what a page would load: the built bundles and the token CSS.
    allow: (file) => file.includes(`${sep}dist${sep}`),
  });
}
