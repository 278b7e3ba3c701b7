import { expect, fixture, html } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  resetMouse,
  sendMouse,
} from '@web/test-runner-commands';
import '@belfry/components/button';
import { buttonVariants, type BfButton } from '@belfry/components';
import { expectAccessible } from '../helpers/a11y.js';
import { computedColor, loadTokenStylesheet, themes, tokenValues } from '../helpers/token-build.js';
import { contrastRatio as contrast } from '../helpers/contrast.js';

// axe in every theme is in axe.test.ts; the focus ring in forced colours in keyboard.test.ts.
const base = (el: BfButton) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const isChromium = !navigator.userAgent.includes('Firefox');

/** The computed style once colour transitions have run to their end. */
function settledStyle(element: HTMLElement): CSSStyleDeclaration {
  for (const animation of element.getAnimations()) animation.finish();
  return getComputedStyle(element);
}

describe('bf-button with the token themes', () => {
  let link: HTMLLinkElement;

  before(async () => {
    link = await loadTokenStylesheet();
  });

  after(() => link.remove());

  it('renders the same before and after the theme CSS loads (fallbacks equal the federal theme)', async () => {
    for (const variant of buttonVariants) {
      const themed = await fixture<BfButton>(html`<bf-button variant=${variant}>Send</bf-button>`);
      const themedStyle = settledStyle(base(themed));
      const colours = [themedStyle.backgroundColor, themedStyle.color, themedStyle.borderTopColor];
      link.disabled = true;
      const bareStyle = settledStyle(base(themed));
      const bare = [bareStyle.backgroundColor, bareStyle.color, bareStyle.borderTopColor];
      link.disabled = false;
      expect(bare, variant).to.deep.equal(colours);
    }
  });

  it('re-themes live when data-bf-theme changes', async () => {
    const wrapper = await fixture(
      html`<div data-bf-theme="federal"><bf-button>Send</bf-button></div>`,
    );
    const el = wrapper.querySelector<BfButton>('bf-button')!;
    const seen = new Set<string>();
    for (const theme of themes) {
      wrapper.setAttribute('data-bf-theme', theme);
      seen.add(settledStyle(base(el)).backgroundColor);
    }
    expect(seen.size).to.equal(themes.length);
  });

  /*
   * The theme CSS declares no component tokens: the button's fallback chain must lead, in every
   * theme, to exactly the value the token build gives each component token.
   */
  for (const theme of themes) {
    it(`renders the component-token colours of the ${theme} theme in every variant and state`, async () => {
      const expected = (await tokenValues())[theme]!;
      const token = (name: string) => computedColor(expected[`--bf-button-${name}`]!);
      const wrapper = await fixture(
        html`<div data-bf-theme=${theme}>
          ${buttonVariants.map(
            (variant) =>
              html`<bf-button variant=${variant}>Send</bf-button>
                <bf-button variant=${variant} disabled>Send</bf-button>`,
          )}
        </div>`,
      );
      const buttons = [...wrapper.querySelectorAll<BfButton>('bf-button')];
      try {
        for (const [index, variant] of buttonVariants.entries()) {
          const el = buttons[index * 2]!;
          const at = (state: string) => `${theme} ${variant} ${state}`;
          const rest = settledStyle(base(el));
          expect(rest.backgroundColor, at('background')).to.equal(token(`${variant}-bg`));
          expect(rest.color, at('text')).to.equal(token(`${variant}-fg`));
          expect(rest.borderTopColor, at('border')).to.equal(token(`${variant}-border`));

          const box = base(el).getBoundingClientRect();
          const centre: [number, number] = [
            Math.round(box.x + box.width / 2),
            Math.round(box.y + box.height / 2),
          ];
          await sendMouse({ type: 'move', position: centre });
          const hover = settledStyle(base(el));
          expect(hover.backgroundColor, at('hover background')).to.equal(
            token(`${variant}-bg-hover`),
          );
          expect(hover.color, at('hover text')).to.equal(token(`${variant}-fg`));
          await sendMouse({ type: 'down' });
          const active = settledStyle(base(el));
          expect(active.backgroundColor, at('pressed background')).to.equal(
            token(`${variant}-bg-active`),
          );
          expect(active.color, at('pressed text')).to.equal(token(`${variant}-fg`));
          await resetMouse();

          const disabled = settledStyle(base(buttons[index * 2 + 1]!));
          expect(disabled.backgroundColor, at('disabled background')).to.equal(
            token('disabled-bg'),
          );
          expect(disabled.color, at('disabled text')).to.equal(token('disabled-fg'));
          expect(disabled.borderTopColor, at('disabled border')).to.equal(token('disabled-border'));
        }
      } finally {
        await resetMouse();
      }
    });
  }

  it('follows an agency override of the action colour on any element', async () => {
    const wrapper = await fixture(
      html`<div data-bf-theme="federal" style="--bf-color-action: rgb(0, 90, 102)">
        <bf-button>Send</bf-button>
      </div>`,
    );
    expect(
      settledStyle(base(wrapper.querySelector<BfButton>('bf-button')!)).backgroundColor,
    ).to.equal('rgb(0, 90, 102)');
  });

  it('reaches 7:1 for button text in the high-contrast theme (WCAG AAA)', async () => {
    const wrapper = await fixture(
      html`<div data-bf-theme="high-contrast" style="background: var(--bf-color-surface)">
        ${buttonVariants.map((variant) => html`<bf-button variant=${variant}>Send</bf-button>`)}
      </div>`,
    );
    for (const el of wrapper.querySelectorAll<BfButton>('bf-button')) {
      const style = getComputedStyle(base(el));
      const background =
        style.backgroundColor === 'rgba(0, 0, 0, 0)'
          ? getComputedStyle(wrapper).backgroundColor
          : style.backgroundColor;
      expect(contrast(style.color, background), el.variant).to.be.at.least(7);
    }
    await expectAccessible(wrapper, { extraTags: ['wcag2aaa'] });
  });
});

