// In forced-colours mode (Windows High Contrast) the browser replaces the stepper's colours: the
// current step must still stand out from the steps still to come, by a fill in system colours
// and the weight of its name, and every step keeps its drawing.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { fiveSteps, part, stepper, steps } from './fixture.js';

const isChromium = !navigator.userAgent.includes('Firefox');

describe('bf-stepper in forced-colours mode', () => {
  before(async function () {
    // Forced-colours emulation goes through the Chrome DevTools Protocol.
    if (!isChromium) this.skip();
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
  });

  after(async () => {
    if (isChromium) await executeServerCommand('emulate-forced-colors', { value: 'none' });
  });

  it('fills the current step’s mark in the highlight colour; the others keep a ring', async () => {
    const element = await stepper(
      fiveSteps(['complete', 'current', 'upcoming', 'upcoming', 'upcoming'], { width: '60rem' }),
    );
    const [, current, upcoming] = steps(element);
    const mark = (index: number) => getComputedStyle(part(steps(element)[index]!, 'marker')!);
    expect(mark(1).backgroundColor).to.not.equal(mark(2).backgroundColor);
    expect(mark(1).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(mark(2).borderTopStyle).to.equal('solid');
    expect(mark(2).borderTopColor).to.not.equal(mark(2).backgroundColor);
    expect(Number(getComputedStyle(part(current!, 'label')!).fontWeight)).to.be.greaterThan(
      Number(getComputedStyle(part(upcoming!, 'label')!).fontWeight),
    );
  });

  it('keeps the small-screen button’s border and the links’ system colour', async () => {
    const element = await stepper(fiveSteps(undefined, { width: '20rem' }));
    const toggle = getComputedStyle(part(element, 'toggle')!);
    expect(toggle.borderTopStyle).to.equal('solid');
    expect(toggle.borderTopColor).to.not.equal(toggle.backgroundColor);
  });
});
