// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/radio-group';
import type { BfRadio, BfRadioGroup } from '@belfry/components';
import {
  expectTabOrder,
  focusOn,
  hasFocus,
  press,
  pressAndExpectFocus,
} from '../helpers/keyboard.js';

async function group(markup = html``): Promise<[Element, BfRadioGroup, BfRadio[]]> {
  const wrapper = await fixture(
    html`<form>
      <input aria-label="Before" />
      <bf-radio-group label="Taal" name="language">
        <bf-radio value="nl">Nederlands</bf-radio>
        <bf-radio value="fr">Français</bf-radio>
        <bf-radio value="de">Deutsch</bf-radio>
      </bf-radio-group>
      ${markup}
      <input aria-label="After" />
    </form>`,
  );
  const radioGroup = wrapper.querySelector('bf-radio-group')!;
  await radioGroup.updateComplete;
  return [wrapper, radioGroup, radioGroup.options as BfRadio[]];
}

describe('bf-radio-group with the keyboard', () => {
  it('is one tab stop: the first radio while none is chosen', async () => {
    const [wrapper, , radios] = await group();
    const [before, after] = wrapper.querySelectorAll('input[aria-label]');
    await expectTabOrder([before!, radios[0]!.control!, after!]);
  });

  it('is one tab stop: the chosen radio once one is', async () => {
    const [wrapper, radioGroup, radios] = await group();
    radioGroup.value = 'de';
    const [before, after] = wrapper.querySelectorAll('input[aria-label]');
    await expectTabOrder([before!, radios[2]!.control!, after!]);
  });

  it('moves and chooses with the arrow keys, wrapping around, as native radios do', async () => {
    const [, radioGroup, radios] = await group();
    const changes: string[] = [];
    radioGroup.addEventListener('change', () => changes.push(radioGroup.value));
    focusOn(radios[0]!.control!);
    await pressAndExpectFocus('ArrowDown', radios[1]!.control!);
    expect(radioGroup.value).to.equal('fr');
    await pressAndExpectFocus('ArrowRight', radios[2]!.control!);
    await pressAndExpectFocus('ArrowDown', radios[0]!.control!);
    expect(radioGroup.value).to.equal('nl');
    await pressAndExpectFocus('ArrowUp', radios[2]!.control!);
    await pressAndExpectFocus('ArrowLeft', radios[1]!.control!);
    expect(changes).to.deep.equal(['fr', 'de', 'nl', 'de', 'fr']);
  });

  it('chooses the focused radio with Space', async () => {
    const [, radioGroup, radios] = await group();
    focusOn(radios[0]!.control!);
    await press(' ');
    expect(radioGroup.value).to.equal('nl');
  });

  it('skips a disabled radio with the arrow keys', async () => {
    const [, radioGroup, radios] = await group();
    radios[1]!.disabled = true;
    await radios[1]!.updateComplete;
    focusOn(radios[0]!.control!);
    await pressAndExpectFocus('ArrowDown', radios[2]!.control!);
    expect(radioGroup.value).to.equal('de');
  });

  it('is skipped by Tab when disabled', async () => {
    const [wrapper, radioGroup] = await group();
    radioGroup.disabled = true;
    await radioGroup.updateComplete;
    const [before, after] = wrapper.querySelectorAll('input[aria-label]');
    await expectTabOrder([before!, after!]);
  });

  it('puts the follow-up question of the chosen radio next in the tab order', async () => {
    const wrapper = await fixture(
      html`<div>
        <bf-radio-group label="Contact" name="contact">
          <bf-radio value="email"
            >E-mail
            <div slot="conditional">
              <label for="kb-email">E-mailadres</label><input id="kb-email" name="email" />
            </div>
          </bf-radio>
          <bf-radio value="post">Post</bf-radio>
        </bf-radio-group>
        <input aria-label="After" />
      </div>`,
    );
    const radioGroup = wrapper.querySelector('bf-radio-group')!;
    await radioGroup.updateComplete;
    const [email] = radioGroup.options as BfRadio[];
    const after = wrapper.querySelector('input[aria-label="After"]')!;
    // Hidden: Tab goes past it.
    focusOn(email!.control!);
    await pressAndExpectFocus('Tab', after);
    focusOn(email!.control!);
    await press(' ');
    await email!.updateComplete;
    await pressAndExpectFocus('Tab', wrapper.querySelector('#kb-email')!);
    expect(hasFocus(after)).to.equal(false);
  });

  it('shows a focus ring of at least 2 px on the focused radio', async () => {
    const [wrapper, , radios] = await group();
    focusOn(wrapper.querySelector('input[aria-label="Before"]')!);
    await pressAndExpectFocus('Tab', radios[0]!.control!);
    const style = getComputedStyle(radios[0]!.control!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
