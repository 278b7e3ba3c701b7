import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '@belfry/components/fieldset';
import type { BfFieldset } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

// The fieldset's own text is the author's, but its fields' labels and hints are written per
// language here, so that every language is checked with real text.
const text = {
  'nl-BE': { legend: 'Wat is uw adres?', hint: 'Waar u nu woont.', street: 'Straat' },
  'fr-BE': { legend: 'Quelle est votre adresse ?', hint: 'Où vous habitez.', street: 'Rue' },
  'de-BE': { legend: 'Wie ist Ihre Adresse?', hint: 'Wo Sie jetzt wohnen.', street: 'Straße' },
  'en-BE': { legend: 'What is your address?', hint: 'Where you live now.', street: 'Street' },
} as const;

axeMatrix<Pick<BfFieldset, 'legendHeading' | 'disabled' | 'hint'>>({
  tag: 'bf-fieldset',
  variants: { legend: {}, 'page heading': { legendHeading: 1 } },
  states: {
    default: {},
    hint: { hint: 'yes' },
    disabled: { disabled: true, hint: 'yes' },
  },
  locales: true,
  render: ({ legendHeading, disabled, hint }, { lang }) => {
    const words = text[(lang ?? 'en-BE') as keyof typeof text];
    return html`<bf-fieldset
      legend=${words.legend}
      legend-heading=${legendHeading ?? nothing}
      hint=${hint ? words.hint : nothing}
      ?disabled=${disabled}
    >
      <label for="street">${words.street}</label>
      <input id="street" name="street" autocomplete="street-address" />
    </bf-fieldset>`;
  },
});

describe('<bf-fieldset> and the axe gate', () => {
  it('fails when a field in the group has no label', async () => {
    const element = await fixture<BfFieldset>(
      html`<bf-fieldset legend="Address"><input name="street" /></bf-fieldset>`,
    );
    const ids = (await axeViolations(element)).map((violation) => violation.id);
    expect(ids).to.include('label');
  });

  it('fails when the hint is unreadable against the page', async () => {
    const element = await fixture<BfFieldset>(
      html`<bf-fieldset
        legend="Address"
        hint="Where you live now."
        style="--bf-fieldset-hint-fg: #bbbbbb; background: #ffffff"
        ><label>Street <input name="street" /></label
      ></bf-fieldset>`,
    );
    const ids = (await axeViolations(element)).map((violation) => violation.id);
    expect(ids).to.include('color-contrast');
  });
});
