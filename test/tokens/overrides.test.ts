import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/button';
import type { BfButton } from '@belfry/components';
import { computedColor, loadTokenStylesheet, tokenValues } from '../helpers/token-build.js';

/*
 * A page restyles part of itself with ordinary stylesheet rules: a semantic token changes every
 * component inside the element, a component token changes only that component and wins over the
 * semantic token. No data-bf-theme, no inline style, and in any stylesheet order.
 */

// Colours that no theme uses, so a match can only come from the override.
const CAMPAIGN_ACTION = 'rgb(11, 93, 30)';
const CAMPAIGN_BUTTON = 'rgb(110, 20, 70)';

const base = (el: BfButton) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

/** Computed colours of a button once its colour transitions have run to their end. */
function colours(el: BfButton) {
  const part = base(el);
  for (const animation of part.getAnimations()) animation.finish();
  const style = getComputedStyle(part);
  return { bg: style.backgroundColor, fg: style.color, border: style.borderTopColor };
}

const button = (root: Element, selector = 'bf-button') => root.querySelector<BfButton>(selector)!;

describe('overriding tokens in a stylesheet rule', () => {
  let link: HTMLLinkElement;
  let pageStyles: HTMLStyleElement;

  before(async () => {
    link = await loadTokenStylesheet();
    // The page's own rules come BEFORE belfry.css: overrides must not depend on the order.
    pageStyles = document.createElement('style');
    pageStyles.textContent = `
      .campaign { --bf-color-action: ${CAMPAIGN_ACTION}; }
      .campaign-buttons { --bf-button-primary-bg: ${CAMPAIGN_BUTTON}; }
    `;
    link.before(pageStyles);
  });

  after(() => {
    pageStyles.remove();
    link.remove();
  });

  it('a semantic token set in a class rule restyles every button inside the element', async () => {
    const page = await fixture(
      html`<div>
        <div class="campaign">
          <bf-button id="primary">Send</bf-button>
          <bf-button id="secondary" variant="secondary">Save draft</bf-button>
        </div>
        <bf-button id="outside">Send</bf-button>
      </div>`,
    );
    const federal = (await tokenValues())['federal']!;
    const primary = colours(button(page, '#primary'));
    expect(primary.bg, 'primary background').to.equal(CAMPAIGN_ACTION);
    expect(primary.border, 'primary border').to.equal(CAMPAIGN_ACTION);
    const secondary = colours(button(page, '#secondary'));
    expect(secondary.fg, 'secondary text').to.equal(CAMPAIGN_ACTION);
    expect(secondary.border, 'secondary border').to.equal(CAMPAIGN_ACTION);
    // Only inside the element: the button next to it keeps the theme's colour.
    expect(colours(button(page, '#outside')).bg).to.equal(
      computedColor(federal['--bf-color-action']!),
    );
  });

  it('a component token set in a class rule restyles that token only, and wins over the semantic one', async () => {
    const page = await fixture(
      html`<div class="campaign campaign-buttons">
        <bf-button id="primary">Send</bf-button>
        <bf-button id="secondary" variant="secondary">Save draft</bf-button>
      </div>`,
    );
    const primary = colours(button(page, '#primary'));
    expect(primary.bg, 'primary background: the component token').to.equal(CAMPAIGN_BUTTON);
    // The border token was not overridden: it follows the semantic override.
    expect(primary.border, 'primary border: the semantic token').to.equal(CAMPAIGN_ACTION);
    expect(colours(button(page, '#secondary')).fg).to.equal(CAMPAIGN_ACTION);
  });

  it('works inside a data-bf-theme subtree, and on the themed element itself', async () => {
    const page = await fixture(
      html`<div>
        <div data-bf-theme="dark">
          <section class="campaign"><bf-button id="in-theme">Send</bf-button></section>
        </div>
        <section class="campaign-buttons">
          <div data-bf-theme="high-contrast"><bf-button id="through-theme">Send</bf-button></div>
        </section>
        <section class="campaign" data-bf-theme="agency-finance">
          <bf-button id="on-theme">Send</bf-button>
        </section>
      </div>`,
    );
    const themes = await tokenValues();

    // A semantic override inside a theme: the rest of the theme still applies.
    const inTheme = colours(button(page, '#in-theme'));
    expect(inTheme.bg, 'semantic override inside a dark section').to.equal(CAMPAIGN_ACTION);
    expect(inTheme.fg, 'dark label colour').to.equal(
      computedColor(themes['dark']!['--bf-color-text-on-action']!),
    );

    // A component token set outside a theme reaches the buttons inside it.
    const throughTheme = colours(button(page, '#through-theme'));
    expect(throughTheme.bg, 'component override around a themed section').to.equal(CAMPAIGN_BUTTON);
    expect(throughTheme.border, 'high-contrast border').to.equal(
      computedColor(themes['high-contrast']!['--bf-color-action']!),
    );

    // On the element with data-bf-theme, the page's rule wins although it loads first.
    expect(colours(button(page, '#on-theme')).bg, 'override on the themed element').to.equal(
      CAMPAIGN_ACTION,
    );
  });
});
