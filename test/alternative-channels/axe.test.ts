import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/alternative-channels';
import type { BfChannel } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';
import { channelsBlock, mondayMorning, saturdayAfternoon } from './content.js';

type Props = { variant: 'full' | 'compact' | 'footer'; open: boolean; now: Date };

// Every variant in every theme and language: the built-in text (heading, titles, hours, open-now)
// changes with the language, the colours with the theme. States: open and closed hours; the
// compact variant also with its channels shown.
axeMatrix<Props>({
  tag: 'bf-alternative-channels',
  variants: {
    full: { variant: 'full' },
    compact: { variant: 'compact' },
    'compact, shown': { variant: 'compact', open: true },
    footer: { variant: 'footer' },
  },
  states: { 'open now': { now: mondayMorning }, closed: { now: saturdayAfternoon } },
  locales: true,
  render: ({ variant, open, now }) =>
    html`<h1>Een nieuwe identiteitskaart aanvragen</h1>
      ${channelsBlock(variant, now, 2, open)}`,
});

describe('<bf-alternative-channels> and the axe gate', () => {
  it('fails when the phone link loses its text: a link without a name', async () => {
    const channel = await fixture<BfChannel>(
      html`<bf-channel kind="phone" value="02 572 57 57" .now=${mondayMorning}></bf-channel>`,
    );
    channel.shadowRoot!.querySelector('[part="value"]')!.textContent = '';
    const ids = (await axeViolations(channel)).map((violation) => violation.id);
    expect(ids).to.include('link-name');
  });
});
