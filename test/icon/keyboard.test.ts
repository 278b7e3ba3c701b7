// Keyboard: this file runs one page at a time (its name ends in keyboard.test.ts), so that the
// page has focus while keys are pressed.
import { fixture, html } from '@open-wc/testing';
import '@belfry/components/icon';
import '@belfry/components/button';
import { expectTabOrder } from '../helpers/keyboard.js';

describe('bf-icon with the keyboard', () => {
  it('is never a tab stop, decorative or labelled; the link or button around it is', async () => {
    const wrapper = await fixture(
      html`<div>
        <p><bf-icon name="warning" label="Warning"></bf-icon> Pay by 31 March.</p>
        <a href="/contact">Call us <bf-icon name="phone"></bf-icon></a>
        <bf-button><bf-icon slot="start" name="download"></bf-icon>Download</bf-button>
        <a href="/"><bf-icon name="arrow-left" label="Back to the start"></bf-icon></a>
      </div>`,
    );
    const links = wrapper.querySelectorAll('a');
    await expectTabOrder([links[0]!, wrapper.querySelector('bf-button')!, links[1]!]);
  });
});
