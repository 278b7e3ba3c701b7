// Keyboard: this file runs one page at a time (its name ends in keyboard.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlKeyboardTests } from '../helpers/form-control.js';
import { expectTabOrder, pressAndExpectFocus } from '../helpers/keyboard.js';
import type { BfTextField } from '@belfry/components/text-field';
import { textFieldFixture } from './fixture.js';

runFormControlKeyboardTests(textFieldFixture);

describe('bf-text-field with the keyboard', () => {
  // Here rather than with the theme tests: the focus ring needs real focus, which pages that
  // run side by side do not reliably get (Firefox).
  it('keeps page styles for inputs from breaking the target size and the focus ring', async () => {
    const style = document.createElement('style');
    style.textContent =
      'input { min-height: 0; height: 20px; margin: 30px; outline: 5px solid red; }';
    document.head.append(style);
    try {
      const field = await fixture<BfTextField>(html`<bf-text-field label="Name"></bf-text-field>`);
      await field.updateComplete;
      const input = field.control!;
      expect(input.getBoundingClientRect().height).to.be.at.least(44);
      expect(getComputedStyle(input).marginTop).to.equal('0px');
      input.focus();
      expect(getComputedStyle(input).outlineStyle).to.equal('none');
      expect(getComputedStyle(field.shadowRoot!.querySelector('.box')!).outlineStyle).to.equal(
        'solid',
      );
    } finally {
      style.remove();
    }
  });

  it('is reached with Tab: the input, then the password button; a disabled field is skipped', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <bf-text-field label="Name"></bf-text-field>
        <bf-text-field label="Locked" disabled></bf-text-field>
        <bf-text-field label="Password" type="password"></bf-text-field>
      </div>`,
    );
    const [name, , password] = Array.from(wrapper.querySelectorAll('bf-text-field'));
    await password!.updateComplete;
    const toggle = password!.shadowRoot!.querySelector('button')!;
    await expectTabOrder([name!.control!, password!.control!, toggle]);
  });

  it('shows the password with Enter on the button, which keeps focus, and keeps the caret', async () => {
    const field = await fixture(
      html`<bf-text-field lang="en" label="Password" type="password"></bf-text-field>`,
    );
    await (field as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const input = field.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'abcdef' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    const toggle = field.shadowRoot!.querySelector('button')!;
    await pressAndExpectFocus('Tab', toggle);
    await sendKeys({ press: 'Enter' });
    expect(input.type).to.equal('text');
    expect(field.shadowRoot!.activeElement === toggle, 'focus stays on the button').to.equal(true);
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([4, 4]);
    await sendKeys({ press: ' ' });
    expect(input.type).to.equal('password');
    expect(input.value).to.equal('abcdef');
  });

  it('keeps what was typed when the page language changes', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="nl-BE"><bf-text-field label="Gemeente" required></bf-text-field></div>`,
    );
    const field = wrapper.querySelector('bf-text-field')!;
    await field.updateComplete;
    field.focus();
    await sendKeys({ type: 'Sankt Vith' });
    wrapper.lang = 'de-BE';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await field.updateComplete;
    expect(field.value).to.equal('Sankt Vith');
    expect(document.activeElement === field.control, 'focus stays in the field').to.equal(true);
    await sendKeys({ type: '!' });
    expect(field.value).to.equal('Sankt Vith!');
  });
});
