import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/summary-list';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type Props = { href: string; source: string; answer: 'short' | 'address' | 'empty' };

axeMatrix<Props>({
  tag: 'bf-summary-list',
  variants: {
    'with Change links': { href: '/check/name' },
    'without links': {},
    'with sources': { href: '/check/name', source: 'national-register' },
  },
  states: {
    default: { answer: 'short' },
    'multi-line answer': { answer: 'address' },
    'empty answer': { answer: 'empty' },
  },
  locales: true,
  render: ({ href, source, answer }) => {
    const value =
      answer === 'address'
        ? html`Kerkstraat 12<br />9000 Gent`
        : answer === 'empty'
          ? ''
          : html`An Peeters`;
    return html`<bf-summary-list>
      <bf-summary-list-row question="Name" href=${href ?? ''} source=${source ?? ''}
        >${value}</bf-summary-list-row
      >
      <bf-summary-list-row question="Date of birth" href=${href ?? ''}
        >30 July 1985</bf-summary-list-row
      >
    </bf-summary-list>`;
  },
  axe: {
    // The rows' hosts stand between the <dl> and their <dt>/<dd> in the DOM, which these two
    // rules read; the browser's accessibility tree skips the hosts and has the terms and
    // definitions straight under the list (a11y-tree.test.ts proves it).
    disableRules: ['definition-list', 'dlitem'],
  },
});

describe('<bf-summary-list> and the axe gate', () => {
  it('fails when a source is overridden with a colour too pale to read', async () => {
    const list = await fixture(
      html`<bf-summary-list style="--bf-summary-list-source-fg: #c8c8c8">
        <bf-summary-list-row question="Naam" source="national-register"
          >An Peeters</bf-summary-list-row
        >
      </bf-summary-list>`,
    );
    const ids = (await axeViolations(list, { disableRules: ['definition-list', 'dlitem'] })).map(
      (violation) => violation.id,
    );
    expect(ids).to.include('color-contrast');
  });
});
