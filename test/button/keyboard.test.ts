// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/button';
import type { BfButton } from '@belfry/components';
import {
  expectKeyActivation,
  expectNoKeyActivation,
  expectTabOrder,
  formSubmission,
  hasFocus,
  pressAndExpectFocus,
} from '../helpers/keyboard.js';

const base = (el: BfButton) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const isChromium = !navigator.userAgent.includes('Firefox');

/** Runs `body` with console.warn silenced (for the warning a refused URL gives). */
async function withoutWarnings(body: () => Promise<void>): Promise<void> {
  const original = console.warn;
  console.warn = () => undefined;
  try {
    await body();
  } finally {
    console.warn = original;
  }
}

describe('bf-button with the keyboard', () => {
  describe('focus', () => {
    it('is reached with Tab in document order; a disabled button is skipped, a busy one is not', async () => {
      const wrapper = await fixture(
        html`<div>
          <input aria-label="Name" />
          <bf-button>Next</bf-button>
          <bf-button disabled>Send</bf-button>
          <bf-button loading>Save</bf-button>
        </div>`,
      );
      const [next, , save] = wrapper.querySelectorAll('bf-button');
      await expectTabOrder([wrapper.querySelector('input')!, next!, save!]);
    });

    it('leaves a disabled link and a refused URL out of the tab order, but not a busy link', async () => {
      await withoutWarnings(async () => {
        const wrapper = await fixture(
          html`<div>
            <bf-button href="/contact">Contact</bf-button>
            <bf-button href="/help" disabled>Help</bf-button>
            <bf-button href="javascript:alert(1)">Open</bf-button>
            <bf-button href="/next" loading>Next</bf-button>
          </div>`,
        );
        const [contact, , , next] = wrapper.querySelectorAll('bf-button');
        await expectTabOrder([contact!, next!]);
      });
    });

    it('cannot be focused by a script when disabled', async () => {
      const el = await fixture<BfButton>(html`<bf-button disabled>Send</bf-button>`);
      el.focus();
      expect(hasFocus(el)).to.equal(false);
    });

    it('passes focus to its inner control, also while busy', async () => {
      for (const el of [
        await fixture<BfButton>(html`<bf-button loading>Send</bf-button>`),
        await fixture<BfButton>(html`<bf-button href="/next" loading>Next</bf-button>`),
      ]) {
        el.focus();
        expect(el.shadowRoot!.activeElement).to.equal(base(el));
      }
    });

    it('shows a solid focus ring of at least 2 px after Tab', async () => {
      const wrapper = await fixture(
        html`<div><input aria-label="Name" /><bf-button>Send</bf-button></div>`,
      );
      const el = wrapper.querySelector<BfButton>('bf-button')!;
      wrapper.querySelector('input')!.focus();
      await pressAndExpectFocus('Tab', el);
      const style = getComputedStyle(base(el));
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('activation', () => {
    for (const key of ['Enter', ' ']) {
      it(`submits its form with ${key === ' ' ? 'Space' : key}, with its name and value`, async () => {
        const form = await fixture<HTMLFormElement>(
          html`<form><bf-button type="submit" name="go" value="1">Send</bf-button></form>`,
        );
        const el = form.querySelector<BfButton>('bf-button')!;
        const data = await expectKeyActivation(el, key, formSubmission(form));
        expect(data.get('go')).to.equal('1');
      });
    }

    it('does nothing with Enter or Space while loading, and keeps focus', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><bf-button type="submit" loading>Send</bf-button></form>`,
      );
      const el = form.querySelector<BfButton>('bf-button')!;
      await expectNoKeyActivation(el, 'Enter', formSubmission(form));
      await expectNoKeyActivation(el, ' ', formSubmission(form));
      expect(hasFocus(el)).to.equal(true);
    });

    it('follows the link with Enter', async () => {
      const el = await fixture<BfButton>(html`<bf-button href="#belfry-target">Jump</bf-button>`);
      try {
        await expectKeyActivation(el, 'Enter', { on: window, event: 'hashchange' });
        expect(location.hash).to.equal('#belfry-target');
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });
  });

  describe('Enter in a text field (implicit submission)', () => {
    it('submits through the first Belfry submit button', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <input name="first" aria-label="First name" />
          <input name="last" aria-label="Last name" />
          <bf-button type="submit" name="action" value="next">Next</bf-button>
          <bf-button type="submit" name="action" value="back">Back</bf-button>
        </form>`,
      );
      const data = await expectKeyActivation(
        form.querySelector('input')!,
        'Enter',
        formSubmission(form),
      );
      expect(data.get('action')).to.equal('next');
    });

    it('never lets a link act as the form’s default button', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <input name="first" aria-label="First name" />
          <input name="last" aria-label="Last name" />
          <bf-button type="submit" href="/help">Help</bf-button>
          <bf-button type="submit" name="action" value="next">Next</bf-button>
        </form>`,
      );
      const data = await expectKeyActivation(
        form.querySelector('input')!,
        'Enter',
        formSubmission(form),
      );
      expect(data.get('action')).to.equal('next');
    });

    it('submits nothing when the first Belfry submit button is busy', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <input name="first" aria-label="First name" />
          <input name="last" aria-label="Last name" />
          <bf-button type="submit" loading>Next</bf-button>
        </form>`,
      );
      await expectNoKeyActivation(form.querySelector('input')!, 'Enter', formSubmission(form));
    });
  });

  describe('in forced-colours mode', () => {
    before(function () {
      // Forced-colours emulation goes through the Chrome DevTools Protocol.
      if (!isChromium) this.skip();
    });

    afterEach(async () => {
      if (isChromium) await executeServerCommand('emulate-forced-colors', { value: 'none' });
    });

    it('keeps a visible focus ring', async () => {
      await executeServerCommand('emulate-forced-colors', { value: 'active' });
      const wrapper = await fixture(
        html`<div><input aria-label="Name" /><bf-button variant="tertiary">Send</bf-button></div>`,
      );
      const el = wrapper.querySelector<BfButton>('bf-button')!;
      wrapper.querySelector('input')!.focus();
      await pressAndExpectFocus('Tab', el);
      const focused = getComputedStyle(base(el));
      expect(focused.outlineStyle).to.equal('solid');
      expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
    });
  });
});
