// Runs one page at a time (its name ends in keyboard.test.ts): the checks move real focus.
// Core's modal helpers, on their own: the page's scroll lock, focus return, the Tab stops of a
// modal (flat tree) and the wrap at its ends, and the modal registry the announcer follows.
import { expect, fixture, html } from '@open-wc/testing';
import {
  deepActiveElement,
  enterModal,
  isInside,
  isPageScrollLocked,
  leaveModal,
  lockPageScroll,
  rememberFocus,
  tabbableElements,
  topModalContainer,
  unlockPageScroll,
  wrapTabFocus,
} from '@belfry/core';

const tab = (shiftKey = false) =>
  new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });

/** An element with a shadow root that shows a button, then the page's content (a slot). */
class ModalTestFrame extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<button id="inner">Inner</button><div><slot></slot></div>';
  }
}
customElements.define('modal-test-frame', ModalTestFrame);

describe('core: page scroll lock', () => {
  it('locks while any holder holds it, and restores the page’s own style', async () => {
    const root = document.documentElement;
    root.style.setProperty('overflow', 'clip');
    const first = {};
    const second = {};
    try {
      lockPageScroll(first);
      lockPageScroll(second);
      lockPageScroll(first); // twice by the same holder counts once
      expect(root.style.overflow).to.equal('hidden');
      expect(isPageScrollLocked()).to.equal(true);
      unlockPageScroll(first);
      expect(root.style.overflow, 'still held by the second').to.equal('hidden');
      unlockPageScroll(first); // not a holder any more: nothing happens
      unlockPageScroll(second);
      expect(root.style.overflow).to.equal('clip');
      expect(isPageScrollLocked()).to.equal(false);
    } finally {
      root.style.removeProperty('overflow');
      if (!root.getAttribute('style')) root.removeAttribute('style');
    }
  });

  it('keeps the scrollbar’s room on a page that has one, so nothing shifts sideways', async () => {
    await fixture(html`<div style="block-size: 3000px"></div>`);
    const hadScrollbar = window.innerWidth - document.documentElement.clientWidth > 0;
    const holder = {};
    lockPageScroll(holder);
    try {
      const gutter = document.documentElement.style.getPropertyValue('scrollbar-gutter');
      expect(gutter).to.equal(hadScrollbar ? 'stable' : '');
    } finally {
      unlockPageScroll(holder);
    }
    expect(document.documentElement.style.getPropertyValue('scrollbar-gutter')).to.equal('');
  });
});

describe('core: focus return', () => {
  it('returns focus to the element that had it, inside a shadow root too', async () => {
    const frame = await fixture<ModalTestFrame>(
      html`<modal-test-frame><input aria-label="Name" /></modal-test-frame>`,
    );
    const inner = frame.shadowRoot!.querySelector('button')!;
    inner.focus();
    expect(deepActiveElement()).to.equal(inner);
    const returnFocus = rememberFocus();
    frame.querySelector('input')!.focus();
    returnFocus();
    expect(deepActiveElement()).to.equal(inner);
  });

  it('leaves focus alone when it moved outside `from` on purpose', async () => {
    const wrapper = await fixture(
      html`<div>
        <button id="a">A</button><button id="b">B</button>
        <div id="modal"><button id="c">C</button></div>
      </div>`,
    );
    wrapper.querySelector<HTMLElement>('#a')!.focus();
    const returnFocus = rememberFocus();
    wrapper.querySelector<HTMLElement>('#b')!.focus();
    returnFocus({ from: wrapper.querySelector('#modal')! });
    expect(document.activeElement!.id).to.equal('b');
  });

  it('goes to the fallback when the remembered element is gone', async () => {
    const wrapper = await fixture(
      html`<div>
        <button id="a">A</button>
        <h2 tabindex="-1">Page</h2>
      </div>`,
    );
    const a = wrapper.querySelector<HTMLElement>('#a')!;
    a.focus();
    const returnFocus = rememberFocus();
    a.remove();
    const heading = wrapper.querySelector('h2')!;
    returnFocus({ fallback: heading });
    expect(document.activeElement).to.equal(heading);
  });

  it('knows what is inside what across slots and shadow roots', async () => {
    const frame = await fixture<ModalTestFrame>(
      html`<modal-test-frame><span>Slotted</span></modal-test-frame>`,
    );
    const slotWrapper = frame.shadowRoot!.querySelector('div')!;
    expect(isInside(frame.querySelector('span'), slotWrapper)).to.equal(true);
    expect(isInside(frame.shadowRoot!.querySelector('button'), frame)).to.equal(true);
    expect(isInside(document.body, frame)).to.equal(false);
  });
});

