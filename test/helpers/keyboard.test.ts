import { expect, fixture, html } from '@open-wc/testing';
import {
  expectKeyActivation,
  expectNoKeyActivation,
  expectTabOrder,
  focusOn,
  formSubmission,
  pressAndExpectFocus,
} from './keyboard.js';
import { rejection } from './rejection.js';

// Every component's keyboard tests rely on these helpers: each must fail when the keyboard
// behaviour is wrong. Native elements stand in for components here.
describe('keyboard helpers', () => {
  describe('expectTabOrder', () => {
    it('passes when Tab and Shift+Tab stop on exactly the given elements', async () => {
      const form = await fixture(
        html`<form>
          <input aria-label="Name" /><button type="button" disabled>Skip</button>
          <button type="button">Next</button>
        </form>`,
      );
      await expectTabOrder([
        form.querySelector('input')!,
        form.querySelector('button:not([disabled])')!,
      ]);
    });

    it('fails on a stop that is missing from the list, naming where focus went', async () => {
      const form = await fixture(
        html`<form><input aria-label="Name" /><button type="button">Next</button></form>`,
      );
      const error = await rejection(expectTabOrder([form.querySelector('input')!]));
      expect(error.message).to.contain('forwards, after the last stop (1)');
      expect(error.message).to.contain('<button> "Next"');
    });

    it('fails on a stop that cannot be reached', async () => {
      const form = await fixture(
        html`<form><input aria-label="Name" /><button type="button" disabled>Skip</button></form>`,
      );
      const [input, button] = [form.querySelector('input')!, form.querySelector('button')!];
      const error = await rejection(expectTabOrder([input, button]));
      expect(error.message).to.contain('stop 2 of 2: expected <button> "Skip"');
    });

    it('fails on a wrong order', async () => {
      const form = await fixture(
        html`<form><input aria-label="Name" /><button type="button">Next</button></form>`,
      );
      const error = await rejection(
        expectTabOrder([form.querySelector('button')!, form.querySelector('input')!]),
      );
      expect(error.message).to.contain('stop 1 of 2');
    });

    it('checks the order backwards too', async () => {
      // A button that keeps focus on Shift+Tab: forwards the order is right, backwards it is not.
      const keepFocus = (event: KeyboardEvent) => {
        if (event.key === 'Tab' && event.shiftKey) event.preventDefault();
      };
      const form = await fixture(
        html`<form>
          <input aria-label="Name" /><button type="button" @keydown=${keepFocus}>Next</button>
        </form>`,
      );
      const error = await rejection(
        expectTabOrder([form.querySelector('input')!, form.querySelector('button')!]),
      );
      expect(error.message).to.contain('Tab order backwards, stop 2 of 2: expected <input>');
    });
  });

  describe('pressAndExpectFocus', () => {
    it('fails when focus does not land on the target', async () => {
      const form = await fixture(
        html`<form><input aria-label="Name" /><button type="button">Next</button></form>`,
      );
      focusOn(form.querySelector('input')!);
      await pressAndExpectFocus('Tab', form.querySelector('button')!);
      const error = await rejection(
        pressAndExpectFocus('Shift+Tab', form.querySelector('button')!),
      );
      expect(error.message).to.contain('After Shift+Tab, expected focus on <button> "Next"');
      expect(error.message).to.contain('<input> "Name"');
    });
  });

  describe('expectKeyActivation', () => {
    it('resolves with what the effect read while the event ran', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><button type="submit" name="go" value="1">Send</button></form>`,
      );
      const data = await expectKeyActivation(
        form.querySelector('button')!,
        'Enter',
        formSubmission(form),
      );
      expect(data.get('go')).to.equal('1');
    });

    it('fails when the key has no effect', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><button type="button">Help</button></form>`,
      );
      const error = await rejection(
        expectKeyActivation(form.querySelector('button')!, ' ', {
          ...formSubmission(form),
          timeout: 300,
        }),
      );
      expect(error.message).to.equal(
        'Space on <button> "Help" did not fire submit on <form> within 300 ms.',
      );
    });

    it('fails when the target cannot take focus', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><button type="submit" disabled>Send</button></form>`,
      );
      const error = await rejection(
        expectKeyActivation(form.querySelector('button')!, 'Enter', formSubmission(form)),
      );
      expect(error.message).to.contain('<button> "Send" did not take focus');
    });
  });

  describe('expectNoKeyActivation', () => {
    it('passes when nothing happens', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><button type="button">Help</button></form>`,
      );
      await expectNoKeyActivation(form.querySelector('button')!, 'Enter', formSubmission(form));
    });

    it('fails when the key does submit, without letting the page go', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><button type="submit">Send</button></form>`,
      );
      const error = await rejection(
        expectNoKeyActivation(form.querySelector('button')!, 'Enter', formSubmission(form)),
      );
      expect(error.message).to.equal(
        'Enter on <button> "Send" fired submit on <form>, but should do nothing.',
      );
    });
  });
});
