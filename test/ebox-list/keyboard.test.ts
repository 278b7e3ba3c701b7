// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@belfry/components/ebox-list';
import type { BfEboxList, EboxActionDetail, EboxOpenDetail } from '@belfry/components';
import { settle } from '../helpers/locales.js';
import { expectTabOrder, focusOn, hasFocus, press } from '../helpers/keyboard.js';
import { control, inbox, inboxNow, mailbox, rows, shadow, subjects } from './helpers.js';

async function list(messages = inbox, pageSize?: number): Promise<BfEboxList> {
  const wrapper = await fixture(html`<div lang="en"><bf-ebox-list></bf-ebox-list></div>`);
  const element = wrapper.querySelector('bf-ebox-list')!;
  element.now = inboxNow;
  if (pageSize) element.pageSize = pageSize;
  element.messages = messages;
  await element.updateComplete;
  await settle();
  return element;
}

describe('bf-ebox-list with the keyboard', () => {
  it('stops on the filters, the bulk actions, then each message’s checkbox and subject, then the pages', async () => {
    // Pages of six: the same stops in the same order as a full page of 25, in a third of the key
    // presses (a full page took over 15 s on a loaded machine).
    const el = await list(mailbox(14), 6);
    const root = shadow(el);
    expect(rows(el).length).to.equal(6);
    const stops = [
      control(el, 'search')!,
      control(el, 'read')!,
      control(el, 'order')!,
      root.querySelector('summary')!,
      control(el, 'select-page')!,
      ...root.querySelectorAll('.actions button'),
      ...rows(el).flatMap((row) => [
        row.querySelector('input[type="checkbox"]')!,
        row.querySelector('[part="subject"]')!,
      ]),
      ...root
        .querySelector('bf-pagination')!
        .shadowRoot!.querySelectorAll('[part="page"], [part="next"]'),
    ];
    await expectTabOrder(stops);
  });

  it('opens the "More filters" with Enter and reaches sender, type, dates and registered mail', async () => {
    const el = await list();
    focusOn(shadow(el).querySelector('summary')!);
    await press('Enter');
    await el.updateComplete;
    expect(shadow(el).querySelector('details')!.open).to.equal(true);
    for (const id of ['sender', 'type', 'from']) {
      await press('Tab');
      expect(hasFocus(control(el, id)!), id).to.equal(true);
    }
    focusOn(control(el, 'registered')!);
    await press(' ');
    await el.updateComplete;
    expect(subjects(el)).to.deep.equal(['Registered letter: registration of your vehicle']);
  });

  it('filters as the citizen types in the search field, and Enter does not reload the page', async () => {
    const el = await list();
    focusOn(control(el, 'search')!);
    await sendKeys({ type: 'pensioen' });
    await el.updateComplete;
    expect(subjects(el)).to.deep.equal(['Your pension estimate']);
    await press('Enter');
    await el.updateComplete;
    expect(hasFocus(control(el, 'search')!)).to.equal(true);
    expect(subjects(el)).to.deep.equal(['Your pension estimate']);
  });

  it('moves focus to the search field when "Clear filters" clears them and goes away', async () => {
    const el = await list();
    focusOn(control(el, 'search')!);
    await sendKeys({ type: 'pension' });
    await el.updateComplete;
    const clear = shadow(el).querySelector<HTMLButtonElement>('.filters > .action')!;
    focusOn(clear);
    await press('Enter');
    await el.updateComplete;
    expect(shadow(el).querySelector('.filters > .action')).to.equal(null);
    expect(rows(el)).to.have.length(6);
    expect(hasFocus(control(el, 'search')!)).to.equal(true);
  });

  it('keeps focus on the page when "Try again" goes away with the error', async () => {
    const el = await list();
    el.error = true;
    await el.updateComplete;
    focusOn(shadow(el).querySelector('[part="status"] button')!);
    el.addEventListener('bf-ebox-retry', () => (el.error = false), { once: true });
    await press('Enter');
    await el.updateComplete;
    expect(rows(el)).to.have.length(6);
    expect(hasFocus(control(el, 'search')!)).to.equal(true);
  });

  it('chooses a read state with the arrow keys of the select', async () => {
    // Firefox opens no list on ArrowDown for a closed select, but changes the value as Chromium
    // does; both fire `change`.
    const el = await list();
    focusOn(control(el, 'read')!);
    await press('ArrowDown');
    await el.updateComplete;
    expect(control<HTMLSelectElement>(el, 'read')!.value).to.equal('unread');
    expect(rows(el)).to.have.length(3);
  });

  it('selects a message with Space and acts on it with Enter on a bulk action', async () => {
    const el = await list();
    focusOn(rows(el)[1]!.querySelector('input[type="checkbox"]')!);
    await press(' ');
    await el.updateComplete;
    expect(el.selectedIds).to.deep.equal(['msg-2026-0002']);
    focusOn(shadow(el).querySelectorAll('.actions button')[1]!);
    const action = oneEvent(el, 'bf-ebox-action');
    await press('Enter');
    expect((await action).detail as EboxActionDetail).to.deep.equal({
      action: 'mark-unread',
      ids: ['msg-2026-0002'],
    });
  });

  it('puts focus back on a message with focusMessage(id), as a button and as a link', async () => {
    const el = await list();
    expect(el.focusMessage('msg-2026-0003')).to.equal(true);
    expect(hasFocus(rows(el)[2]!.querySelector('button[part="subject"]')!)).to.equal(true);
    el.hrefTemplate = '#/ebox/{id}';
    await el.updateComplete;
    expect(el.focusMessage('msg-2026-0001')).to.equal(true);
    expect(hasFocus(rows(el)[0]!.querySelector('a[part="subject"]')!)).to.equal(true);
    // A message that is not on the page shown: nothing moves, and the host is told.
    expect(el.focusMessage('no-such-message')).to.equal(false);
    expect(hasFocus(rows(el)[0]!.querySelector('a[part="subject"]')!)).to.equal(true);
  });

  it('opens a message with Enter on its subject, as a button and as a link', async () => {
    const el = await list();
    focusOn(rows(el)[2]!.querySelector('[part="subject"]')!);
    let opened = oneEvent(el, 'bf-ebox-open');
    await press('Enter');
    expect(((await opened).detail as EboxOpenDetail).id).to.equal('msg-2026-0003');
    el.hrefTemplate = '#/ebox/{id}';
    await el.updateComplete;
    el.addEventListener('bf-ebox-open', (event) => event.preventDefault(), { once: true });
    focusOn(rows(el)[0]!.querySelector('a[part="subject"]')!);
    opened = oneEvent(el, 'bf-ebox-open');
    await press('Enter');
    expect(((await opened).detail as EboxOpenDetail).id).to.equal('msg-2026-0001');
  });

  it('keeps focus on Next while paging with the keyboard', async () => {
    const el = await list(mailbox(60));
    const pagination = shadow(el).querySelector('bf-pagination')!;
    focusOn(pagination.shadowRoot!.querySelector('[part="next"]')!);
    await press('Enter');
    await el.updateComplete;
    await pagination.updateComplete;
    expect(subjects(el)[0]).to.equal('Bericht 25');
    expect(hasFocus(pagination.shadowRoot!.querySelector('[part="next"]')!)).to.equal(true);
  });
});
