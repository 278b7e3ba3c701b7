import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/pagination';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type Props = { links: boolean; current: number; total: number };

axeMatrix<Props>({
  tag: 'bf-pagination',
  variants: { buttons: { links: false }, links: { links: true } },
  states: {
    'first page': { current: 1, total: 12 },
    'middle, with gaps': { current: 6, total: 12 },
    'last page': { current: 12, total: 12 },
    'one page': { current: 1, total: 1 },
  },
  locales: true,
  render: ({ links, current, total }) =>
    html`<bf-pagination
      current=${current ?? 1}
      total=${total ?? 1}
      href-template=${links ? '?page={page}' : ''}
    ></bf-pagination>`,
});

describe('<bf-pagination> and the axe gate', () => {
  it('fails when the links are too pale to read', async () => {
    const el = await fixture(
      html`<bf-pagination
        style="--bf-pagination-fg: #cccccc"
        current="2"
        total="3"
      ></bf-pagination>`,
    );
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('color-contrast');
  });
});