describe('core: Tab stops of a modal and the wrap at its ends', () => {
  it('lists Tab stops in the order shown: shadow content, then slotted content', async () => {
    const frame = await fixture<ModalTestFrame>(
      html`<modal-test-frame>
        <a href="#x">Link</a>
        <button disabled>Disabled</button>
        <input type="hidden" name="secret" />
        <span tabindex="-1">Not a stop</span>
        <div hidden><button>Hidden</button></div>
        <div style="visibility: hidden"><button>Invisible</button></div>
        <input type="radio" name="choice" value="a" aria-label="A" />
        <input type="radio" name="choice" value="b" aria-label="B" checked />
        <div tabindex="0">Scrollable region</div>
      </modal-test-frame>`,
    );
    const names = tabbableElements(frame).map(
      (element) => element.getAttribute('aria-label') ?? element.textContent!.trim(),
    );
    expect(names).to.deep.equal(['Inner', 'Link', 'B', 'Scrollable region']);
  });

  it('wraps Tab from the last stop to the first, and Shift+Tab from the first to the last', async () => {
    const frame = await fixture<ModalTestFrame>(
      html`<modal-test-frame>
        <a href="#x">Link</a><button id="last">Last</button>
      </modal-test-frame>`,
    );
    const inner = frame.shadowRoot!.querySelector('button')!;
    const last = frame.querySelector<HTMLElement>('#last')!;
    last.focus();
    const forward = tab();
    expect(wrapTabFocus(forward, frame, deepActiveElement())).to.equal(true);
    expect(forward.defaultPrevented).to.equal(true);
    expect(deepActiveElement()).to.equal(inner);
    const backward = tab(true);
    expect(wrapTabFocus(backward, frame, deepActiveElement())).to.equal(true);
    expect(deepActiveElement()).to.equal(last);
  });

  it('leaves Tab between two stops, and other keys, to the browser', async () => {
    const frame = await fixture<ModalTestFrame>(
      html`<modal-test-frame><a href="#x">Link</a></modal-test-frame>`,
    );
    frame.shadowRoot!.querySelector('button')!.focus();
    const forward = tab();
    expect(wrapTabFocus(forward, frame, deepActiveElement())).to.equal(false);
    expect(forward.defaultPrevented).to.equal(false);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
    expect(wrapTabFocus(escape, frame, deepActiveElement())).to.equal(false);
  });

  it('brings focus back in from outside, and keeps it put when there is nothing to go to', async () => {
    const wrapper = await fixture(
      html`<div>
        <button id="outside">Outside</button>
        <modal-test-frame id="frame"><a href="#x">Link</a></modal-test-frame>
        <div id="empty"><p>Text only</p></div>
      </div>`,
    );
    const frame = wrapper.querySelector<ModalTestFrame>('#frame')!;
    wrapper.querySelector<HTMLElement>('#outside')!.focus();
    expect(wrapTabFocus(tab(true), frame, deepActiveElement())).to.equal(true);
    expect(deepActiveElement()!.textContent).to.equal('Link');
    const empty = tab();
    expect(wrapTabFocus(empty, wrapper.querySelector('#empty')!, null)).to.equal(true);
    expect(empty.defaultPrevented).to.equal(true);
  });
});

describe('core: the modal registry', () => {
  it('gives the container of the modal opened last that is still on the page', async () => {
    const wrapper = await fixture(
      html`<div>
        <p id="one"></p>
        <p id="two"></p>
      </div>`,
    );
    const [one, two] = [wrapper.querySelector('#one')!, wrapper.querySelector('#two')!];
    const first = {};
    const second = {};
    expect(topModalContainer()).to.equal(undefined);
    enterModal(first, one);
    enterModal(second, two);
    expect(topModalContainer()).to.equal(two);
    two.remove();
    expect(topModalContainer(), 'a removed container is skipped').to.equal(one);
    leaveModal(second);
    leaveModal(first);
    expect(topModalContainer()).to.equal(undefined);
  });
});
