import { expect } from '@open-wc/testing';
import {
  defaultEboxQuery,
  eboxExpiry,
  expiryPhrase,
  formatEboxDate,
  messageSubject,
  normalizeEboxQuery,
  parseEboxDate,
  pickText,
  queryEboxMessages,
  sameEboxQuery,
  senderName,
  sortEboxMessages,
  type EboxMessage,
} from '@belfry/components';

const message = (id: string, overrides: Partial<EboxMessage> = {}): EboxMessage => ({
  id,
  subject: { nl: `Bericht ${id}`, fr: `Message ${id}`, de: `Nachricht ${id}` },
  receivedAt: '2026-03-05T09:30:00+01:00',
  read: false,
  registeredMail: false,
  sender: { id: 'fin', name: { nl: 'FOD Financiën', fr: 'SPF Finances', de: 'FÖD Finanzen' } },
  ...overrides,
});

describe('e-Box model: pickText', () => {
  it('takes the page language and marks no other language', () => {
    expect(pickText({ nl: 'Aanslag', fr: 'Avertissement' }, 'fr')).to.deep.equal({
      text: 'Avertissement',
      lang: undefined,
    });
  });

  it('falls back to another national language and gives its code for lang', () => {
    expect(pickText({ fr: 'Avertissement' }, 'nl')).to.deep.equal({
      text: 'Avertissement',
      lang: 'fr',
    });
    // German readers get French before Dutch; English pages Dutch first.
    expect(pickText({ nl: 'Aanslag', fr: 'Avertissement' }, 'de').lang).to.equal('fr');
    expect(pickText({ nl: 'Aanslag', fr: 'Avertissement' }, 'en').lang).to.equal('nl');
  });

  it('skips empty and blank texts', () => {
    expect(pickText({ nl: '  ', fr: '', de: 'Steuerbescheid' }, 'nl')).to.deep.equal({
      text: 'Steuerbescheid',
      lang: 'de',
    });
  });

  it('uses an unknown language when nothing else is there, with lang only for a real tag', () => {
    expect(pickText({ it: 'Avviso' }, 'nl')).to.deep.equal({ text: 'Avviso', lang: 'it' });
    expect(pickText({ 'not a tag': 'Avviso' }, 'nl')).to.deep.equal({
      text: 'Avviso',
      lang: undefined,
    });
  });

  it('gives empty text for missing or wrong values, never "undefined"', () => {
    for (const value of [undefined, null, 42, {}, { nl: 3 }, []]) {
      expect(pickText(value, 'nl')).to.deep.equal({ text: '', lang: undefined });
    }
    expect(pickText('Plain subject', 'fr')).to.deep.equal({
      text: 'Plain subject',
      lang: undefined,
    });
  });

  it('names a missing subject and a missing sender in the page language', () => {
    const broken = { id: 'x' } as unknown as EboxMessage;
    expect(messageSubject(broken, 'nl').text).to.equal('Geen onderwerp');
    expect(senderName(broken, 'fr').text).to.equal('Expéditeur inconnu');
    expect(senderName(message('1'), 'de').text).to.equal('FÖD Finanzen');
  });
});

describe('e-Box model: parseEboxDate', () => {
  it('reads ISO days as that local day and ISO date-times as that instant', () => {
    const day = parseEboxDate('2026-03-05')!;
    expect([day.getFullYear(), day.getMonth(), day.getDate(), day.getHours()]).to.deep.equal([
      2026, 2, 5, 0,
    ]);
    expect(parseEboxDate('2026-03-05T09:30:00Z')!.toISOString()).to.equal(
      '2026-03-05T09:30:00.000Z',
    );
    expect(parseEboxDate('2026-03-05T10:30:00+01:00')!.toISOString()).to.equal(
      '2026-03-05T09:30:00.000Z',
    );
  });

  it('gives null for missing, malformed and impossible dates', () => {
    for (const value of [
      undefined,
      null,
      '',
      'yesterday',
      '1',
      '2026-02-30',
      '2026-13-01',
      '05/03/2026',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      new Date('nope'),
      {},
    ]) {
      expect(parseEboxDate(value), String(value)).to.equal(null);
    }
  });

  it('accepts a Date and a time in milliseconds, without sharing the Date', () => {
    const date = new Date(2026, 0, 2);
    const parsed = parseEboxDate(date)!;
    expect(parsed.getTime()).to.equal(date.getTime());
    expect(parsed).not.to.equal(date);
    expect(parseEboxDate(0)!.getTime()).to.equal(0);
  });

  it('formats in the Belgian style, and as nothing when invalid', () => {
    expect(formatEboxDate('2026-03-05', 'nl')).to.equal('5 maart 2026');
    expect(formatEboxDate('2026-03-05', 'fr')).to.equal('5 mars 2026');
    expect(formatEboxDate('not a date', 'de')).to.equal('');
  });
});

