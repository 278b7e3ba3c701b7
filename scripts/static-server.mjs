// A small static file server on a free loopback port, for the end-to-end tests, the docs check
// and the benchmark. Only files under `root` (and, if given, matching `allow`) are served.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * @param {object} options
 * @param {string} options.root folder to serve, an absolute path
 * @param {Record<string, string>} [options.headers] sent with every response (e.g. a CSP)
 * @param {Record<string, string>} [options.pages] HTML served at exact paths, e.g. `{ '/': html }`
 * @param {(file: string) => boolean} [options.allow] which files under root may be served
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse,
 *   path: string) => boolean | Promise<boolean>} [options.handle] answers a request itself (a
 *   form's POST, a page built per request) and returns true; false leaves it to the server
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({
  root,
  headers = {},
  pages = {},
  allow = () => true,
  handle = () => false,
}) {
  const base = root.endsWith(sep) ? root : root + sep;
  const server = createServer(async (request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (await handle(request, response, path)) return;
    if (path in pages) {
      response.setHeader('Content-Type', types['.html']);
      response.end(pages[path]);
      return;
    }
    if (path === '/favicon.ico') {
      response.statusCode = 204;
      response.end();
      return;
    }
    const file = normalize(join(base, path === '/' ? 'index.html' : path));
    if (!file.startsWith(base) || !allow(file)) {
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
