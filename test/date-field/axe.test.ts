import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '@belfry/components/date-field';
import type { BfDateField } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type Props = {
  value: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  /** A message the server wrote under the field: the error state, from the markup alone. */
  error: string;
};

// Every state a citizen meets, in every theme and language (the labels, the example, "optional"
// and the messages change with the language).
axeMatrix<Props>({
  tag: 'bf-date-field',
  variants: {
    default: {},
    'with hint': { hint: 'The day you moved in, for example 1 9 2026' },
    required: { required: true },
  },
  states: {
    empty: {},
    filled: { value: '2007-03-27' },
    error: { value: '2023-02-29', error: 'This date does not exist.' },
    disabled: { value: '2007-03-27', disabled: true },
    'read-only': { value: '2007-03-27', readonly: true },
  },
  locales: true,
  render: (p) => {
    // The server's message is written inside the element from the start, as a server does.
    const error = html`<p slot="error">${p.error}</p>`;
    return html`<form>
      ${
        p.error
          ? html`<bf-date-field label="Date of birth" name="birth" value=${p.value ?? nothing}
              >${error}</bf-date-field
            >`
          : html`<bf-date-field
              label="Date of birth"
              name="birth"
              value=${p.value ?? nothing}
              hint=${p.hint ?? nothing}
              ?required=${p.required}
              ?disabled=${p.disabled}
              ?readonly=${p.readonly}
            ></bf-date-field>`
      }
    </form>`;
  },
});

describe('<bf-date-field> and the axe gate', () => {
  it('fails when a box loses its label', async () => {
    const field = await fixture<BfDateField>(
      html`<bf-date-field label="Date of birth" name="birth"></bf-date-field>`,
    );
    await field.updateComplete;
    field.querySelector('[slot="day-label"]')!.remove();
    const ids = (await axeViolations(field)).map((violation) => violation.id);
    expect(ids).to.include('label');
  });
});