describe('e-Box model: expiry', () => {
  const now = new Date(2026, 2, 5, 14, 0);

  it('has no expiry without a valid date', () => {
    expect(eboxExpiry(undefined, now).state).to.equal('none');
    expect(eboxExpiry('garbage', now).state).to.equal('none');
    expect(expiryPhrase(eboxExpiry(null, now), 'en')).to.equal('');
  });

  it('is urgent within seven days, today included, and later beyond', () => {
    expect(eboxExpiry('2026-03-05', now)).to.include({ state: 'urgent', days: 0 });
    expect(eboxExpiry('2026-03-12', now)).to.include({ state: 'urgent', days: 7 });
    expect(eboxExpiry('2026-03-13', now)).to.include({ state: 'later', days: 8 });
    expect(eboxExpiry('2026-03-13', now, 10).state).to.equal('urgent');
  });

  it('is expired once the day has passed, or the moment when a time is given', () => {
    expect(eboxExpiry('2026-03-04', now)).to.include({ state: 'expired', days: -1 });
    expect(eboxExpiry('2026-03-05T13:59:00', now).state).to.equal('expired');
    expect(eboxExpiry('2026-03-05T23:59:00', now).state).to.equal('urgent');
  });

  it('counts calendar days across a daylight-saving change', () => {
    // Summer time starts on 29 March 2026 in Belgium.
    expect(eboxExpiry('2026-04-02', new Date(2026, 2, 27, 23, 30)).days).to.equal(6);
  });

  it('says it in four languages with plurals', () => {
    const phrase = (expiresAt: string, locale: 'nl' | 'fr' | 'de' | 'en') =>
      expiryPhrase(eboxExpiry(expiresAt, now), locale);
    expect(phrase('2026-03-06', 'en')).to.equal('Expires in 1 day');
    expect(phrase('2026-03-08', 'en')).to.equal('Expires in 3 days');
    expect(phrase('2026-03-06', 'nl')).to.equal('Vervalt over 1 dag');
    expect(phrase('2026-03-08', 'nl')).to.equal('Vervalt over 3 dagen');
    expect(phrase('2026-03-06', 'fr')).to.equal('Expire dans 1 jour');
    expect(phrase('2026-03-08', 'fr')).to.equal('Expire dans 3 jours');
    expect(phrase('2026-03-06', 'de')).to.equal('Läuft in 1 Tag ab');
    expect(phrase('2026-03-08', 'de')).to.equal('Läuft in 3 Tagen ab');
    expect(phrase('2026-03-05', 'fr')).to.equal('Expire aujourd’hui');
    expect(phrase('2026-03-01', 'de')).to.equal('Abgelaufen');
    expect(phrase('2026-09-01', 'nl')).to.equal('Vervalt op 1 september 2026');
  });
});

