// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { BfTextField } from '@belfry/components';
import { expectKeyActivation, hasFocus, pressAndExpectFocus } from '../helpers/keyboard.js';
import { clearStorage, field, openForm, startAgainButton, storageName, type } from './fixture.js';

const isChromium = !navigator.userAgent.includes('Firefox');

/** Opens the form with a draft kept, so that the notice shows. */
async function withNotice() {
  const first = await openForm();
  type(field(first, 'floor'), '2');
  first.save();
  return openForm();
}

describe('bf-draft with the keyboard', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('does not take focus when the answers come back', async () => {
    const draft = await withNotice();
    expect(hasFocus(draft)).to.equal(false);
  });

  it('reaches "Start again" with Tab before the form, and shows a focus ring', async () => {
    const draft = await withNotice();
    const before = document.createElement('button');
    before.textContent = 'Before';
    draft.before(before);
    try {
      before.focus();
      const button = startAgainButton(draft)!;
      await pressAndExpectFocus('Tab', button);
      const style = getComputedStyle(button);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      await pressAndExpectFocus('Tab', field<BfTextField>(draft, 'street'));
    } finally {
      before.remove();
    }
  });

  for (const key of ['Enter', ' ']) {
    it(`starts again with ${key === ' ' ? 'Space' : key}: the draft goes, focus moves to the first question`, async () => {
      const draft = await withNotice();
      const button = startAgainButton(draft)!;
      button.focus();
      await expectKeyActivation(button, key, { on: draft, event: 'bf-draft-clear' });
      await draft.updateComplete;
      expect(startAgainButton(draft)).to.equal(null);
      expect(sessionStorage.getItem(storageName())).to.equal(null);
      expect(field(draft, 'floor').value).to.equal('');
      // Not lost on the page: in the form's first question, ready to start again.
      expect(hasFocus(field<BfTextField>(draft, 'street'))).to.equal(true);
    });
  }

  describe('in forced-colours mode', () => {
    before(function () {
      if (!isChromium) this.skip();
    });
    afterEach(async () => {
      if (isChromium) await executeServerCommand('emulate-forced-colors', { value: 'none' });
    });

    it('keeps a visible focus ring on "Start again"', async () => {
      await executeServerCommand('emulate-forced-colors', { value: 'active' });
      const draft = await withNotice();
      const before = document.createElement('button');
      before.textContent = 'Before';
      draft.before(before);
      try {
        before.focus();
        const button = startAgainButton(draft)!;
        await pressAndExpectFocus('Tab', button);
        expect(getComputedStyle(button).outlineStyle).to.equal('solid');
      } finally {
        before.remove();
      }
    });
  });
});
