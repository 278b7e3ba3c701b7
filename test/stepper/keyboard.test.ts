// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, oneEvent } from '@open-wc/testing';
import type { StepChangeDetail } from '@belfry/components';
import { expectTabOrder, focusOn, hasFocus, press } from '../helpers/keyboard.js';
import { fiveSteps, link, part, secondCurrent, stepper, steps } from './fixture.js';

const threeDone = ['complete', 'complete', 'error', 'current', 'upcoming'];

describe('bf-stepper with the keyboard', () => {
  it('stops Tab at each link back only: not at the current step or those still to come', async () => {
    const element = await stepper(fiveSteps(threeDone, { width: '60rem' }));
    const [a, b, c] = steps(element);
    await expectTabOrder([link(a!)!, link(b!)!, link(c!)!]);
  });

  it('follows a link back with Enter, firing bf-step-change', async () => {
    const element = await stepper(fiveSteps(secondCurrent, { width: '60rem' }));
    element.addEventListener('bf-step-change', (event) => event.preventDefault());
    focusOn(link(steps(element)[0]!)!);
    const heard = oneEvent(element, 'bf-step-change');
    await press('Enter');
    expect(((await heard) as CustomEvent<StepChangeDetail>).detail.step).to.equal(1);
  });

  it('on a small screen: Tab reaches the button, Enter and Space open and close the list', async () => {
    const element = await stepper(fiveSteps(threeDone, { width: '20rem' }));
    const toggle = part(element, 'toggle')!;
    // Folded: the links back are hidden, so Tab stops at the button alone.
    await expectTabOrder([toggle]);
    focusOn(toggle);
    await press('Enter');
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(hasFocus(toggle)).to.equal(true);
    const [a, b, c] = steps(element);
    await expectTabOrder([toggle, link(a!)!, link(b!)!, link(c!)!]);
    focusOn(toggle);
    await press(' ');
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });
});
