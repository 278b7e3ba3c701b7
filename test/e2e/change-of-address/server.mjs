// The agency's server for the "Change of address" example, on a free loopback port under the
// strict CSP of the other end-to-end tests: it sends the form, keeps what each POST sent (the
// tests read it as the server received it), answers with "Check your answers" and then the
// confirmation (POST, then a redirect to a page: going back never sends a form twice).
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { csp } from '../fixture-server.mjs';
import { checkPage, donePage, formPage, languages } from './pages.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));

async function body(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts the server. `received` lists every POST as the server read it: `{ path, type, entries }`
 * with `entries` as `[name, value]` pairs in the order sent.
 */
export async function startChangeOfAddressServer() {
  /** @type {{ path: string, type: string, entries: [string, string][] }[]} */
  const received = [];
  /** The answers of the last form sent, per language (one citizen per test server). */
  const answers = new Map();
  const send = (response, html) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(html);
  };
  const server = await startStaticServer({
    root,
    headers: { 'Content-Security-Policy': csp },
    allow: (file) =>
      file.includes(`${sep}dist${sep}`) ||
      file.endsWith(`${sep}no-bfcache.js`) ||
      file.endsWith(`${sep}change-of-address${sep}page.js`),
    handle: async (request, response, path) => {
      const [, lang, step = ''] = path.split('/');
      if (!languages.includes(lang)) return false;
      if (request.method === 'POST') {
        const sent = await body(request);
        const entries = [...new URLSearchParams(sent)];
        received.push({ path, type: request.headers['content-type'] ?? '', entries });
        if (step === 'answers') answers.set(lang, Object.fromEntries(entries));
        response.statusCode = 303;
        response.setHeader('Location', step === 'answers' ? `/${lang}/check` : `/${lang}/done`);
        response.end();
        return true;
      }
      // A fresh form, or (from a Change link) the form with the answers the server has.
      if (step === '') send(response, formPage(lang));
      else if (step === 'change') send(response, formPage(lang, answers.get(lang)));
      else if (step === 'cached') send(response, formPage(lang, {}, { bfcache: true }));
      else if (step === 'check') send(response, checkPage(lang, answers.get(lang) ?? {}));
      else if (step === 'done') send(response, donePage(lang));
      else return false;
      return true;
    },
  });
  return { ...server, received };
}
