import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@belfry/components/ebox-list';
import type {
  BfEboxList,
  EboxActionDetail,
  EboxMessage,
  EboxOpenDetail,
  EboxQueryDetail,
} from '@belfry/components';
import { settle } from '../helpers/locales.js';
import { warningsDuring } from '../helpers/warnings.js';
import {
  control,
  inbox,
  inboxNow,
  mailbox,
  part,
  rows,
  setValue,
  shadow,
  subjects,
  visibleText,
} from './helpers.js';

async function list(
  messages: readonly EboxMessage[],
  lang = 'en',
  extra: Partial<BfEboxList> = {},
): Promise<BfEboxList> {
  const wrapper = await fixture(html`<div lang=${lang}><bf-ebox-list></bf-ebox-list></div>`);
  const element = wrapper.querySelector('bf-ebox-list')!;
  Object.assign(element, { now: inboxNow, messages, ...extra });
  await element.updateComplete;
  await settle();
  return element;
}

/**
 * Runs `body`, then waits (up to 5 s: timers run late on a loaded machine) until the page's
 * announcer says `expected`, and returns everything it says. A timeout returns what was said, so
 * the test's own expectation reports the difference.
 */
async function announced(body: () => unknown, expected: string): Promise<string> {
  const said = () =>
    [...document.querySelectorAll('[data-bf-announcer]')]
      .map((region) => region.textContent)
      .join(' ');
  await body();
  await waitUntil(() => said().includes(expected), '', { timeout: 5000 }).catch(() => undefined);
  return said();
}

describe('bf-ebox-list: each message', () => {
  it('shows sender, subject, received date, expiry, registered mail, attachments and payment', async () => {
    const el = await list(inbox, 'en');
    const [tax, registered, , social] = rows(el);
    expect(tax!.textContent).to.include('Unread');
    expect(tax!.textContent).to.include('FPS Finance');
    expect(tax!.textContent).to.include('Personal income tax assessment, tax year 2026');
    expect(tax!.textContent).to.include('Received on 8 June 2026');
    expect(tax!.textContent).to.include('Expires in 4 days');
    expect(tax!.textContent).to.include('1 attachment');
    expect(tax!.textContent).to.match(/To pay: €\s?1,234\.56 by 31 August 2026/);
    expect(registered!.querySelector('bf-tag')!.textContent).to.equal('Registered mail');
    expect(social!.textContent).to.include('2 attachments');
  });

  it('writes the dates, amounts and expiry in the page language, Belgian style', async () => {
    const el = await list(inbox, 'nl-BE');
    const tax = rows(el)[0]!.textContent!;
    expect(tax).to.include('Ontvangen op 8 juni 2026');
    expect(tax).to.include('Vervalt over 4 dagen');
    expect(tax).to.match(/Te betalen: €\s1\.234,56 vóór 31 augustus 2026/);
    const fr = await list(inbox, 'fr-BE');
    expect(rows(fr)[0]!.textContent).to.include('Expire dans 4 jours');
    const de = await list(inbox, 'de-BE');
    expect(rows(de)[0]!.textContent).to.include('Läuft in 4 Tagen ab');
  });

  it('says unread in words, and marks urgent and expired expiry in words, not colour alone', async () => {
    const el = await list(inbox, 'en');
    const unread = rows(el).filter((row) => row.querySelector('.unread'));
    expect(unread.map((row) => row.querySelector('.unread')!.textContent)).to.deep.equal([
      'Unread',
      'Unread',
      'Unread',
    ]);
    const urgent = [...shadow(el).querySelectorAll('.urgent')].map((item) =>
      item.textContent!.trim(),
    );
    expect(urgent).to.deep.equal(['Expires in 4 days', 'Expired']);
  });

  it('marks a subject shown in another language with its lang', async () => {
    const el = await list(inbox, 'nl-BE');
    const namur = rows(el).at(-1)!;
    const subject = namur.querySelector('[part="subject"] span')!;
    expect(subject.getAttribute('lang')).to.equal('fr');
    expect(subject.textContent).to.equal('Rappel : collecte des encombrants dans votre rue');
    // The sender only has a French name too.
    expect(namur.querySelector('.sender span[lang="fr"]')!.textContent).to.equal('Ville de Namur');
    // A subject in the page language has no lang of its own.
    expect(rows(el)[0]!.querySelector('[part="subject"] span')!.hasAttribute('lang')).to.equal(
      false,
    );
  });
});

