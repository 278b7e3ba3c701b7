import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/checkbox-group';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type GroupProps = {
  checked: boolean;
  disabled: boolean;
  required: boolean;
  error: boolean;
  conditional: boolean;
};

// Every state a citizen meets, in every theme of the token build and every language (the
// "optional" marker and the error prefix are Belfry's own text).
axeMatrix<GroupProps>({
  tag: 'bf-checkbox-group',
  states: {
    empty: {},
    ticked: { checked: true },
    'follow-up open': { checked: true, conditional: true },
    required: { required: true },
    error: { required: true, error: true },
    disabled: { disabled: true, checked: true },
  },
  locales: true,
  render: ({ checked, disabled, required, error, conditional }) =>
    html`<bf-checkbox-group
      label="Welke uitkeringen ontvangt u?"
      name="benefit"
      hint="Kies alles wat past"
      ?disabled=${disabled}
      ?required=${required}
    >
      ${error ? html`<p slot="error">Kies minstens één uitkering.</p>` : ''}
      <bf-checkbox value="pension" ?checked=${checked} hint="Van de Federale Pensioendienst"
        >Pensioen</bf-checkbox
      >
      <bf-checkbox value="child">Groeipakket</bf-checkbox>
      <bf-checkbox value="other" ?checked=${conditional}
        >Een andere uitkering
        <div slot="conditional">
          <label for="other-benefit">Welke uitkering?</label>
          <input id="other-benefit" name="otherBenefit" />
        </div>
      </bf-checkbox>
    </bf-checkbox-group>`,
});

// A checkbox on its own: a declaration that must be ticked.
axeMatrix<Pick<GroupProps, 'checked' | 'disabled' | 'error'>>({
  tag: 'bf-checkbox',
  states: {
    empty: {},
    ticked: { checked: true },
    error: { error: true },
    disabled: { disabled: true },
  },
  locales: true,
  render: ({ checked, disabled, error }) =>
    html`<bf-checkbox
      name="declaration"
      required
      ?checked=${checked}
      ?disabled=${disabled}
      hint="Een valse verklaring is strafbaar"
      >${error ? html`<p slot="error">Bevestig uw verklaring.</p>` : ''}Ik verklaar dat alles
      klopt</bf-checkbox
    >`,
});

describe('<bf-checkbox> and the axe gate', () => {
  it('fails when a checkbox has no name', async () => {
    const el = await fixture(html`<bf-checkbox></bf-checkbox>`);
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('label');
  });
});
