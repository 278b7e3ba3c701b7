import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/alternative-channels';
import type { BfAlternativeChannels, BfChannel } from '@belfry/components';
import { contrastRatio } from '../helpers/contrast.js';
import { loadTokenStylesheet, themes } from '../helpers/token-build.js';
import { channelsBlock } from './content.js';

// axe in every theme is in axe.test.ts; these check what it cannot: the icons and the rule (not
// text), the look without the token CSS, motion and forced colours.
const isChromium = !navigator.userAgent.includes('Firefox');

async function block(theme = 'federal', variant: 'full' | 'compact' = 'full') {
  const wrapper = await fixture(
    html`<div data-bf-theme=${theme} style="background: var(--bf-color-surface)" lang="nl">
      ${channelsBlock(variant)}
    </div>`,
  );
  const element = wrapper.querySelector<BfAlternativeChannels>('bf-alternative-channels')!;
  await element.updateComplete;
  const phone = element.querySelector<BfChannel>('bf-channel[kind="phone"]')!;
  await phone.updateComplete;
  return { element, phone };
}
const base = (element: BfAlternativeChannels) =>
  element.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const icon = (channel: BfChannel) => channel.shadowRoot!.querySelector<SVGElement>('.icon')!;
const state = (channel: BfChannel) =>
  channel.shadowRoot!.querySelector<HTMLElement>('.opening-state')!;

describe('bf-alternative-channels with the token themes', () => {
  let link: HTMLLinkElement;
  before(async () => {
    link = await loadTokenStylesheet();
  });
  after(() => link.remove());

  for (const theme of themes) {
    it(`${theme}: "Open now" at least 4.5:1, icons and the rule at least 3:1`, async () => {
      const { element, phone } = await block(theme);
      const background = getComputedStyle(base(element)).backgroundColor;
      expect(contrastRatio(getComputedStyle(state(phone)).color, background)).to.be.at.least(4.5);
      expect(contrastRatio(getComputedStyle(icon(phone)).stroke, background)).to.be.at.least(3);
      const rule = getComputedStyle(base(element)).borderInlineStartColor;
      expect(contrastRatio(rule, background)).to.be.at.least(3);
    });
  }

  it('looks the same before the theme CSS loads (fallbacks equal the federal theme)', async () => {
    const { element, phone } = await block();
    const look = () => [
      getComputedStyle(base(element)).backgroundColor,
      getComputedStyle(base(element)).borderInlineStartColor,
      getComputedStyle(state(phone)).color,
      getComputedStyle(icon(phone)).stroke,
    ];
    const themed = look();
    link.disabled = true;
    const bare = look();
    link.disabled = false;
    expect(bare).to.deep.equal(themed);
  });

  it('turns the compact variant’s arrow at once when the user asks for reduced motion', async function () {
    if (!isChromium) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { element } = await block('federal', 'compact');
      const chevron = element.shadowRoot!.querySelector<HTMLElement>('.chevron')!;
      expect(parseFloat(getComputedStyle(chevron).transitionDuration)).to.be.below(0.001);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('uses system colours in forced colours: a border round the block, icons in text colour', async function () {
    if (!isChromium) this.skip();
    const { element, phone } = await block();
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const style = getComputedStyle(base(element));
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
      const reference = document.createElement('p');
      document.body.append(reference);
      const canvasText = getComputedStyle(reference).color;
      reference.remove();
      expect(getComputedStyle(icon(phone)).stroke).to.equal(canvasText);
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });
});
