// The header with the user's settings: forced colours (Windows high contrast) and reduced motion.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/header';
import type { BfHeader } from '@belfry/components';
import { agency, narrow, navigation } from './content.js';

const isChromium = !navigator.userAgent.includes('Firefox');

async function header(): Promise<BfHeader> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="nl" style=${narrow}>
      <bf-header menu-open>${agency}${navigation}</bf-header>
    </div>`,
  );
  const element = wrapper.querySelector('bf-header')!;
  await element.updateComplete;
  return element;
}

describe('bf-header with user preferences', () => {
  before(function () {
    // Media emulation goes through the Chrome DevTools Protocol.
    if (!isChromium) this.skip();
  });

  afterEach(async () => {
    if (isChromium) {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('marks the current page and outlines the Menu button in system colours in forced-colours mode', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    const element = await header();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    // In a column on a small screen, the current page has a rule at its start.
    const current = getComputedStyle(element.querySelector('a[aria-current="page"]')!);
    expect(current.borderInlineStartStyle).to.equal('solid');
    expect(current.borderInlineStartColor).to.equal(canvasText);
    const button = element.shadowRoot!.querySelector('[part="menu-button"]')!;
    expect(getComputedStyle(button).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(button).borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('does not animate the "How do you know?" arrow when motion is reduced', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await header();
    const chevron = element.shadowRoot!.querySelector('.chevron')!;
    expect(parseFloat(getComputedStyle(chevron).transitionDuration)).to.be.below(0.001);
  });
});
