import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/error-summary';
import type { BfErrorSummary } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type Props = { server: boolean; headingLevel: number; focused: boolean };

// The fields the links point at are drawn too, so every link has a target on the page.
const fields = html`<label for="postcode">Postcode</label><input id="postcode" />
  <label for="iban">IBAN</label><input id="iban" />`;

axeMatrix<Props>({
  tag: 'bf-error-summary',
  variants: {
    'found in the browser': { server: false },
    'written by the server': { server: true },
  },
  states: {
    default: {},
    'heading level 1': { headingLevel: 1 },
    focused: { focused: true },
  },
  locales: true,
  render: ({ server, headingLevel, focused }) => {
    const level = headingLevel ?? 2;
    const summary = server
      ? html`<bf-error-summary heading-level=${level} ?autofocus=${focused}>
          <ul>
            <li><a href="#postcode">Enter your postcode</a></li>
            <li><a href="#iban">Enter an account number that starts with BE</a></li>
          </ul>
        </bf-error-summary>`
      : html`<bf-error-summary
          heading-level=${level}
          .errors=${[
            { message: 'Enter your postcode', target: 'postcode' },
            { message: 'Enter an account number that starts with BE', target: 'iban' },
          ]}
          ?autofocus=${focused}
        ></bf-error-summary>`;
    return html`${summary}${fields}`;
  },
});

describe('<bf-error-summary> and the axe gate', () => {
  it('fails when a link the server wrote has no text', async () => {
    const summary = await fixture<BfErrorSummary>(
      html`<bf-error-summary>
        <ul>
          <li><a href="#postcode"></a></li>
        </ul>
      </bf-error-summary>`,
    );
    const ids = (await axeViolations(summary)).map((violation) => violation.id);
    expect(ids).to.include('link-name');
  });
});