describe('bf-ebox-list: summary and result count', () => {
  it('says "3 unread messages of 6", with plurals in every language', async () => {
    const expectations: [string, string][] = [
      ['en', '3 unread messages of 6'],
      ['nl-BE', '3 ongelezen berichten van 6'],
      ['fr-BE', '3 messages non lus sur 6'],
      ['de-BE', '3 ungelesene Nachrichten von 6'],
    ];
    for (const [lang, text] of expectations) {
      expect(part(await list(inbox, lang), 'summary')!.textContent).to.equal(text);
    }
    const one = inbox.map((message, index) => ({ ...message, read: index !== 0 }));
    expect(part(await list(one, 'en'), 'summary')!.textContent).to.equal('1 unread message of 6');
    expect(part(await list(one, 'fr-BE'), 'summary')!.textContent).to.equal(
      '1 message non lu sur 6',
    );
    expect(part(await list(mailbox(10_000), 'nl-BE'), 'summary')!.textContent).to.equal(
      '3.334 ongelezen berichten van 10.000',
    );
  });

  it('announces the summary politely when the host marks a message read', async () => {
    const el = await list(inbox, 'en');
    const text = await announced(async () => {
      el.messages = el.messages.map((message, index) =>
        index === 0 ? { ...message, read: true } : message,
      );
      await el.updateComplete;
    }, '2 unread messages of 6');
    expect(text).to.include('2 unread messages of 6');
    expect(document.querySelector('[data-bf-announcer="polite"]')).to.exist;
  });

  it('shows and announces the number of messages found after a search', async () => {
    const el = await list(inbox, 'en');
    expect(part(el, 'results')!.textContent!.trim()).to.equal('6 messages found');
    const text = await announced(() => setValue(el, 'search', 'pension'), '1 message found');
    expect(part(el, 'results')!.textContent!.trim()).to.equal('1 message found');
    expect(text).to.include('1 message found');
  });
});

