// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/alternative-channels';
import type { BfAlternativeChannels, BfChannel } from '@belfry/components';
import { expectTabOrder, focusOn, hasFocus, press } from '../helpers/keyboard.js';
import { channelsBlock } from './content.js';

const value = (channel: BfChannel) =>
  channel.shadowRoot!.querySelector<HTMLAnchorElement>('[part="value"]')!;
const button = (element: BfAlternativeChannels) =>
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;

async function block(variant: 'full' | 'compact' | 'footer'): Promise<BfAlternativeChannels> {
  const wrapper = await fixture(html`<div lang="nl-BE">${channelsBlock(variant)}</div>`);
  const element = wrapper.querySelector('bf-alternative-channels')!;
  await element.updateComplete;
  for (const channel of element.querySelectorAll('bf-channel')) await channel.updateComplete;
  return element;
}

const phone = (element: BfAlternativeChannels) =>
  element.querySelector<BfChannel>('bf-channel[kind="phone"]')!;
const stopsInChannels = (element: BfAlternativeChannels) => [
  value(phone(element)),
  element.querySelector('a[slot="appointment"]')!,
  element.querySelector('a[slot="action"]')!,
];

describe('bf-alternative-channels with the keyboard', () => {
  it('full: Tab goes through the phone link, the appointment link and the paper form, in order', async () => {
    const element = await block('full');
    await expectTabOrder(stopsInChannels(element));
  });

  it('compact: Tab stops only at the button while closed', async () => {
    const element = await block('compact');
    await expectTabOrder([button(element)]);
  });

  for (const key of ['Enter', ' ']) {
    it(`compact: ${key === ' ' ? 'Space' : key} opens the channels, whose links come next; again closes them`, async () => {
      const element = await block('compact');
      focusOn(button(element));
      await press(key);
      await element.updateComplete;
      expect(element.open).to.equal(true);
      expect(hasFocus(button(element)), 'focus stays on the button').to.equal(true);
      await expectTabOrder([button(element), ...stopsInChannels(element)]);
      focusOn(button(element));
      await press(key);
      await element.updateComplete;
      expect(element.open).to.equal(false);
      expect(button(element).getAttribute('aria-expanded')).to.equal('false');
    });
  }

  it('footer: Tab stops at the links of the summary', async () => {
    const element = await block('footer');
    await expectTabOrder(stopsInChannels(element));
  });
});
