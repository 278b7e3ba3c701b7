// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@belfry/components/dialog';
import '@belfry/components/button';
import type { BfButton, BfDialog } from '@belfry/components';
import { focusOn, hasFocus, press, pressAndExpectFocus } from '../helpers/keyboard.js';

const closeButton = (el: BfDialog) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close"]')!;
const title = (el: BfDialog) => el.shadowRoot!.querySelector<HTMLElement>('#title')!;

/** A page with an opener, a link after it, and a dialog with a link in its text and two actions. */
async function page(): Promise<{
  opener: BfButton;
  dialog: BfDialog;
  link: HTMLAnchorElement;
  confirm: BfButton;
  cancel: BfButton;
  outside: HTMLAnchorElement;
}> {
  const wrapper = await fixture(
    html`<div>
      <bf-button id="opener">Delete my application</bf-button>
      <a href="#elsewhere" id="outside">Somewhere else on the page</a>
      <bf-dialog heading="Delete your application?">
        <p>Your answers will be deleted. <a href="#help" id="help">Read more</a>.</p>
        <bf-button slot="footer" variant="danger" id="confirm">Delete</bf-button>
        <bf-button slot="footer" variant="secondary" id="cancel">Keep it</bf-button>
      </bf-dialog>
    </div>`,
  );
  const dialog = wrapper.querySelector('bf-dialog')!;
  const opener = wrapper.querySelector<BfButton>('#opener')!;
  opener.addEventListener('click', () => dialog.show());
  await dialog.updateComplete;
  return {
    opener,
    dialog,
    link: wrapper.querySelector<HTMLAnchorElement>('#help')!,
    confirm: wrapper.querySelector<BfButton>('#confirm')!,
    cancel: wrapper.querySelector<BfButton>('#cancel')!,
    outside: wrapper.querySelector<HTMLAnchorElement>('#outside')!,
  };
}

/** Opens the dialog from its bf-button with Enter, as a keyboard user does. */
async function openWithEnter(opener: BfButton, dialog: BfDialog): Promise<void> {
  focusOn(opener);
  const opened = oneEvent(dialog, 'bf-dialog-open');
  await press('Enter');
  await opened;
}

describe('bf-dialog with the keyboard', () => {
  it('opens from a bf-button with Enter, focus on its heading; Escape closes it and focus returns', async () => {
    const { opener, dialog } = await page();
    await openWithEnter(opener, dialog);
    expect(dialog.shadowRoot!.activeElement).to.equal(title(dialog));
    const closed = oneEvent(dialog, 'bf-dialog-close');
    await press('Escape');
    expect((await closed).detail.reason).to.equal('escape');
    expect(dialog.open).to.equal(false);
    expect(hasFocus(opener), 'focus is back on the opener').to.equal(true);
  });

  it('keeps Tab inside: heading → close → link → actions → close again', async () => {
    const { opener, dialog, link, confirm, cancel } = await page();
    await openWithEnter(opener, dialog);
    await pressAndExpectFocus('Tab', closeButton(dialog));
    await pressAndExpectFocus('Tab', link);
    await pressAndExpectFocus('Tab', confirm);
    await pressAndExpectFocus('Tab', cancel);
    // The end of the dialog: Tab wraps to its first control, never leaves for the page.
    await pressAndExpectFocus('Tab', closeButton(dialog));
    dialog.close();
    await dialog.updateComplete;
  });

  it('keeps Shift+Tab inside: from the heading and the first control it goes to the last', async () => {
    const { opener, dialog, cancel, confirm } = await page();
    await openWithEnter(opener, dialog);
    await pressAndExpectFocus('Shift+Tab', cancel);
    await pressAndExpectFocus('Shift+Tab', confirm);
    focusOn(closeButton(dialog));
    await pressAndExpectFocus('Shift+Tab', cancel);
    dialog.close();
    await dialog.updateComplete;
  });

  it('never lets Tab reach the page behind', async () => {
    const { opener, dialog, outside } = await page();
    await openWithEnter(opener, dialog);
    for (let step = 0; step < 12; step++) {
      await press(step % 3 === 2 ? 'Shift+Tab' : 'Tab');
      expect(hasFocus(outside), `step ${step + 1}`).to.equal(false);
      expect(hasFocus(opener), `step ${step + 1}`).to.equal(false);
      expect(hasFocus(dialog), `step ${step + 1}: focus is in the dialog`).to.equal(true);
    }
    dialog.close();
    await dialog.updateComplete;
  });

  it('closes with Enter and Space on the close button, and focus returns', async () => {
    for (const key of ['Enter', ' ']) {
      const { opener, dialog } = await page();
      await openWithEnter(opener, dialog);
      focusOn(closeButton(dialog));
      const closed = oneEvent(dialog, 'bf-dialog-close');
      await press(key);
      expect((await closed).detail.reason).to.equal('close-button');
      expect(hasFocus(opener), key).to.equal(true);
    }
  });

  it('stays open on Escape when a listener cancels the request, and closes on the next', async () => {
    const { opener, dialog } = await page();
    await openWithEnter(opener, dialog);
    let refuse = true;
    dialog.addEventListener('bf-dialog-request-close', (event) => {
      if (refuse) event.preventDefault();
    });
    await press('Escape');
    await dialog.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    // Pressed again (browsers close a dialog on a second Escape unless the page stops the key).
    await press('Escape');
    await dialog.updateComplete;
    expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    refuse = false;
    await press('Escape');
    await dialog.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(hasFocus(opener)).to.equal(true);
  });

  it('shows a focus ring on its controls', async () => {
    const { opener, dialog } = await page();
    await openWithEnter(opener, dialog);
    await pressAndExpectFocus('Tab', closeButton(dialog));
    const style = getComputedStyle(closeButton(dialog));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    const box = closeButton(dialog).getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    dialog.close();
    await dialog.updateComplete;
  });
});
