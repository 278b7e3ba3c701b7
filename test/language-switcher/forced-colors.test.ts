// The current item of the navigation components stays marked in forced-colours mode (Windows
// High Contrast), where the browser replaces their colours: by a bar, a border and the system's
// text colour, not by a colour the system overrides.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/language-switcher';
import '@belfry/components/pagination';
import '@belfry/components/breadcrumbs';
import type { BfLanguageSwitcher, BfPagination } from '@belfry/components';

const isChromium = !navigator.userAgent.includes('Firefox');

describe('navigation components in forced-colours mode', () => {
  before(async function () {
    // Forced-colours emulation goes through the Chrome DevTools Protocol.
    if (!isChromium) this.skip();
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
  });

  after(async () => {
    if (isChromium) await executeServerCommand('emulate-forced-colors', { value: 'none' });
  });

  it('the language switcher marks the current language with a bar in the text colour', async () => {
    const el = await fixture<BfLanguageSwitcher>(
      html`<bf-language-switcher lang="nl"></bf-language-switcher>`,
    );
    const current = el.shadowRoot!.querySelector<HTMLElement>('[aria-current="true"]')!;
    const other = el.shadowRoot!.querySelector<HTMLElement>('[part="option"]:not([aria-current])')!;
    const style = getComputedStyle(current);
    expect(parseFloat(style.borderBottomWidth)).to.be.at.least(2);
    expect(style.borderBottomColor).to.equal(style.color);
    expect(style.borderBottomColor).to.not.equal(getComputedStyle(other).borderBottomColor);
  });

  it('the pagination outlines the current page', async () => {
    const el = await fixture<BfPagination>(
      html`<bf-pagination current="2" total="3"></bf-pagination>`,
    );
    const current = el.shadowRoot!.querySelector<HTMLElement>('[aria-current="page"]')!;
    const style = getComputedStyle(current);
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    expect(style.borderTopColor).to.equal(style.color);
  });

  it('the breadcrumbs keep their separators visible', async () => {
    const el = await fixture(
      html`<bf-breadcrumbs><a href="/">Home</a><span>Contact</span></bf-breadcrumbs>`,
    );
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const second = el.shadowRoot!.querySelectorAll('li')[1]!;
    const separator = getComputedStyle(second, '::before');
    expect(separator.borderTopStyle).to.equal('solid');
    expect(separator.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('reduced motion changes nothing they need: they have no animation', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<BfPagination>(
      html`<bf-pagination current="2" total="3"></bf-pagination>`,
    );
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
});