describe('bf-ebox-list: search, filters and sort (local mode)', () => {
  it('is a labelled search landmark with a search field', async () => {
    const el = await list(inbox, 'en');
    const form = part<HTMLFormElement>(el, 'filters')!;
    expect(form.getAttribute('role')).to.equal('search');
    expect(form.getAttribute('aria-label')).to.equal('Search and filter messages');
    const search = control(el, 'search')!;
    expect(search.type).to.equal('search');
    expect(search.labels![0]!.textContent).to.equal('Search in subject and sender');
    for (const id of ['read', 'order', 'sender', 'type', 'from', 'to', 'registered']) {
      expect(control(el, id)!.labels!.length, id).to.equal(1);
    }
  });

  it('searches subject and sender, in any language, ignoring accents', async () => {
    const el = await list(inbox, 'en');
    await setValue(el, 'search', 'finances');
    expect(subjects(el)).to.deep.equal(['Personal income tax assessment, tax year 2026']);
    await setValue(el, 'search', 'voertuig');
    expect(subjects(el)).to.deep.equal(['Registered letter: registration of your vehicle']);
    await setValue(el, 'search', 'securite sociale');
    expect(subjects(el)).to.deep.equal(['Social security certificate for your employer']);
  });

  it('filters by read state, sender, type, registered mail and received dates', async () => {
    const el = await list(inbox, 'en');
    await setValue(el, 'read', 'unread');
    expect(rows(el)).to.have.length(3);
    await setValue(el, 'read', 'read');
    expect(rows(el)).to.have.length(3);
    await setValue(el, 'read', '');
    await setValue(el, 'sender', '0206738078');
    expect(subjects(el)).to.deep.equal(['Your pension estimate']);
    await setValue(el, 'sender', '');
    await setValue(el, 'type', 'certificate');
    expect(subjects(el)).to.deep.equal(['Social security certificate for your employer']);
    await setValue(el, 'type', '');
    await setValue(el, 'registered', true);
    expect(subjects(el)).to.deep.equal(['Registered letter: registration of your vehicle']);
    await setValue(el, 'registered', false);
    await setValue(el, 'from', '2026-05-01');
    await setValue(el, 'to', '2026-05-31');
    expect(rows(el)).to.have.length(2);
    expect(el.query).to.include({ receivedFrom: '2026-05-01', receivedTo: '2026-05-31' });
  });

  it('lists the senders and types by name in the page language', async () => {
    const el = await list(inbox, 'fr-BE');
    const senders = [...control<HTMLSelectElement>(el, 'sender')!.options].map((o) => o.text);
    expect(senders).to.deep.equal([
      'Tous les expéditeurs',
      'Office national de sécurité sociale',
      'Service fédéral des Pensions',
      'SPF Finances',
      'SPF Mobilité et Transports',
      'Ville de Bruxelles',
      'Ville de Namur',
    ]);
  });

  it('sorts by received date or expiry, either way', async () => {
    const el = await list(inbox, 'en');
    expect(subjects(el)[0]).to.equal('Personal income tax assessment, tax year 2026');
    await setValue(el, 'order', 'receivedAt:asc');
    expect(subjects(el)[0]).to.equal('Rappel : collecte des encombrants dans votre rue');
    await setValue(el, 'order', 'expiresAt:asc');
    expect(subjects(el)[0]).to.equal('Your resident parking card is ready');
    // No expiry date: last either way.
    expect(subjects(el).at(-1)).to.equal('Rappel : collecte des encombrants dans votre rue');
    await setValue(el, 'order', 'expiresAt:desc');
    expect(subjects(el)[0]).to.equal('Your pension estimate');
  });

  it('says when nothing matches, and clears the filters with one button', async () => {
    const el = await list(inbox, 'en');
    expect(shadow(el).querySelector('.filters > .action')).to.equal(null);
    await setValue(el, 'search', 'no such letter');
    expect(part(el, 'status')!.textContent!.trim()).to.equal(
      'No messages found. Change your search or filters.',
    );
    shadow(el).querySelector<HTMLButtonElement>('.filters > .action')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(6);
    expect(control(el, 'search')!.value).to.equal('');
  });

  it('shows 25 messages a page with bf-pagination, and goes back to page 1 on a new search', async () => {
    const el = await list(mailbox(60), 'en');
    expect(rows(el)).to.have.length(25);
    const pagination = shadow(el).querySelector('bf-pagination')!;
    expect(pagination.total).to.equal(3);
    let leaked = false;
    const listener = () => (leaked = true);
    document.addEventListener('bf-page-change', listener);
    pagination.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
    document.removeEventListener('bf-page-change', listener);
    await el.updateComplete;
    expect(leaked, 'the pagination’s own event stays inside').to.equal(false);
    expect(el.query.page).to.equal(2);
    expect(subjects(el)[0]).to.equal('Bericht 25');
    await setValue(el, 'search', 'Bericht 5');
    expect(el.query.page).to.equal(1);
  });
});

