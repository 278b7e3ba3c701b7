// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/alert';
import type { BfAlert } from '@belfry/components';
import { expectTabOrder, hasFocus, press, pressAndExpectFocus } from '../helpers/keyboard.js';

const closeButton = (el: BfAlert) => el.shadowRoot!.querySelector<HTMLElement>('[part="close"]')!;

/** Tabs from `start` to the alert's close button. */
async function tabToClose(start: HTMLElement, el: BfAlert): Promise<void> {
  start.focus();
  await press('Tab');
  if (!hasFocus(el)) throw new Error('Tab did not reach the alert');
  // Links in the message come first, then the close button.
  while (el.shadowRoot!.activeElement !== closeButton(el)) await press('Tab');
}

describe('bf-alert with the keyboard', () => {
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is not a tab stop itself; its links and then its close button are', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <bf-alert dismissible heading="New rules"
          ><p>Read the <a href="#rules">rules</a>.</p></bf-alert
        >
        <bf-alert heading="Opening hours"><p>Open on weekdays.</p></bf-alert>
      </div>`,
    );
    const [first] = wrapper.querySelectorAll('bf-alert');
    await expectTabOrder([wrapper.querySelector('a')!, first!]);
  });

  for (const key of ['Enter', ' ']) {
    it(`closes with ${key === ' ' ? 'Space' : key} on the close button and moves focus to the next control`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<main>
          <h1>Your messages</h1>
          <input aria-label="Search" />
          <bf-alert dismissible variant="success" heading="Message sent"><p>…</p></bf-alert>
          <p>Some text</p>
          <a href="#inbox">Inbox</a>
        </main>`,
      );
      const el = wrapper.querySelector('bf-alert')!;
      await tabToClose(wrapper.querySelector('input')!, el);
      await pressAndExpectFocus(key, wrapper.querySelector('a')!);
      expect(el.hidden).to.equal(true);
    });
  }

  it('moves focus to focus-target when given, even a heading', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<main>
        <input aria-label="Search" />
        <bf-alert dismissible focus-target="results" heading="Filters reset"><p>…</p></bf-alert>
        <a href="#next">Next</a>
        <h2 id="results">12 results</h2>
      </main>`,
    );
    const el = wrapper.querySelector('bf-alert')!;
    await tabToClose(wrapper.querySelector('input')!, el);
    const target = wrapper.querySelector<HTMLElement>('#results')!;
    await pressAndExpectFocus('Enter', target);
    expect(target.getAttribute('tabindex')).to.equal('-1');
  });

  it('moves focus to the previous control when nothing after it in its landmark takes focus', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <main>
          <a href="#top">Back to top</a>
          <bf-alert dismissible heading="Saved"><p>…</p></bf-alert>
        </main>
        <footer><a href="#contact">Contact</a></footer>
      </div>`,
    );
    const el = wrapper.querySelector('bf-alert')!;
    await tabToClose(wrapper.querySelector<HTMLElement>('a[href="#top"]')!, el);
    await pressAndExpectFocus('Enter', wrapper.querySelector('a[href="#top"]')!);
  });

  it('moves focus to its landmark, never to <body>, when the landmark holds no other control', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button>Menu</button>
        <main id="content">
          <h1>Done</h1>
          <bf-alert dismissible heading="Saved"><p>…</p></bf-alert>
        </main>
      </div>`,
    );
    const el = wrapper.querySelector('bf-alert')!;
    await tabToClose(wrapper.querySelector('button')!, el);
    const main = wrapper.querySelector<HTMLElement>('main')!;
    await pressAndExpectFocus('Enter', main);
    expect(document.activeElement).to.not.equal(document.body);
    // Tab goes on from there, as from a skip link's target.
    await press('Shift+Tab');
    expect(document.activeElement).to.equal(wrapper.querySelector('button'));
  });

  it('keeps focus on the close button when a listener keeps the alert open', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <input aria-label="Search" />
        <bf-alert dismissible heading="Unsaved changes"><p>…</p></bf-alert>
      </div>`,
    );
    const el = wrapper.querySelector('bf-alert')!;
    el.addEventListener('bf-alert-dismiss', (event) => event.preventDefault());
    await tabToClose(wrapper.querySelector('input')!, el);
    await press('Enter');
    expect(el.hidden).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(closeButton(el));
  });

  it('gives the close button a 44 × 44 px target and a visible focus ring', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <input aria-label="Search" />
        <bf-alert dismissible heading="Saved"><p>…</p></bf-alert>
      </div>`,
    );
    const el = wrapper.querySelector('bf-alert')!;
    await tabToClose(wrapper.querySelector('input')!, el);
    const button = closeButton(el);
    const { width, height } = button.getBoundingClientRect();
    expect(width).to.be.at.least(44);
    expect(height).to.be.at.least(44);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
