// The local e-Box service (test/e2e/ebox-server/): its query handling over the generated mailbox,
// checked against a plain reading of the same messages, and its HTTP answers: JSON pages, 400
// for what it cannot read, failures on purpose, actions. No browser; runs with `npm run test:e2e`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  generateMailbox,
  hostileIds,
  longWord,
  messageTypes,
  senders,
} from '../helpers/ebox-mailbox.js';
import { QueryError, answerQuery, fold, indexMessage, readQuery } from './ebox-server/query.mjs';
import { startEboxService } from './ebox-server/service.mjs';

const mailbox = generateMailbox();
const index = mailbox.map(indexMessage);
const ask = (params) => answerQuery(index, readQuery(new URLSearchParams(params)));
const ids = (messages) => messages.map((message) => message.id);
const time = (value) => Date.parse(value ?? '');

describe('the generated mailbox', () => {
  test('is the same for the same seed, and different for another', () => {
    const again = generateMailbox();
    assert.deepEqual(again, mailbox);
    assert.notDeepEqual(ids(generateMailbox({ seed: 7, count: 50 })), ids(mailbox.slice(0, 50)));
  });

  test('has 10,000 messages with unique ids, the hostile ones among them, newest first', () => {
    assert.equal(mailbox.length, 10_000);
    assert.equal(new Set(ids(mailbox)).size, 10_000);
    for (const id of Object.values(hostileIds)) assert.ok(ids(mailbox).includes(id), id);
    const dated = mailbox.filter((message) => !Number.isNaN(time(message.receivedAt)));
    for (let i = 1; i < dated.length; i++) {
      assert.ok(time(dated[i - 1].receivedAt) >= time(dated[i].receivedAt));
    }
    assert.equal(mailbox.at(-1).id, hostileIds.noDate, 'the message without a date comes last');
    assert.equal(longWord.length, 200);
    assert.equal(generateMailbox({ count: 0 }).length, 0);
    assert.equal(generateMailbox({ count: 3 }).length, 3);
  });

  test('looks like a real mailbox: unread, registered, urgent, payments, missing languages', () => {
    const now = Date.parse('2026-12-01T09:00:00Z');
    const share = (predicate) => mailbox.filter(predicate).length / mailbox.length;
    assert.ok(share((message) => !message.read) > 0.05);
    assert.ok(share((message) => message.registeredMail) > 0.02);
    assert.ok(share((message) => message.payment) > 0.1);
    assert.ok(share((message) => message.subject && !message.subject.de) > 0.05);
    const expiresWithinAWeek = mailbox.filter((message) => {
      const left = time(message.expiresAt) - now;
      return left > 0 && left < 7 * 86_400_000;
    });
    assert.ok(expiresWithinAWeek.length > 10, 'some messages expire within a week');
    assert.ok(
      mailbox.some((message) => time(message.expiresAt) < now),
      'a few have expired',
    );
    for (const sender of senders) {
      assert.ok(
        mailbox.some((message) => message.sender?.id === sender.id),
        sender.name.nl,
      );
    }
  });

  test('payments carry a valid Belgian IBAN and structured reference', () => {
    const mod97 = (digits) => [...digits].reduce((rest, digit) => (rest * 10 + +digit) % 97, 0);
    for (const { payment } of mailbox.filter((message) => message.payment)) {
      const { iban, reference, amount, dueDate } = payment;
      assert.match(iban, /^BE\d{14}$/);
      const moved = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (letter) =>
        String(letter.charCodeAt(0) - 55),
      );
      assert.equal(mod97(moved), 1, `${iban} passes the IBAN check`);
      const digits = /^\+\+\+(\d{3})\/(\d{4})\/(\d{5})\+\+\+$/.exec(reference).slice(1).join('');
      assert.equal(Number(digits.slice(0, 10)) % 97 || 97, Number(digits.slice(10)), reference);
      assert.ok(amount > 0 && Number(amount.toFixed(2)) === amount, `${amount}: whole cents`);
      assert.match(dueDate, /^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('reading a list request', () => {
  test('without parameters: first page of 25, newest first', () => {
    const query = readQuery(new URLSearchParams());
    assert.deepEqual(
      { page: query.page, pageSize: query.pageSize, offset: query.offset },
      { page: 1, pageSize: 25, offset: 0 },
    );
    assert.equal(query.sort, 'receivedAt');
    assert.equal(query.direction, 'desc');
  });

  test('refuses what it cannot read, naming the parameter', () => {
    const refused = {
      'pageSize=101': 'pageSize',
      'pageSize=0': 'pageSize',
      'page=0': 'page',
      'page=two': 'page',
      'page=1.5': 'page',
      'read=yes': 'read',
      'registeredMail=1': 'registeredMail',
      'receivedFrom=2026-02-30': 'receivedFrom',
      'receivedTo=5/3/2026': 'receivedTo',
      'receivedFrom=2026-03-05&receivedTo=2026-03-01': 'receivedTo',
      'expiresFrom=tomorrow': 'expiresFrom',
      'sort=subject': 'sort',
      'direction=up': 'direction',
      'page=2&offset=25': 'offset',
    };
    for (const [params, parameter] of Object.entries(refused)) {
      assert.throws(
        () => readQuery(new URLSearchParams(params)),
        (error) => error instanceof QueryError && error.parameter === parameter,
        params,
      );
    }
  });

  test('takes 100 per page at most, and an offset instead of a page', () => {
    assert.equal(ask({ pageSize: '100' }).items.length, 100);
    const byOffset = ask({ offset: '50', pageSize: '10' });
    assert.equal(byOffset.page, 6);
    assert.deepEqual(ids(byOffset.items), ids(mailbox.slice(50, 60)));
  });
});

describe('answering a list request', () => {
  test('pages through the whole mailbox without losing or repeating a message', () => {
    const seen = [];
    for (let page = 1; page <= 100; page++) {
      const answer = ask({ page: String(page), pageSize: '100' });
      assert.equal(answer.total, 10_000);
      assert.equal(answer.pageCount, 100);
      seen.push(...ids(answer.items));
    }
    assert.deepEqual(seen, ids(mailbox));
    const past = ask({ page: '401' });
    assert.deepEqual([past.items.length, past.total], [0, 10_000]);
  });

  test('filters by read status, registered mail, sender and message type', () => {
    const sender = senders[1].id;
    const type = messageTypes[3].id;
    const cases = [
      [{ read: 'false' }, (message) => !message.read],
      [{ read: 'true' }, (message) => message.read],
      [{ registeredMail: 'true' }, (message) => message.registeredMail],
      [{ senderId: sender }, (message) => message.sender?.id === sender],
      [{ messageTypeId: type }, (message) => message.messageType?.id === type],
      [
        { read: 'false', senderId: sender, registeredMail: 'false' },
        (message) => !message.read && message.sender?.id === sender && !message.registeredMail,
      ],
    ];
    for (const [params, predicate] of cases) {
      const expected = mailbox.filter(predicate);
      const answer = ask({ ...params, pageSize: '100' });
      assert.equal(answer.total, expected.length, JSON.stringify(params));
      assert.ok(answer.total > 0 && answer.total < 10_000, JSON.stringify(params));
      assert.deepEqual(ids(answer.items), ids(expected.slice(0, 100)), JSON.stringify(params));
    }
  });

  test('filters by received and expiry days in Belgium, both ends included', () => {
    // 23:30 UTC on 31 March is 1 April in Brussels (summer time).
    const messages = [
      { id: 'a', receivedAt: '2026-03-31T21:59:00Z', expiresAt: '2026-06-01' },
      { id: 'b', receivedAt: '2026-03-31T22:30:00Z', expiresAt: '2026-06-30T12:00:00+02:00' },
      { id: 'c', receivedAt: '2026-04-30T21:00:00Z', expiresAt: null },
      { id: 'd', receivedAt: 'not a date' },
    ].map(indexMessage);
    const answer = (params) =>
      ids(answerQuery(messages, readQuery(new URLSearchParams(params))).items).sort();
    assert.deepEqual(answer({ receivedFrom: '2026-04-01' }), ['b', 'c']);
    assert.deepEqual(answer({ receivedTo: '2026-03-31' }), ['a']);
    assert.deepEqual(answer({ receivedFrom: '2026-04-01', receivedTo: '2026-04-30' }), ['b', 'c']);
    assert.deepEqual(answer({ expiresFrom: '2026-06-02' }), ['b']);
    assert.deepEqual(answer({ expiresTo: '2026-06-30' }), ['a', 'b']);
    assert.deepEqual(answer({}), ['a', 'b', 'c', 'd'], 'without a range, undated messages stay');
  });

  test('searches subject and sender in every language, without case or accents', () => {
    const folded = (message) =>
      fold(
        [
          ...Object.values(message.subject ?? {}),
          ...Object.values(message.sender?.name ?? {}),
        ].join(' '),
      );
    for (const search of ['Pensioen', 'pension', 'FÖD finanzen', 'sécurité', 'Securite Sociale']) {
      const words = fold(search).split(' ');
      const expected = mailbox.filter((message) =>
        words.every((word) => folded(message).includes(word)),
      );
      const answer = ask({ search, pageSize: '100' });
      assert.ok(expected.length > 0, search);
      assert.equal(answer.total, expected.length, search);
      assert.deepEqual(ids(answer.items), ids(expected.slice(0, 100)), search);
    }
    assert.equal(
      ask({ search: 'Securite Sociale' }).total,
      ask({ search: 'sécurité sociale' }).total,
    );
    assert.equal(ask({ search: 'onerror' }).items[0]?.id, hostileIds.html, 'text, not markup');
    assert.equal(ask({ search: 'no such words at all' }).total, 0);
    assert.equal(ask({ search: '   ' }).total, 10_000, 'blank search: no filter');
  });

  test('sorts by received or expiry date either way, undated messages last, ties by id', () => {
    for (const sort of ['receivedAt', 'expiresAt']) {
      for (const direction of ['asc', 'desc']) {
        const all = [];
        for (let page = 1; page <= 100; page++) {
          all.push(...ask({ sort, direction, page: String(page), pageSize: '100' }).items);
        }
        const times = all.map((message) => time(message[sort]));
        const firstUndated = times.findIndex(Number.isNaN);
        assert.ok(firstUndated > 0, `${sort}: some messages have no date`);
        assert.ok(times.slice(firstUndated).every(Number.isNaN), `${sort}: undated last`);
        for (let i = 1; i < firstUndated; i++) {
          const order = direction === 'asc' ? times[i] - times[i - 1] : times[i - 1] - times[i];
          assert.ok(
            order > 0 || (order === 0 && all[i - 1].id < all[i].id),
            `${sort} ${direction}`,
          );
        }
      }
    }
  });
});

describe('the HTTP service', () => {
  let service;
  before(async () => {
    service = await startEboxService({ count: 300 });
  });
  after(() => service?.close());

  const get = async (path) => {
    const response = await fetch(`${service.origin}${path}`);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.json(),
    };
  };

  test('answers a page as JSON with its total', async () => {
    const { status, type, body } = await get('/api/ebox/messages?pageSize=10&page=2&read=false');
    assert.equal(status, 200);
    assert.match(type, /^application\/json/);
    const unread = service.messages.filter((message) => !message.read);
    assert.equal(body.total, unread.length);
    assert.deepEqual(ids(body.items), ids(unread.slice(10, 20)));
    assert.deepEqual([body.page, body.pageSize], [2, 10]);
  });

  test('answers 400 with the parameter at fault', async () => {
    const { status, body } = await get('/api/ebox/messages?pageSize=500');
    assert.equal(status, 400);
    assert.equal(body.parameter, 'pageSize');
    assert.match(body.detail, /between 1 and 100/);
  });

  test('fails on purpose: with fail= in the query, and for the next requests after failNext()', async () => {
    assert.equal((await get('/api/ebox/messages?fail=503')).status, 503);
    assert.equal((await get('/api/ebox/messages?fail=500')).status, 500);
    service.failNext(2);
    assert.equal((await get('/api/ebox/summary')).status, 200, 'by default only the list fails');
    assert.equal((await get('/api/ebox/messages')).status, 503);
    assert.equal((await get('/api/ebox/messages')).status, 503);
    assert.equal((await get('/api/ebox/messages')).status, 200, 'then it works again');
    service.failNext(1, 500, '/api/ebox/summary');
    assert.equal((await get('/api/ebox/messages')).status, 200);
    assert.equal((await get('/api/ebox/summary')).status, 500);
    assert.equal((await get('/api/ebox/summary')).status, 200);
  });

  test('gives the summary, the senders and the message types', async () => {
    const summary = (await get('/api/ebox/summary')).body;
    assert.equal(summary.total, service.messages.length);
    assert.equal(summary.unread, service.messages.filter((message) => !message.read).length);
    const listed = (await get('/api/ebox/senders')).body;
    assert.deepEqual(ids(listed), ids(senders));
    assert.ok(listed.every((sender) => !('account' in sender) && !('weight' in sender)));
    assert.deepEqual(ids((await get('/api/ebox/message-types')).body), ids(messageTypes));
  });

  test('marks messages read or unread and archives them', async () => {
    const post = (body, type = 'application/json') =>
      fetch(`${service.origin}/api/ebox/actions`, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const unread = ids(service.messages.filter((message) => !message.read).slice(0, 3));
    let response = await post({ action: 'mark-read', ids: unread });
    assert.deepEqual(await response.json(), { changed: 3 });
    const readNow = (await get(`/api/ebox/messages?read=true&pageSize=100`)).body;
    assert.ok(unread.every((id) => readNow.items.some((message) => message.id === id)));
    response = await post({ action: 'mark-unread', ids: unread });
    assert.deepEqual(await response.json(), { changed: 3 });
    const before = service.messages.length;
    response = await post({ action: 'archive', ids: unread.slice(0, 1) });
    assert.deepEqual(await response.json(), { changed: 1 });
    assert.equal((await get('/api/ebox/messages')).body.total, before - 1);

    assert.equal((await post({ action: 'delete', ids: unread })).status, 400);
    assert.equal((await post({ action: 'archive', ids: 'all' })).status, 400);
    assert.equal((await post('{not json')).status, 400);
    assert.equal((await post({ action: 'archive', ids: [] }, 'text/plain')).status, 400);
  });

  test('sends the example page under the strict policy, and nothing of the repository', async () => {
    const response = await fetch(`${service.origin}/`);
    const policy = response.headers.get('content-security-policy');
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /script-src 'self'/);
    assert.match(policy, /connect-src 'self'/);
    assert.match(await response.text(), /<bf-ebox-list/);
    assert.equal((await fetch(`${service.origin}/package.json`)).status, 404);
    assert.equal((await fetch(`${service.origin}/test/e2e/ebox-server/service.mjs`)).status, 404);
    assert.equal((await fetch(`${service.origin}/test/e2e/ebox-server/example.js`)).status, 200);
  });
});