describe('bf-ebox-list: selection and bulk actions', () => {
  it('selects messages with checkboxes named after their subject, across pages', async () => {
    const el = await list(mailbox(30), 'en');
    const first = control(el, 'select-0')!;
    expect(first.labels![0]!.textContent!.trim()).to.equal('Select: Bericht 0');
    const changes: string[][] = [];
    el.addEventListener('bf-ebox-selection-change', (event) => changes.push([...event.detail.ids]));
    await setValue(el, 'select-0', true);
    await setValue(el, 'select-2', true);
    expect(el.selectedIds).to.deep.equal(['m0', 'm2']);
    expect(shadow(el).querySelector('.selected')!.textContent).to.equal('2 messages selected');
    expect(control(el, 'select-page')!.indeterminate).to.equal(true);
    await setValue(el, 'select-page', true);
    expect(el.selectedIds).to.have.length(25);
    expect(control(el, 'select-page')!.checked).to.equal(true);
    expect(changes.at(-1)).to.have.length(25);
    el.query = { ...el.query, page: 2 };
    await el.updateComplete;
    expect(control(el, 'select-0')!.checked, 'the next page starts unselected').to.equal(false);
    expect(el.selectedIds).to.have.length(25);
  });

  it('fires bf-ebox-action with the ids, then clears the selection unless prevented', async () => {
    const el = await list(inbox, 'en');
    await setValue(el, 'select-0', true);
    await setValue(el, 'select-1', true);
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('.actions button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
      'Mark as read',
      'Mark as unread',
      'Archive',
    ]);
    const prevented = oneEvent(el, 'bf-ebox-action');
    el.addEventListener('bf-ebox-action', (event) => event.preventDefault(), { once: true });
    buttons[0]!.click();
    const first = (await prevented).detail as EboxActionDetail;
    expect(first).to.deep.equal({ action: 'mark-read', ids: ['msg-2026-0001', 'msg-2026-0002'] });
    expect(el.selectedIds).to.have.length(2);
    const archived = oneEvent(el, 'bf-ebox-action');
    buttons[2]!.click();
    expect(((await archived).detail as EboxActionDetail).action).to.equal('archive');
    await el.updateComplete;
    expect(el.selectedIds).to.deep.equal([]);
  });

  it('says what to do when an action is pressed with nothing selected', async () => {
    const el = await list(inbox, 'en');
    let fired = false;
    el.addEventListener('bf-ebox-action', () => (fired = true));
    const text = await announced(
      () => shadow(el).querySelector<HTMLButtonElement>('.actions button')!.click(),
      'Select one or more messages first.',
    );
    expect(fired).to.equal(false);
    expect(text).to.include('Select one or more messages first.');
  });

  it('drops archived messages from the selection when the host removes them', async () => {
    const el = await list(inbox, 'en');
    await setValue(el, 'select-0', true);
    await setValue(el, 'select-1', true);
    el.messages = inbox.slice(1);
    await el.updateComplete;
    expect(el.selectedIds).to.deep.equal(['msg-2026-0002']);
  });
});

describe('bf-ebox-list: opening a message', () => {
  it('fires bf-ebox-open with the message from a subject button', async () => {
    const el = await list(inbox, 'en');
    const button = rows(el)[1]!.querySelector<HTMLButtonElement>('button[part="subject"]')!;
    const opened = oneEvent(el, 'bf-ebox-open');
    button.click();
    const detail = (await opened).detail as EboxOpenDetail;
    expect(detail.id).to.equal('msg-2026-0002');
    expect(detail.message).to.equal(inbox[1]);
  });

  it('makes subjects links with href-template; preventDefault keeps the link from being followed', async () => {
    const el = await list(inbox, 'en', { hrefTemplate: '#/ebox/{id}' });
    const link = rows(el)[0]!.querySelector<HTMLAnchorElement>('a[part="subject"]')!;
    expect(link.getAttribute('href')).to.equal('#/ebox/msg-2026-0001');
    el.addEventListener('bf-ebox-open', (event) => event.preventDefault(), { once: true });
    const before = location.hash;
    link.click();
    expect(location.hash).to.equal(before);
  });

  it('refuses an unsafe href-template and uses buttons, with a warning', async () => {
    let el!: BfEboxList;
    const warnings = await warningsDuring(async () => {
      el = await list(inbox, 'en', { hrefTemplate: 'javascript:alert({id})' });
    });
    expect(rows(el)[0]!.querySelector('a')).to.equal(null);
    expect(rows(el)[0]!.querySelector('button[part="subject"]')).to.exist;
    expect(warnings.join()).to.include('href-template');
  });
});

describe('bf-ebox-list: states', () => {
  it('loading: grey bars hidden from screen readers, the list busy, and the words', async () => {
    const el = await list([], 'en', { loading: true });
    const listElement = part(el, 'list')!;
    expect(listElement.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'status')!.textContent).to.equal('Loading messages');
    expect([...listElement.children].every((row) => row.getAttribute('aria-hidden') === 'true')).to
      .be.true;
  });

  it('empty: says the e-Box has no messages', async () => {
    const el = await list([], 'nl-BE');
    expect(part(el, 'status')!.textContent!.trim()).to.equal('Er zijn geen berichten in uw e-Box.');
    expect(part(el, 'list')).to.equal(null);
    expect(part(el, 'summary')).to.equal(null);
  });

  it('error: retry fires bf-ebox-retry with the query, keeping filters and selection', async () => {
    const el = await list(inbox, 'en');
    await setValue(el, 'read', 'unread');
    await setValue(el, 'select-0', true);
    el.error = true;
    await el.updateComplete;
    expect(part(el, 'status')!.textContent).to.include('Your messages could not be loaded.');
    const retried = oneEvent(el, 'bf-ebox-retry');
    part(el, 'status')!.querySelector('button')!.click();
    expect((await retried).detail.query).to.include({ read: false });
    el.error = false;
    await el.updateComplete;
    expect(control<HTMLSelectElement>(el, 'read')!.value).to.equal('unread');
    expect(control(el, 'select-0')!.checked).to.equal(true);
    expect(el.selectedIds).to.deep.equal(['msg-2026-0001']);
  });
});

