// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, html } from '@open-wc/testing';
import { forgetOpen } from '@belfry/core';
import {
  expectTabOrder,
  focusOn,
  hasFocus,
  press,
  pressAndExpectFocus,
} from '../helpers/keyboard.js';
import { button, steps, toggleAll } from './parts.js';

const twoSteps = html`<bf-step-by-step remember="test-keyboard">
  <bf-step-by-step-item heading="Change your address" status="in-progress"
    ><p>Go to the town hall. <a href="#town-hall">Find your town hall</a></p></bf-step-by-step-item
  >
  <bf-step-by-step-item heading="Tell your health insurer" logic="and"
    ><p>Your mutualiteit updates your file.</p></bf-step-by-step-item
  >
</bf-step-by-step>`;

describe('bf-step-by-step with the keyboard', () => {
  afterEach(() => forgetOpen('test-keyboard'));

  it('stops Tab at "Show all steps" and at each heading, not in closed steps', async () => {
    const [list, [first, second]] = await steps(twoSteps);
    await expectTabOrder([toggleAll(list), button(first!), button(second!)]);
  });

  it('reaches the content of an open step with Tab', async () => {
    const [list, [first, second]] = await steps(twoSteps);
    first!.open = true;
    await first!.updateComplete;
    await expectTabOrder([
      toggleAll(list),
      button(first!),
      first!.querySelector('a')!,
      button(second!),
    ]);
  });

  for (const key of ['Enter', ' ']) {
    it(`opens and closes a step with ${key === ' ' ? 'Space' : key}, keeping focus`, async () => {
      const [, [first]] = await steps(twoSteps);
      focusOn(button(first!));
      await press(key);
      await first!.updateComplete;
      expect(first!.open).to.equal(true);
      expect(button(first!).getAttribute('aria-expanded')).to.equal('true');
      expect(hasFocus(button(first!))).to.equal(true);
      await press(key);
      await first!.updateComplete;
      expect(first!.open).to.equal(false);
    });
  }

  it('opens every step with Enter on "Show all steps", and focus stays on it', async () => {
    const [list, items] = await steps(twoSteps);
    focusOn(toggleAll(list));
    await press('Enter');
    await Promise.all(items.map((item) => item.updateComplete));
    await list.updateComplete;
    expect(items.every((item) => item.open)).to.equal(true);
    expect(toggleAll(list).textContent!.trim()).to.match(/Hide all steps|Alle stappen verbergen/);
    expect(hasFocus(toggleAll(list))).to.equal(true);
    await pressAndExpectFocus('Tab', button(items[0]!));
  });

  it('shows a solid focus ring of at least 2 px on a heading', async () => {
    const [list, [first]] = await steps(twoSteps);
    focusOn(toggleAll(list));
    await pressAndExpectFocus('Tab', button(first!));
    const style = getComputedStyle(button(first!));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
