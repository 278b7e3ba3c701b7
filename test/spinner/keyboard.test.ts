// Keyboard: this file runs one page at a time (its name ends in keyboard.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/spinner';
import { expectTabOrder } from '../helpers/keyboard.js';

describe('bf-spinner with the keyboard', () => {
  it('is never a tab stop, and does not take focus when it appears', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button>Search</button>
        <div id="results"></div>
        <a href="#help">Help</a>
      </div>`,
    );
    const button = wrapper.querySelector('button')!;
    button.focus();
    wrapper.querySelector('#results')!.append(document.createElement('bf-spinner'));
    await wrapper.querySelector('bf-spinner')!.updateComplete;
    expect(document.activeElement).to.equal(button);
    await expectTabOrder([button, wrapper.querySelector('a')!]);
  });
});