describe('bf-ebox-list: server mode', () => {
  const page = mailbox(25);

  it('sends bf-ebox-query for filters, sort and pages instead of applying them', async () => {
    const el = await list(page, 'en', { total: 10_000, page: 1 });
    expect(part(el, 'results')!.textContent!.trim()).to.equal('10.000 messages found');
    expect(shadow(el).querySelector('bf-pagination')!.total).to.equal(400);
    const queries: EboxQueryDetail[] = [];
    el.addEventListener('bf-ebox-query', (event) => queries.push(event.detail));
    await setValue(el, 'read', 'unread');
    expect(rows(el), 'the page stays as the host gave it').to.have.length(25);
    await setValue(el, 'order', 'expiresAt:asc');
    shadow(el)
      .querySelector('bf-pagination')!
      .shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!
      .click();
    await el.updateComplete;
    expect(queries.map((q) => q.reason)).to.deep.equal(['filter', 'sort', 'page']);
    expect(queries[2]!.query).to.deep.equal({
      page: 2,
      pageSize: 25,
      read: false,
      sort: 'expiresAt',
      direction: 'asc',
    });
    expect(el.page).to.equal(2);
  });

  it('waits for a pause in typing before sending a search', async () => {
    const el = await list(page, 'en', { total: 10_000, page: 1 });
    const queries: EboxQueryDetail[] = [];
    el.addEventListener('bf-ebox-query', (event) => queries.push(event.detail));
    await setValue(el, 'search', 'aan');
    await setValue(el, 'search', 'aanslag');
    expect(queries).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(queries).to.have.length(1);
    expect(queries[0]!).to.deep.include({ reason: 'search' });
    expect(queries[0]!.query.search).to.equal('aanslag');
  });

  it('takes page size 25 by default and 100 at most', async () => {
    const el = await list(page, 'en', { total: 10_000, page: 1, pageSize: 500 });
    expect(el.query.pageSize).to.equal(100);
    expect(shadow(el).querySelector('bf-pagination')!.total).to.equal(100);
  });

  it('shows the host’s unread count in the summary', async () => {
    const el = await list(page, 'en', {
      total: 120,
      page: 1,
      unreadCount: 3,
      mailboxCount: 128,
    });
    expect(part(el, 'summary')!.textContent).to.equal('3 unread messages of 128');
  });
});