describe('e-Box model: queries', () => {
  it('normalizes untrusted input: page from 1, page size 1 to 100, 25 by default', () => {
    expect(normalizeEboxQuery()).to.deep.equal(defaultEboxQuery);
    expect(normalizeEboxQuery({ page: -3, pageSize: 500 })).to.include({ page: 1, pageSize: 100 });
    expect(normalizeEboxQuery({ page: '4', pageSize: 'x' })).to.include({ page: 4, pageSize: 25 });
    const query = normalizeEboxQuery({
      sort: 'subject',
      direction: 'sideways',
      read: 'no',
      search: '  ',
      receivedFrom: '2026-02-30',
      receivedTo: '2026-03-31',
      senderId: 'fin',
    });
    expect(query).to.deep.equal({
      page: 1,
      pageSize: 25,
      sort: 'receivedAt',
      direction: 'desc',
      receivedTo: '2026-03-31',
      senderId: 'fin',
    });
    expect(sameEboxQuery(query, { ...query })).to.equal(true);
    expect(sameEboxQuery(query, { ...query, page: 2 })).to.equal(false);
  });

  const inbox = [
    message('a', { receivedAt: '2026-03-01', read: true, expiresAt: '2026-04-01' }),
    message('b', {
      receivedAt: '2026-03-03',
      registeredMail: true,
      subject: { fr: 'Recommandé électronique' },
    }),
    message('c', {
      receivedAt: 'broken',
      sender: { id: 'pension', name: { nl: 'Federale Pensioendienst' } },
      expiresAt: '2026-03-20',
    }),
    message('d', { receivedAt: '2026-03-02', messageType: { id: 'tax', name: { nl: 'Aanslag' } } }),
  ];
  const ids = (query: Partial<Record<string, unknown>>) =>
    queryEboxMessages(inbox, normalizeEboxQuery(query)).messages.map((m) => m.id);

  it('sorts newest first by default, messages without a date last', () => {
    expect(ids({})).to.deep.equal(['b', 'd', 'a', 'c']);
    expect(ids({ direction: 'asc' })).to.deep.equal(['a', 'd', 'b', 'c']);
    expect(ids({ sort: 'expiresAt', direction: 'asc' })).to.deep.equal(['c', 'a', 'b', 'd']);
  });

  it('filters by read state, registered mail, sender, type and received days', () => {
    expect(ids({ read: false })).to.deep.equal(['b', 'd', 'c']);
    expect(ids({ read: true })).to.deep.equal(['a']);
    expect(ids({ registeredMail: true })).to.deep.equal(['b']);
    expect(ids({ senderId: 'pension' })).to.deep.equal(['c']);
    expect(ids({ messageTypeId: 'tax' })).to.deep.equal(['d']);
    expect(ids({ receivedFrom: '2026-03-02', receivedTo: '2026-03-02' })).to.deep.equal(['d']);
    expect(ids({ receivedFrom: '2026-03-02' })).to.deep.equal(['b', 'd']);
  });

  it('searches subject and sender in every language, ignoring case and accents', () => {
    expect(ids({ search: 'recommande' })).to.deep.equal(['b']);
    expect(ids({ search: 'PENSIOEN' })).to.deep.equal(['c']);
    expect(ids({ search: 'finances bericht' })).to.deep.equal(['d', 'a']);
    expect(ids({ search: 'nothing like this' })).to.deep.equal([]);
  });

  it('sorts each messages array once per order, so a search only filters', () => {
    const first = sortEboxMessages(inbox, 'receivedAt', 'desc');
    expect(sortEboxMessages(inbox, 'receivedAt', 'desc')).to.equal(first);
    expect(sortEboxMessages(inbox, 'receivedAt', 'asc')).not.to.equal(first);
    expect(sortEboxMessages([...inbox], 'receivedAt', 'desc')).to.deep.equal(first);
  });

  it('pages 25 at a time and clamps a page past the end', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      message(String(i).padStart(3, '0'), { receivedAt: new Date(2026, 0, 1 + i) }),
    );
    const last = queryEboxMessages(many, normalizeEboxQuery({ page: 9 }));
    expect(last).to.include({ total: 60, page: 3, pageCount: 3 });
    expect(last.messages.map((m) => m.id)).to.deep.equal([
      '009',
      '008',
      '007',
      '006',
      '005',
      '004',
      '003',
      '002',
      '001',
      '000',
    ]);
    expect(queryEboxMessages([], defaultEboxQuery)).to.include({ total: 0, page: 1, pageCount: 1 });
  });
});
