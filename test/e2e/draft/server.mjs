// The "Change of address" form (test/e2e/change-of-address/) inside <bf-draft>, served on a free
// loopback port under the strict CSP of the other end-to-end tests, for test/e2e/draft-*.test.mjs.
// `/nl/` keeps the draft in the tab; `/nl/local` on the device for a day. A POST is kept (the
// tests read what the server received) and answered with a redirect to a page. Needs `npm run
// build`.
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { csp } from '../fixture-server.mjs';
import { formPage } from '../change-of-address/pages.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The example's form page with its form inside `<bf-draft>` (`attributes` as written). */
export function draftPage(lang, attributes) {
  return formPage(lang)
    .replace(
      '<form id="change-of-address"',
      `<bf-draft ${attributes}>\n<form id="change-of-address"`,
    )
    .replace('</form>', '</form>\n</bf-draft>');
}

async function body(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startDraftServer() {
  /** @type {[string, string][][]} */
  const received = [];
  const server = await startStaticServer({
    root,
    headers: { 'Content-Security-Policy': csp },
    pages: {
      '/nl/': draftPage('nl', 'key="moving-house"'),
      '/nl/local': draftPage('nl', 'key="moving-house" storage="local" expires="1d"'),
      '/nl/check':
        '<!doctype html><html lang="nl-BE"><title>Ontvangen</title><p>Ontvangen</p></html>',
    },
    allow: (file) =>
      file.includes(`${sep}dist${sep}`) ||
      file.endsWith(`${sep}no-bfcache.js`) ||
      file.endsWith(`${sep}change-of-address${sep}page.js`),
    handle: async (request, response, path) => {
      if (request.method !== 'POST' || path !== '/nl/answers') return false;
      received.push([...new URLSearchParams(await body(request))]);
      response.statusCode = 303;
      response.setHeader('Location', '/nl/check');
      response.end();
      return true;
    },
  });
  return { ...server, received };
}
