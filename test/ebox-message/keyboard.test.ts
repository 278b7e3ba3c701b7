// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@belfry/components/ebox-message';
import type { BfEboxMessage } from '@belfry/components';
import { expectTabOrder, hasFocus, press } from '../helpers/keyboard.js';
import { now, taxAssessment } from './messages.js';

const $ = (el: BfEboxMessage, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('bf-ebox-message with the keyboard', () => {
  let written: string[];
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  beforeEach(() => {
    document.documentElement.lang = 'en';
    written = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (written.push(text), Promise.resolve()) },
    });
  });
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  });

  const render = () =>
    fixture<BfEboxMessage>(
      html`<bf-ebox-message
        .message=${taxAssessment()}
        .now=${now}
        back-href="#inbox"
      ></bf-ebox-message>`,
    );

  it('reaches, in reading order, the copy buttons, the downloads, the contact links, Reply and Back', async () => {
    const el = await render();
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('bf-button')];
    const links = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a')];
    // Three copy buttons, two downloads, phone and website, Reply, Back.
    expect(buttons).to.have.length(4);
    expect(links).to.have.length(5);
    await expectTabOrder([
      buttons[0]!,
      buttons[1]!,
      buttons[2]!,
      links[0]!,
      links[1]!,
      links[2]!,
      links[3]!,
      buttons[3]!,
      links[4]!,
    ]);
  });

  for (const key of ['Enter', ' ']) {
    it(`copies with ${key === ' ' ? 'Space' : key} and keeps focus on the button`, async () => {
      const el = await render();
      const iban = $(el, '[data-copy="iban"]');
      iban.focus();
      await press(key);
      await waitUntil(() => written.length === 1, 'nothing was copied', { timeout: 5000 });
      expect(written).to.deep.equal(['BE68539007547034']);
      expect(hasFocus(iban)).to.equal(true);
    });

    it(`replies with ${key === ' ' ? 'Space' : key}`, async () => {
      const el = await render();
      $(el, '[part="actions"] bf-button').focus();
      const replied = oneEvent(el, 'bf-ebox-reply');
      // Awaited, so the key is up again before the next test presses one (see below).
      await press(key);
      const event = await replied;
      expect(event.detail.id).to.equal('fin-2026-000123');
    });
  }

  it('follows Back with Enter; a single-page app can keep the page', async () => {
    const el = await render();
    el.addEventListener('bf-ebox-back', (event) => event.preventDefault(), { once: true });
    $(el, '[part="actions"] a').focus();
    const back = oneEvent(el, 'bf-ebox-back');
    // Awaited, so Enter is up again before the next test presses it (see below).
    await press('Enter');
    const event = await back;
    expect(event.defaultPrevented).to.equal(true);
    expect(location.hash).to.not.equal('#inbox');
  });

  it('starts a download with Enter on its link', async () => {
    const el = await render();
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.attachment a')!;
    let followed = '';
    link.addEventListener(
      'click',
      (event) => {
        followed = link.href;
        event.preventDefault();
      },
      { once: true },
    );
    link.focus();
    expect(el.shadowRoot!.activeElement, 'the download link has focus').to.equal(link);
    // Enter must be a fresh press: a link ignores a repeat (Enter held down), and that is what
    // this press was when an earlier test let its own Enter be released only after it ended.
    await press('Enter');
    await waitUntil(() => followed !== '', 'Enter follows the link', { timeout: 5000 });
    expect(followed).to.match(/\/ebox\/fin-2026-000123\/assessment-2026\.pdf$/);
  });
});
