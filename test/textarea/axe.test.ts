import { expect, fixture, html } from '@open-wc/testing';
import { ref } from 'lit/directives/ref.js';
import '@belfry/components/textarea';
import type { BfTextarea } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type State = { value: string; error: boolean; disabled: boolean; readonly: boolean };

/** Shows the field's error, as after a failed submit, once it is in the page. */
const showError = ref((element) => {
  if (element) queueMicrotask(() => (element as BfTextarea).reportValidity());
});

// Each combination draws a required field with a count and an optional one, so "optional", the
// count and the error are checked in every theme and language.
axeMatrix<State>({
  tag: 'bf-textarea',
  states: {
    empty: {},
    filled: { value: 'Ik ben op 1 maart verhuisd.\nMijn pensioen komt nog op mijn oude adres.' },
    error: { error: true },
    'over the limit': { value: 'Ik ben op 1 maart verhuisd naar Gent.', error: true },
    disabled: { disabled: true },
    readonly: { value: 'Ik ben op 1 maart verhuisd.', readonly: true },
  },
  locales: true,
  render: ({ value, error, disabled, readonly }) =>
    html`<bf-textarea
        label="Beschrijf uw vraag"
        hint="Vermeld geen bankgegevens."
        name="question"
        maxlength="20"
        required
        value=${value ?? ''}
        ?disabled=${disabled}
        ?readonly=${readonly}
        ${error ? showError : undefined}
      ></bf-textarea>
      <bf-textarea label="Opmerkingen" name="remarks" ?disabled=${disabled}></bf-textarea>`,
});

describe('<bf-textarea> and the axe gate', () => {
  it('fails when the box has no label', async () => {
    const field = await fixture<BfTextarea>(
      html`<bf-textarea name="question" required></bf-textarea>`,
    );
    const ids = (await axeViolations(field)).map((violation) => violation.id);
    expect(ids).to.include('label');
  });
});
