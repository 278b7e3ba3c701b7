import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/button';
import { buttonVariants, type BfButton } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

// Each combination draws the button and the link, so both are checked in every variant,
// state, theme and language.
axeMatrix<Pick<BfButton, 'variant' | 'disabled' | 'loading'>>({
  tag: 'bf-button',
  variants: buttonVariants,
  states: { default: {}, disabled: { disabled: true }, loading: { loading: true } },
  locales: true,
  render: ({ variant, disabled, loading }) =>
    html`<bf-button variant=${variant} ?disabled=${disabled} ?loading=${loading}>Send</bf-button>
      <bf-button variant=${variant} href="/next" ?disabled=${disabled} ?loading=${loading}
        >Next</bf-button
      >`,
});

describe('<bf-button> and the axe gate', () => {
  it('fails when the button has no accessible name', async () => {
    const el = await fixture<BfButton>(html`<bf-button></bf-button>`);
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('button-name');
  });
});

// Menu, disclosure and toggle buttons and new-tab links: the states on the inner control and the
// new-tab sign, in every variant, theme and language.
axeMatrix<Pick<BfButton, 'variant' | 'expanded' | 'pressed'>>({
  tag: 'bf-button',
  variants: buttonVariants,
  states: {
    collapsed: { expanded: false },
    expanded: { expanded: true },
    'not pressed': { pressed: false },
    pressed: { pressed: true },
  },
  locales: true,
  render: ({ variant, expanded, pressed }) =>
    html`<bf-button variant=${variant} .expanded=${expanded} .pressed=${pressed} controls="panel"
        >Details</bf-button
      >
      <bf-button variant=${variant} href="https://www.belgium.be" target="_blank"
        >belgium.be</bf-button
      >
      <div id="panel" ?hidden=${!expanded}>The details</div>`,
});
