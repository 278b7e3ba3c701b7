// A small local e-Box service for the server-mode example and its browser tests: it answers the
// list parameters of the public e-Box REST API over a generated mailbox (10,000 messages by
// default, test/helpers/ebox-mailbox.js) and serves the example page that wires bf-ebox-list
// to it, on loopback, under the strict Content-Security-Policy of the other end-to-end tests.
// Node only, no dependency. Run it to try the example: `node test/e2e/ebox-server/service.mjs`
// (after `npm run build`), then open the address it prints.
//
//   GET  /api/ebox/messages?page=&pageSize=&read=&senderId=&messageTypeId=&registeredMail=
//        &receivedFrom=&receivedTo=&expiresFrom=&expiresTo=&search=&sort=&direction=&offset=
//        → 200 { items, total, page, pageSize, offset, pageCount } · 400 { title, detail, parameter }
//   GET  /api/ebox/summary          → { total, unread, lastReceivedAt }
//   GET  /api/ebox/senders          → [{ id, name }]      GET /api/ebox/message-types → [{ id, name }]
//   POST /api/ebox/actions { action: 'mark-read' | 'mark-unread' | 'archive', ids: [] } → { changed }
//
// For tests, a request fails on purpose with `fail=<status>` in its query, or the next ones
// to a path after `failNext()`; `setDelay(ms)` makes every answer wait, so the loading state shows.
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import {
  generateMailbox,
  mailboxSummary,
  messageTypes,
  senders,
} from '../../helpers/ebox-mailbox.js';
import { csp as pageCsp } from '../fixture-server.mjs';
import { QueryError, answerQuery, indexMessage, readQuery } from './query.mjs';
import { examplePage } from './page.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The strict policy of the other fixtures, and `fetch` to this origin only. */
export const csp = `${pageCsp}; connect-src 'self'`;

const failureStatuses = new Set([500, 502, 503, 504]);
const actions = new Set(['mark-read', 'mark-unread', 'archive']);
// A body larger than this is not an action list: refuse it rather than read it all.
const maxBodyBytes = 64 * 1024;

function sendJson(response, status, body) {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(JSON.stringify(body));
}

async function readJson(request) {
  let size = 0;
  const chunks = [];
  for await (const chunk of request) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new QueryError('body', 'The request is too large.');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new QueryError('body', 'The request body is not JSON.');
  }
}

/**
 * Starts the service on a free loopback port.
 *
 * @param {object} [options]
 * @param {object[]} [options.messages] the mailbox; a generated one of `count` messages otherwise
 * @param {number} [options.count] size of the generated mailbox (10,000)
 * @param {string | number | Date} [options.now] the generated mailbox's reference time
 * @param {number} [options.delayMs] how long every API answer waits (0)
 */
export async function startEboxService({ messages, count, now, delayMs = 0 } = {}) {
  let mailbox = messages ?? generateMailbox({ count, now });
  let index = mailbox.map(indexMessage);
  let delay = delayMs;
  /** Failures still to give, the next request first: `{ status, path }`. */
  const failures = [];
  /** Every API request, as `{ method, path, params }`, for tests to check what the page sent. */
  const requests = [];

  const list = (params) => {
    const query = readQuery(params);
    return answerQuery(index, query);
  };

  const act = (body) => {
    if (!body || !actions.has(body.action)) {
      throw new QueryError('action', `action must be one of ${[...actions].join(', ')}.`);
    }
    if (!Array.isArray(body.ids) || !body.ids.every((id) => typeof id === 'string')) {
      throw new QueryError('ids', 'ids must be a list of message ids.');
    }
    const ids = new Set(body.ids);
    let changed = 0;
    if (body.action === 'archive') {
      const before = mailbox.length;
      mailbox = mailbox.filter((message) => !ids.has(message.id));
      changed = before - mailbox.length;
    } else {
      const read = body.action === 'mark-read';
      // A new object per changed message, as a store would give: the list sees the change.
      mailbox = mailbox.map((message) => {
        if (!ids.has(message.id) || Boolean(message.read) === read) return message;
        changed++;
        return { ...message, read };
      });
    }
    if (changed) index = mailbox.map(indexMessage);
    return { changed };
  };

  const handleApi = async (request, response, path) => {
    const url = new URL(request.url, 'http://localhost');
    requests.push({ method: request.method, path, params: Object.fromEntries(url.searchParams) });
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const asked = Number(url.searchParams.get('fail'));
    const isList = request.method === 'GET' && path === '/api/ebox/messages';
    let failure = failureStatuses.has(asked) ? asked : undefined;
    if (!failure && failures[0]?.path === path) failure = failures.shift().status;
    if (failure) {
      sendJson(response, failure, {
        title: 'Service unavailable',
        detail: 'The e-Box service failed on purpose (a test asked for it).',
      });
      return;
    }
    try {
      if (isList) {
        sendJson(response, 200, list(url.searchParams));
      } else if (request.method === 'GET' && path === '/api/ebox/summary') {
        sendJson(response, 200, mailboxSummary(mailbox));
      } else if (request.method === 'GET' && path === '/api/ebox/senders') {
        sendJson(
          response,
          200,
          senders.map(({ id, name }) => ({ id, name })),
        );
      } else if (request.method === 'GET' && path === '/api/ebox/message-types') {
        sendJson(
          response,
          200,
          messageTypes.map(({ id, name }) => ({ id, name })),
        );
      } else if (request.method === 'POST' && path === '/api/ebox/actions') {
        if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) {
          throw new QueryError('body', 'Send the action as application/json.');
        }
        sendJson(response, 200, act(await readJson(request)));
      } else {
        sendJson(response, 404, { title: 'Not found', detail: `No ${request.method} ${path}.` });
      }
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      sendJson(response, 400, {
        title: 'Bad request',
        detail: error.message,
        parameter: error.parameter,
      });
    }
  };

  const server = await startStaticServer({
    root,
    headers: {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
    },
    pages: {
      '/': examplePage('nl'),
      '/fr': examplePage('fr'),
      '/de': examplePage('de'),
      '/en': examplePage('en'),
    },
    // The built bundles, the token CSS and the example's own script: nothing else of the repo.
    allow: (file) =>
      file.includes(`${sep}dist${sep}`) ||
      file.endsWith(`${sep}test${sep}e2e${sep}ebox-server${sep}example.js`),
    handle: async (request, response, path) => {
      if (!path.startsWith('/api/')) return false;
      await handleApi(request, response, path);
      return true;
    },
  });

  return {
    ...server,
    requests,
    /** The mailbox as it is now (after actions). */
    get messages() {
      return mailbox;
    },
    /**
     * Makes the next `count` requests to `path` (the message list by default) fail with
     * `status` (503 by default).
     */
    failNext(count = 1, status = 503, path = '/api/ebox/messages') {
      for (let time = 0; time < count; time++) failures.push({ status, path });
    },
    /** Makes every API answer wait `ms` milliseconds. */
    setDelay(ms) {
      delay = ms;
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const service = await startEboxService({ now: new Date() });
  console.log(
    `The e-Box example runs at ${service.origin}/ (also /fr, /de, /en). Ctrl+C stops it.`,
  );
}
