import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/breadcrumbs';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';
import { settle } from '../helpers/locales.js';

type Props = { current: boolean; narrow: boolean };

axeMatrix<Props>({
  tag: 'bf-breadcrumbs',
  variants: {
    'ends with the current page': { current: true },
    'ends with a link': { current: false },
  },
  states: { default: {}, 'at 320 px': { narrow: true } },
  locales: true,
  render: ({ current, narrow }) =>
    html`<div style=${narrow ? 'inline-size: 288px' : ''}>
      <bf-breadcrumbs>
        <a href="/">Home</a>
        <a href="/sociale-zekerheid">Sociale zekerheid</a>
        ${current ? html`<span>Arbeidsongeschiktheidsuitkeringen</span>` : ''}
      </bf-breadcrumbs>
    </div>`,
});

describe('<bf-breadcrumbs> and the axe gate', () => {
  it('fails when a link has no text', async () => {
    const el = await fixture(
      html`<bf-breadcrumbs><a href="/"></a><span>Contact</span></bf-breadcrumbs>`,
    );
    await settle();
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('link-name');
  });
});