describe('bf-button with user preferences', () => {
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

  it('uses system colours and a visible border in forced-colours mode', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    const el = await fixture<BfButton>(html`<bf-button variant="tertiary">Send</bf-button>`);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const style = getComputedStyle(base(el));
    // A tertiary button has no border normally; in forced colours it gets one, so that the
    // target stays visible.
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('shows links in LinkText and disabled buttons in GrayText in forced-colours mode', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    const wrapper = await fixture(
      html`<div>
        <span style="color: LinkText">link</span><span style="color: GrayText">grey</span>
        <bf-button href="/next">Next</bf-button>
        <bf-button href="/next" disabled>Next</bf-button>
        <bf-button disabled>Send</bf-button>
        <bf-button loading>Send</bf-button>
      </div>`,
    );
    const [linkProbe, greyProbe] = [...wrapper.querySelectorAll('span')].map(
      (probe) => getComputedStyle(probe).color,
    );
    const [link, disabledLink, disabledButton, loadingButton] = [
      ...wrapper.querySelectorAll<BfButton>('bf-button'),
    ].map((el) => getComputedStyle(base(el)));
    expect(link!.color).to.equal(linkProbe);
    expect(link!.borderTopColor).to.equal(linkProbe);
    expect(disabledLink!.color).to.equal(greyProbe);
    expect(disabledButton!.color).to.equal(greyProbe);
    expect(disabledButton!.borderTopColor).to.equal(greyProbe);
    // Busy is not disabled: a loading button keeps its normal colours.
    expect(loadingButton!.borderTopColor).not.to.equal(greyProbe);
  });

  it('stops the spinner under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<BfButton>(html`<bf-button loading>Send</bf-button>`);
    const spinner = el.shadowRoot!.querySelector<HTMLElement>('[part="spinner"]')!;
    expect(getComputedStyle(spinner).animationName).to.equal('none');
  });
});
