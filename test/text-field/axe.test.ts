import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '@belfry/components/text-field';
import type { BfTextField } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type Props = {
  type: string;
  value: string;
  error: boolean;
  disabled: boolean;
  readonly: boolean;
  prefix: string;
  maxlength: string;
};

// Each variant draws a required field with a hint, in every state, theme and language. The error
// state is the one a server writes (`<p slot="error">`), which the field shows as its own.
axeMatrix<Props>({
  tag: 'bf-text-field',
  variants: {
    text: { type: 'text' },
    password: { type: 'password' },
    'prefix and count': { type: 'text', prefix: '€', maxlength: '10' },
  },
  states: {
    empty: {},
    filled: { value: 'Wetstraat 16' },
    error: { error: true },
    disabled: { disabled: true, value: 'Wetstraat 16' },
    readonly: { readonly: true, value: 'Wetstraat 16' },
  },
  locales: true,
  render: ({ type, value, error, disabled, readonly, prefix, maxlength }) =>
    html`<form>
      <bf-text-field
        label="Straat en nummer"
        hint="Zoals op uw identiteitskaart"
        name="street"
        required
        type=${type ?? 'text'}
        value=${value ?? nothing}
        prefix=${prefix ?? nothing}
        maxlength=${maxlength ?? nothing}
        ?disabled=${disabled}
        ?readonly=${readonly}
        >${error ? html`<p slot="error">Vul uw straat en nummer in.</p>` : nothing}</bf-text-field
      >
    </form>`,
});

describe('<bf-text-field> and the axe gate', () => {
  it('fails when the field has no label', async () => {
    const original = console.warn;
    console.warn = () => undefined;
    try {
      const field = await fixture<BfTextField>(html`<bf-text-field name="x"></bf-text-field>`);
      await field.updateComplete;
      const ids = (await axeViolations(field)).map((violation) => violation.id);
      expect(ids).to.include('label');
    } finally {
      console.warn = original;
    }
  });

  it('shows the error state it is checked in', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><bf-text-field label="Naam" required></bf-text-field></form>`,
    );
    const field = form.querySelector('bf-text-field')!;
    await field.updateComplete;
    field.reportValidity();
    await field.updateComplete;
    expect(field.control!.getAttribute('aria-invalid')).to.equal('true');
  });
});