describe('bf-ebox-list: hostile data', () => {
  const forbidden = /Invalid Date|NaN|undefined|null|\[object/;

  it('renders broken messages sensibly, with no exception and no "Invalid Date", "NaN" or "undefined"', async () => {
    const long = 'x'.repeat(200);
    const hostile = [
      {
        id: 'a',
        subject: { nl: 'Geldig' },
        receivedAt: 'not a date',
        expiresAt: 'soon',
        read: false,
      },
      { id: 'b', subject: { xx: 'Unknown language only' }, receivedAt: '2026-02-30', read: true },
      { id: 'c', receivedAt: 1, read: true, sender: null },
      {
        id: 'd',
        subject: { en: '<img src=x onerror="window.__hacked = true">' },
        receivedAt: '2026-06-01',
        read: false,
        sender: { id: 's', name: { en: '<b>bold</b>' } },
      },
      {
        id: 'e',
        subject: { nl: long },
        receivedAt: '2026-06-01',
        payment: { amount: Number.NaN, currency: 'nope', dueDate: 'later' },
        attachments: 'none',
      },
      {
        id: 'f',
        subject: { nl: 'Betaling' },
        receivedAt: '2026-06-01',
        payment: { amount: 12.5, currency: 'XYZ1' },
        messageType: { id: 5, name: null },
      },
      null,
      'not a message',
    ] as unknown as EboxMessage[];
    let el!: BfEboxList;
    const warnings = await warningsDuring(async () => {
      el = await list(hostile, 'nl-BE');
    });
    // An unknown currency code: the plain amount, and a warning for the developer.
    expect(warnings.join()).to.include('XYZ1');
    const text = visibleText(el);
    expect(text).not.to.match(forbidden);
    expect(text).to.include('Ontvangstdatum onbekend');
    expect(text).to.include('Geen onderwerp');
    expect(text).to.include('Onbekende afzender');
    expect(text).to.include('Unknown language only');
    expect(text).to.include('Betaling gevraagd');
    // Markup in data is text: shown as written, never run.
    expect(text).to.include('<img src=x onerror="window.__hacked = true">');
    expect(shadow(el).querySelector('img, b')).to.equal(null);
    expect((window as { __hacked?: boolean }).__hacked).to.equal(undefined);
    expect(rows(el)).to.have.length(6);
    // A language Belfry does not know keeps its own tag in lang.
    expect(shadow(el).querySelector('[lang="xx"]')).to.exist;
  });

  it('survives messages that are not an array', async () => {
    const warnings = await warningsDuring(async () => {
      const el = await list('nonsense' as unknown as EboxMessage[], 'en');
      expect(part(el, 'status')!.textContent!.trim()).to.equal(
        'There are no messages in your e-Box.',
      );
      expect(visibleText(el)).not.to.match(forbidden);
    });
    expect(warnings.join()).to.include('messages');
  });

  it('wraps a 200-character word at 320 px, with no horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture(html`<div lang="nl-BE"><bf-ebox-list></bf-ebox-list></div>`);
      const el = wrapper.querySelector('bf-ebox-list')!;
      el.now = inboxNow;
      el.messages = [
        ...inbox,
        { ...inbox[0]!, id: 'long', subject: { nl: 'W'.repeat(200) }, read: false },
      ];
      await el.updateComplete;
      await settle();
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const row of rows(el)) expect(row.scrollWidth).to.be.at.most(row.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps 44 px touch targets for the checkboxes, subjects and actions', async () => {
    const el = await list(inbox, 'en');
    const targets = [
      shadow(el).querySelector('.check--message')!,
      rows(el)[0]!.querySelector('[part="subject"]')!,
      shadow(el).querySelector('.actions button')!,
      control(el, 'search')!,
    ];
    const heights = targets.map((target) => target.getBoundingClientRect().height);
    el.hrefTemplate = '#/ebox/{id}';
    await el.updateComplete;
    heights.push(rows(el)[0]!.querySelector('a[part="subject"]')!.getBoundingClientRect().height);
    for (const height of heights) expect(height).to.be.at.least(43.9);
  });
});

describe('bf-ebox-list: ten thousand messages', () => {
  // Timing is measured by `npm run bench` (docs/performance.md), not here: a test machine under
  // load cannot tell a slow list from a busy processor. This checks what keeps it fast: one page
  // of plain rows, and a search over every message that keeps the counts right.
  it('renders one page of 25 plain rows out of 10,000, and searches them all', async () => {
    const messages = mailbox(10_000);
    const el = await list(messages, 'en');
    expect(rows(el)).to.have.length(25);
    // Rows are plain list items, not elements of their own: the only custom elements inside the
    // list are the registered-mail tags.
    const custom = [...part(el, 'list')!.querySelectorAll('*')].filter((node) =>
      node.localName.includes('-'),
    );
    expect(custom.every((node) => node.localName === 'bf-tag')).to.equal(true);
    expect(shadow(el).querySelector('bf-pagination')!.total).to.equal(400);
    for (const text of ['B', 'Be', 'Ber', 'Beri', 'Bericht 99']) await setValue(el, 'search', text);
    expect(subjects(el)[0]).to.equal('Bericht 99');
    // Every word is looked for on its own: "99" also finds "Bericht 199" and "Bericht 9912".
    const found = messages.filter((message) => message.id.includes('99')).length;
    expect(part(el, 'results')!.textContent!.trim()).to.equal(
      `${found.toLocaleString('en-BE')} messages found`,
    );
    expect(shadow(el).querySelector('bf-pagination')!.total).to.equal(Math.ceil(found / 25));
  });
});
