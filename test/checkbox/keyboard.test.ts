// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/checkbox-group';
import type { BfCheckbox, BfCheckboxGroup } from '@belfry/components';
import { expectTabOrder, focusOn, press, pressAndExpectFocus } from '../helpers/keyboard.js';

describe('bf-checkbox with the keyboard', () => {
  it('is a tab stop per box, in document order; a disabled box is skipped', async () => {
    const wrapper = await fixture(
      html`<div>
        <bf-checkbox-group label="Contact" name="contact">
          <bf-checkbox value="post">Post</bf-checkbox>
          <bf-checkbox value="phone" disabled>Telefoon</bf-checkbox>
          <bf-checkbox value="email">E-mail</bf-checkbox>
        </bf-checkbox-group>
      </div>`,
    );
    const group = wrapper.querySelector<BfCheckboxGroup>('bf-checkbox-group')!;
    await group.updateComplete;
    const [post, , email] = group.options as BfCheckbox[];
    await expectTabOrder([post!.control!, email!.control!]);
  });

  it('ticks and clears the box with Space, with a change event each time', async () => {
    const el = await fixture<BfCheckbox>(html`<bf-checkbox>Nieuwsbrief</bf-checkbox>`);
    let changes = 0;
    el.addEventListener('change', () => changes++);
    focusOn(el.control!);
    await press(' ');
    expect(el.checked).to.equal(true);
    await press(' ');
    expect(el.checked).to.equal(false);
    expect(changes).to.equal(2);
  });

  it('moves focus to the box with focus()', async () => {
    const el = await fixture<BfCheckbox>(html`<bf-checkbox>Focus</bf-checkbox>`);
    el.focus();
    expect(document.activeElement).to.equal(el.control);
  });

  it('reaches the follow-up question with Tab once the box is ticked, and skips it before', async () => {
    const wrapper = await fixture(
      html`<div>
        <bf-checkbox name="other"
          >Andere
          <div slot="conditional">
            <label for="kb-other">Welke?</label><input id="kb-other" name="otherText" />
          </div>
        </bf-checkbox>
        <input aria-label="After" />
      </div>`,
    );
    const el = wrapper.querySelector('bf-checkbox')!;
    await el.updateComplete;
    const after = wrapper.querySelector('input[aria-label="After"]')!;
    await expectTabOrder([el.control!, after]);
    focusOn(el.control!);
    await press(' ');
    await el.updateComplete;
    await pressAndExpectFocus('Tab', wrapper.querySelector('#kb-other')!);
  });

  it('shows a focus ring of at least 2 px after Tab', async () => {
    const wrapper = await fixture(
      html`<div><input aria-label="Before" /><bf-checkbox>Ring</bf-checkbox></div>`,
    );
    const el = wrapper.querySelector('bf-checkbox')!;
    await el.updateComplete;
    focusOn(wrapper.querySelector('input')!);
    await pressAndExpectFocus('Tab', el.control!);
    const style = getComputedStyle(el.control!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
