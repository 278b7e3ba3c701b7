import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/step-by-step';
import type { BfStepByStepItem } from '@belfry/components';
import { contrastRatio } from '../helpers/contrast.js';
import { loadTokenStylesheet, themes } from '../helpers/token-build.js';
import { button, marker } from './parts.js';

// axe in every theme is in axe.test.ts; these check what it cannot: the numbers on the line, the
// look without the token CSS, motion and forced colours.
const icon = (item: BfStepByStepItem) => item.shadowRoot!.querySelector<HTMLElement>('.icon')!;
const line = (item: BfStepByStepItem) =>
  getComputedStyle(item.shadowRoot!.querySelector('.step')!, '::before');
const isChromium = !navigator.userAgent.includes('Firefox');

async function step(theme = 'federal'): Promise<BfStepByStepItem> {
  const wrapper = await fixture(
    html`<div data-bf-theme=${theme} style="background: var(--bf-color-surface)">
      <bf-step-by-step>
        <bf-step-by-step-item heading="Adres wijzigen"
          ><p>Bij de gemeente.</p></bf-step-by-step-item
        >
        <bf-step-by-step-item heading="Werkgever" logic="or"><p>Via HR.</p></bf-step-by-step-item>
      </bf-step-by-step>
    </div>`,
  );
  const element = wrapper.querySelector('bf-step-by-step-item')!;
  await element.updateComplete;
  await wrapper.querySelector('bf-step-by-step')!.updateComplete;
  return element;
}

describe('bf-step-by-step with the token themes', () => {
  let link: HTMLLinkElement;
  before(async () => {
    link = await loadTokenStylesheet();
  });
  after(() => link.remove());

  for (const theme of themes) {
    it(`${theme}: headings and numbers at least 4.5:1, circles and line at least 3:1`, async () => {
      const element = await step(theme);
      const surface = getComputedStyle(element.closest('div')!).backgroundColor;
      const circle = getComputedStyle(marker(element));
      expect(contrastRatio(getComputedStyle(button(element)).color, surface)).to.be.at.least(4.5);
      expect(contrastRatio(circle.color, circle.backgroundColor)).to.be.at.least(4.5);
      expect(contrastRatio(circle.borderTopColor, surface)).to.be.at.least(3);
      expect(contrastRatio(line(element).borderInlineStartColor, surface)).to.be.at.least(3);
    });
  }

  it('looks the same before the theme CSS loads (fallbacks equal the federal theme)', async () => {
    const element = await step();
    const look = () => {
      const style = getComputedStyle(button(element));
      const circle = getComputedStyle(marker(element));
      return [style.color, style.fontSize, circle.color, circle.borderTopColor, circle.width];
    };
    const themed = look();
    link.disabled = true;
    const bare = look();
    link.disabled = false;
    expect(bare).to.deep.equal(themed);
  });

  it('turns its arrow at once when the user asks for reduced motion', async function () {
    if (!isChromium) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const element = await step();
      expect(parseFloat(getComputedStyle(icon(element)).transitionDuration)).to.be.below(0.001);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('draws headings, circles and line in system colours in forced colours', async function () {
    if (!isChromium) this.skip();
    const element = await step();
    const normal = getComputedStyle(button(element)).color;
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const reference = document.createElement('button');
      document.body.append(reference);
      const buttonText = getComputedStyle(reference).color;
      const canvasText = getComputedStyle(document.body).color;
      reference.remove();
      expect(getComputedStyle(button(element)).color).to.equal(buttonText);
      expect(getComputedStyle(button(element)).color).to.not.equal(normal);
      expect(getComputedStyle(marker(element)).borderTopColor).to.equal(canvasText);
      expect(line(element).borderInlineStartColor).to.equal(canvasText);
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });
});
