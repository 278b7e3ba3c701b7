import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/accordion';
import type { BfAccordionItem } from '@belfry/components';
import { contrastRatio } from '../helpers/contrast.js';
import { loadTokenStylesheet, themes } from '../helpers/token-build.js';

// axe in every theme is in axe.test.ts; these check what it cannot: the look without the token
// CSS, motion and forced colours.
const button = (item: BfAccordionItem) =>
  item.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;
const icon = (item: BfAccordionItem) => item.shadowRoot!.querySelector<HTMLElement>('.icon')!;
const isChromium = !navigator.userAgent.includes('Firefox');

async function item(theme = 'federal'): Promise<BfAccordionItem> {
  const wrapper = await fixture(
    html`<div data-bf-theme=${theme} style="background: var(--bf-color-surface)">
      <bf-accordion
        ><bf-accordion-item heading="Wie?"><p>Iedereen.</p></bf-accordion-item></bf-accordion
      >
    </div>`,
  );
  const element = wrapper.querySelector('bf-accordion-item')!;
  await element.updateComplete;
  return element;
}

describe('bf-accordion with the token themes', () => {
  let link: HTMLLinkElement;
  before(async () => {
    link = await loadTokenStylesheet();
  });
  after(() => link.remove());

  for (const theme of themes) {
    it(`${theme}: headings at least 4.5:1, lines between sections at least 3:1`, async () => {
      const element = await item(theme);
      const surface = getComputedStyle(element.parentElement!.parentElement!).backgroundColor;
      expect(contrastRatio(getComputedStyle(button(element)).color, surface)).to.be.at.least(4.5);
      const line = getComputedStyle(element).borderBottomColor;
      expect(contrastRatio(line, surface)).to.be.at.least(3);
    });
  }

  it('looks the same before the theme CSS loads (fallbacks equal the federal theme)', async () => {
    const element = await item();
    const look = () => {
      const style = getComputedStyle(button(element));
      return [style.color, style.fontSize, getComputedStyle(element).borderBottomColor];
    };
    const themed = look();
    link.disabled = true;
    const bare = look();
    link.disabled = false;
    expect(bare).to.deep.equal(themed);
  });

  it('turns its arrow at once when the user asks for reduced motion', async function () {
    // Chromium's DevTools protocol emulates the setting; Firefox has no such switch here.
    if (!isChromium) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const element = await item();
      expect(parseFloat(getComputedStyle(icon(element)).transitionDuration)).to.be.below(0.001);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('draws its headings in the system’s button colour in forced colours', async function () {
    if (!isChromium) this.skip();
    const element = await item();
    const normal = getComputedStyle(button(element)).color;
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const forced = getComputedStyle(button(element)).color;
      const reference = document.createElement('button');
      document.body.append(reference);
      const buttonText = getComputedStyle(reference).color;
      reference.remove();
      expect(forced).to.equal(buttonText);
      expect(forced).to.not.equal(normal);
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });
});
