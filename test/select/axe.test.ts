import { expect, fixture, html } from '@open-wc/testing';
import { ref } from 'lit/directives/ref.js';
import '@belfry/components/select';
import type { BfSelect } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type State = { value: string; error: boolean; disabled: boolean };

/** Shows the field's error, as after a failed submit, once it is in the page. */
const showError = ref((element) => {
  if (element) queueMicrotask(() => (element as BfSelect).reportValidity());
});

const options = html`<optgroup label="Vlaams Gewest">
    <option value="VAN">Antwerpen</option>
    <option value="VLI">Limburg</option>
  </optgroup>
  <optgroup label="Waals Gewest">
    <option value="WLG">Luik</option>
  </optgroup>`;

// Each combination draws a required select with the built-in empty option and an optional one,
// so "optional", the built-in text and the error are checked in every theme and language.
axeMatrix<State>({
  tag: 'bf-select',
  states: {
    empty: {},
    chosen: { value: 'VLI' },
    error: { error: true },
    disabled: { value: 'WLG', disabled: true },
  },
  locales: true,
  render: ({ value, error, disabled }) =>
    html`<bf-select
        label="Provincie"
        hint="De provincie waar u woont."
        name="province"
        placeholder
        required
        value=${value ?? ''}
        ?disabled=${disabled}
        ${error ? showError : undefined}
        >${options}</bf-select
      >
      <bf-select label="Tweede provincie" name="second" ?disabled=${disabled}
        >${options}</bf-select
      >`,
});

describe('<bf-select> and the axe gate', () => {
  it('fails when the select has no label', async () => {
    const field = await fixture<BfSelect>(
      html`<bf-select name="province" required><option>Antwerpen</option></bf-select>`,
    );
    const ids = (await axeViolations(field)).map((violation) => violation.id);
    expect(ids).to.include('select-name');
  });
});
