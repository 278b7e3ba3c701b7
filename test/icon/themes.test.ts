import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/icon';
import '@belfry/components/button';
import type { BfButton, BfIcon } from '@belfry/components';
import { loadTokenStylesheet, themes, tokenValues } from '../helpers/token-build.js';

const firstPath = (el: Element) => (el as BfIcon).shadowRoot!.querySelector('path')!;
const width = (el: Element) => el.getBoundingClientRect().width;
const isChromium = !navigator.userAgent.includes('Firefox');

describe('bf-icon with the token themes', () => {
  let link: HTMLLinkElement;
  let pageStyles: HTMLStyleElement;

  before(async () => {
    link = await loadTokenStylesheet();
    // A page's own rules, before belfry.css: overrides must not depend on the order.
    pageStyles = document.createElement('style');
    pageStyles.textContent = `
      .large-print { --bf-font-size-heading-4: 1.75rem; }
      .channels { --bf-icon-size-large: 2rem; }
    `;
    link.before(pageStyles);
  });

  after(() => {
    pageStyles.remove();
    link.remove();
  });

  it('is as large as its size tokens say in every theme, before and after the CSS loads', async () => {
    const values = await tokenValues();
    const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const inRem = (value: string | number | undefined) => parseFloat(String(value)) * rootSize;
    for (const theme of themes) {
      const wrapper = await fixture(
        html`<div data-bf-theme=${theme}>
          <bf-icon name="info" size="small"></bf-icon><bf-icon name="info"></bf-icon
          ><bf-icon name="info" size="large"></bf-icon>
        </div>`,
      );
      const icons = Array.from(wrapper.querySelectorAll('bf-icon'));
      const themed = icons.map(width);
      const tokens = values[theme]!;
      expect(themed, theme).to.deep.equal(
        ['small', 'medium', 'large'].map((size) => inRem(tokens[`--bf-icon-size-${size}`])),
      );
      link.disabled = true;
      const bare = icons.map(width);
      link.disabled = false;
      expect(bare, `${theme} without the token CSS`).to.deep.equal(themed);
    }
  });

  it('follows a semantic size token set in a stylesheet rule', async () => {
    const wrapper = await fixture(
      html`<div class="large-print"><bf-icon name="info"></bf-icon></div>`,
    );
    expect(width(wrapper.querySelector('bf-icon')!)).to.equal(28);
  });

  it('follows a component size token set in a stylesheet rule, over the semantic one', async () => {
    const wrapper = await fixture(
      html`<div class="channels">
        <bf-icon name="phone" size="large"></bf-icon><bf-icon name="phone"></bf-icon>
      </div>`,
    );
    expect(Array.from(wrapper.querySelectorAll('bf-icon'), width)).to.deep.equal([32, 20]);
  });

  for (const theme of themes) {
    it(`is drawn in the text colour in the ${theme} theme`, async () => {
      const wrapper = await fixture(
        html`<div
          data-bf-theme=${theme}
          style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
        >
          <p><bf-icon name="info" label="Information"></bf-icon> Your return was received.</p>
          <bf-button><bf-icon slot="start" name="download"></bf-icon>Download</bf-button>
        </div>`,
      );
      const [inText, inButton] = wrapper.querySelectorAll('bf-icon');
      expect(getComputedStyle(firstPath(inText!)).stroke).to.equal(getComputedStyle(wrapper).color);
      const button = wrapper.querySelector<BfButton>('bf-button')!;
      const control = button.shadowRoot!.querySelector('[part="base"]')!;
      expect(getComputedStyle(firstPath(inButton!)).stroke).to.equal(
        getComputedStyle(control).color,
      );
    });
  }
});

describe('bf-icon in forced-colours mode', () => {
  before(function () {
    // Forced-colours emulation goes through the Chrome DevTools Protocol.
    if (!isChromium) this.skip();
  });

  afterEach(async () => {
    if (isChromium) await executeServerCommand('emulate-forced-colors', { value: 'none' });
  });

  it('takes the system colour of where it stands: text, link or button', async () => {
    const page = html`<div style="color: rgb(0, 90, 102)">
      <p>Opening hours <bf-icon name="clock"></bf-icon></p>
      <a href="/contact">Contact <bf-icon name="arrow-right"></bf-icon></a>
      <bf-button><bf-icon slot="start" name="download"></bf-icon>Download</bf-button>
    </div>`;
    const colours = async () => {
      const wrapper = await fixture(page);
      const button = wrapper.querySelector<BfButton>('bf-button')!;
      await button.updateComplete;
      const surroundings = [
        wrapper.querySelector('p')!,
        wrapper.querySelector('a')!,
        button.shadowRoot!.querySelector('[part="base"]')!,
      ].map((element) => getComputedStyle(element).color);
      const icons = Array.from(
        wrapper.querySelectorAll('bf-icon'),
        (icon) => getComputedStyle(firstPath(icon)).stroke,
      );
      return { surroundings, icons };
    };
    const normal = await colours();
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const forced = await colours();
    expect(forced.icons).to.deep.equal(forced.surroundings);
    // The system's link colour differs from its text colour, and both from the page's colours:
    // the icons followed the system, not a colour of their own.
    expect(forced.icons[1]).not.to.equal(forced.icons[0]);
    expect(forced.icons).not.to.deep.equal(normal.icons);
  });
});
