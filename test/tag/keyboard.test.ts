// Keyboard: this file runs one page at a time (its name ends in keyboard.test.ts).
import { fixture, html } from '@open-wc/testing';
import '@belfry/components/tag';
import { expectTabOrder } from '../helpers/keyboard.js';

describe('bf-tag with the keyboard', () => {
  it('is never a tab stop: Tab goes from the link before it to the link after it', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <a href="#m1">Tax assessment 2025</a> <bf-tag variant="info" icon>New</bf-tag>
        <a href="#m2">Pension statement</a>
      </div>`,
    );
    await expectTabOrder([...wrapper.querySelectorAll('a')]);
  });
});
