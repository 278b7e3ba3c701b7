// Keyboard: this file runs one page at a time (its name ends in keyboard.test.ts), so that the
// keys typed reach this page's input. The formatters themselves: validators-format.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  formatInputWhileTyping,
  ibanTyping,
  nationalRegisterNumberTyping,
  type TypingFormat,
} from '@belfry/core';

describe('formatInputWhileTyping in a real input', () => {
  async function typingField(format: TypingFormat) {
    const input = await fixture<HTMLInputElement>(
      html`<input
        aria-label="Number"
        @input=${(event: Event) => formatInputWhileTyping(event.target as HTMLInputElement, format)}
      />`,
    );
    input.focus();
    return input;
  }

  it('formats as the user types, one key at a time', async () => {
    const input = await typingField(nationalRegisterNumberTyping);
    await sendKeys({ type: '85073003328' });
    expect(input.value).to.equal('85.07.30-033.28');
    expect(input.selectionStart).to.equal(15);
  });

  it('keeps the caret where the user types and deletes in the middle', async () => {
    const input = await typingField(nationalRegisterNumberTyping);
    await sendKeys({ type: '85073003328' });
    input.setSelectionRange(4, 4); // 85.0|7.30-033.28
    await sendKeys({ press: 'Backspace' });
    expect(input.value).to.equal('85.73.00-332.8');
    expect(input.selectionStart).to.equal(2);
    await sendKeys({ type: '0' });
    expect(input.value).to.equal('85.07.30-033.28');
    expect(input.selectionStart).to.equal(4);
  });

  it('writes an IBAN in capitals, grouped, and the caret follows', async () => {
    const input = await typingField(ibanTyping);
    await sendKeys({ type: 'be68539007547034' });
    expect(input.value).to.equal('BE68 5390 0754 7034');
    expect(input.selectionStart).to.equal(19);
  });

  it('leaves an input that has no caret position (email) alone', async () => {
    const input = await fixture<HTMLInputElement>(html`<input type="email" aria-label="E-mail" />`);
    input.value = '850730';
    formatInputWhileTyping(input, nationalRegisterNumberTyping);
    expect(input.value).to.equal('850730');
  });
});
