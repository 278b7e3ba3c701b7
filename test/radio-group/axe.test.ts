import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/radio-group';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type GroupProps = {
  value: string;
  disabled: boolean;
  required: boolean;
  error: boolean;
  hint: boolean;
};

// Every state a citizen meets, in every theme of the token build and every language (the
// "optional" marker and the error prefix are Belfry's own text).
axeMatrix<GroupProps>({
  tag: 'bf-radio-group',
  variants: {
    default: {},
    'with hints': { hint: true },
  },
  states: {
    empty: {},
    chosen: { value: 'fr' },
    'follow-up open': { value: 'other' },
    required: { required: true },
    error: { required: true, error: true },
    disabled: { disabled: true, value: 'nl' },
  },
  locales: true,
  render: ({ value, disabled, required, error, hint }) =>
    html`<bf-radio-group
      label="In welke taal wilt u uw brieven?"
      name="language"
      hint=${hint ? 'U kunt dit later wijzigen' : ''}
      ?disabled=${disabled}
      ?required=${required}
    >
      ${error ? html`<p slot="error">Kies de taal van uw brieven.</p>` : ''}
      <bf-radio value="nl" ?checked=${value === 'nl'}>Nederlands</bf-radio>
      <bf-radio value="fr" ?checked=${value === 'fr'} hint=${hint ? 'Ook in Brussel' : ''}
        >Français</bf-radio
      >
      <bf-radio value="de" disabled>Deutsch</bf-radio>
      <bf-radio value="other" ?checked=${value === 'other'}
        >Een andere taal
        <div slot="conditional">
          <label for="other-language">Welke taal?</label>
          <input id="other-language" name="otherLanguage" />
        </div>
      </bf-radio>
    </bf-radio-group>`,
});

describe('<bf-radio-group> and the axe gate', () => {
  it('fails when a radio has no name', async () => {
    const group = await fixture(
      html`<bf-radio-group label="Taal"><bf-radio value="nl"></bf-radio></bf-radio-group>`,
    );
    const ids = (await axeViolations(group)).map((violation) => violation.id);
    expect(ids).to.include('label');
  });
});
