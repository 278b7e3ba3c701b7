// The page an agency would write with Belfry, served on loopback with a strict
// Content-Security-Policy, for the end-to-end tests in each browser. Needs `npm run build`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const types = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
/** Starts the server on a free loopback port; resolves with its origin and a `close()`. */
export async function startServer() {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    response.setHeader('Content-Security-Policy', csp);
    if (url.pathname === '/favicon.ico') {
      response.statusCode = 204;
      response.end();
      return;
    }
    if (url.pathname === '/' || url.pathname === '/submitted') {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(
        url.pathname === '/' ? page : '<!doctype html><title>Ontvangen</title><p>Ontvangen</p>',
      );
      return;
    }
    const file = normalize(join(root, url.pathname));
    if (!file.startsWith(root) || !file.includes('/dist/')) {
      response.statusCode = 404;
      response.end();
      return;
    }
    try {
      const body = await readFile(file);
      response.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
