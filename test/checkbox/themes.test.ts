import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/checkbox';
import '@belfry/components/radio-group';
import type { BfCheckbox, BfRadioGroup } from '@belfry/components';
import { loadTokenStylesheet } from '../helpers/token-build.js';

// axe in every theme is in axe.test.ts (of each component folder).
const isChromium = !navigator.userAgent.includes('Firefox');

describe('bf-checkbox and bf-radio with the token themes', () => {
  let link: HTMLLinkElement;

  before(async () => {
    link = await loadTokenStylesheet();
  });

  after(() => link.remove());

  it('draws the same before and after the theme CSS loads (fallbacks equal the federal theme)', async () => {
    const el = await fixture<BfCheckbox>(html`<bf-checkbox checked>Ticked</bf-checkbox>`);
    const style = () => {
      const computed = getComputedStyle(el.control!);
      return [computed.backgroundColor, computed.borderTopColor, computed.borderTopWidth];
    };
    const themed = style();
    link.disabled = true;
    const bare = style();
    link.disabled = false;
    expect(bare).to.deep.equal(themed);
  });

  it('gives the box a black border in the high-contrast theme', async () => {
    const wrapper = await fixture(
      html`<div data-bf-theme="high-contrast"><bf-checkbox>High contrast</bf-checkbox></div>`,
    );
    const box = wrapper.querySelector<BfCheckbox>('bf-checkbox')!.control!;
    expect(getComputedStyle(box).borderTopColor).to.equal('rgb(0, 0, 0)');
  });

  it('keeps its size, place and 44 px target when the page styles every input and label', async () => {
    const wrapper = await fixture(
      html`<div>
        <style>
          input {
            margin: 2rem;
            width: 10rem;
          }
          label {
            display: inline;
            padding: 0;
          }
        </style>
        <bf-checkbox>Page styles</bf-checkbox>
      </div>`,
    );
    const el = wrapper.querySelector('bf-checkbox')!;
    const box = el.control!.getBoundingClientRect();
    expect(box.width).to.be.within(23, 25);
    expect(el.querySelector('label')!.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(el.control!).marginInlineStart).to.equal('0px');
  });

  describe('in forced colours (Chromium)', () => {
    before(function () {
      if (!isChromium) this.skip();
    });

    afterEach(() => executeServerCommand('emulate-forced-colors', { value: 'none' }));

    it('leaves the boxes and circles to the system, in the colours the person chose', async () => {
      const wrapper = await fixture(
        html`<div>
          <bf-checkbox checked>Box</bf-checkbox>
          <bf-radio-group label="Circle"><bf-radio value="a" checked>A</bf-radio></bf-radio-group>
        </div>`,
      );
      const box = wrapper.querySelector<BfCheckbox>('bf-checkbox')!.control!;
      const group = wrapper.querySelector<BfRadioGroup>('bf-radio-group')!;
      await group.updateComplete;
      const circle = group.options[0]!.control!;
      expect(getComputedStyle(box).appearance).to.equal('none');
      await executeServerCommand('emulate-forced-colors', { value: 'active' });
      for (const control of [box, circle]) {
        expect(getComputedStyle(control).appearance).to.equal('auto');
        expect(getComputedStyle(control, '::before').content).to.equal('none');
      }
    });
  });
});
