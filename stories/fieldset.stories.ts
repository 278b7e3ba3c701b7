import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/fieldset';
import '@belfry/components/button';
import '@belfry/components/text-field';
import '@belfry/components/select';
import '@belfry/components/date-field';
import '@belfry/components/radio-group';
import '@belfry/components/checkbox';
import { legendHeadingLevels, type BfFieldset, type LegendHeadingLevel } from '@belfry/components';
import {
  findLang,
  formatInputWhileTyping,
  validateNationalRegisterNumber,
  validatePostalCode,
  validationMessage,
  validatorPresets,
  type Validator,
} from '@belfry/core';
import { localeOf, type Locale } from './story-context';

/** The story args: the public properties of `<bf-fieldset>`. */
type FieldsetArgs = {
  legend: string;
  hint: string;
  legendHeading: LegendHeadingLevel;
  disabled: boolean;
};

type Story = StoryObj<FieldsetArgs>;

/** Text the stories show, in the story's language. */
const fieldsetText: Readonly<
  Record<
    Locale,
    {
      legend: string;
      question: string;
      hint: string;
      street: string;
      postalCode: string;
      municipality: string;
      identity: string;
      nrn: string;
      nrnHint: string;
      check: string;
      contact: string;
      phone: string;
      move: string;
      province: string;
      provinces: readonly [string, string];
      movingDate: string;
      alone: string;
      yes: string;
      no: string;
      confirmation: string;
    }
  >
> = {
  nl: {
    legend: 'Uw adres',
    question: 'Wat is uw nieuwe adres?',
    hint: 'Het adres waar u vanaf nu woont.',
    street: 'Straat en huisnummer',
    postalCode: 'Postcode',
    municipality: 'Gemeente',
    identity: 'Wie bent u?',
    nrn: 'Rijksregisternummer',
    nrnHint: 'U vindt het op uw identiteitskaart, bijvoorbeeld 85.07.30-033.28.',
    check: 'Controleren',
    contact: 'Contactgegevens',
    phone: 'Telefoonnummer',
    move: 'Uw verhuizing',
    province: 'Provincie',
    provinces: ['Antwerpen', 'Luik'],
    movingDate: 'Datum van de verhuizing',
    alone: 'Woont u daar alleen?',
    yes: 'Ja',
    no: 'Nee',
    confirmation: 'Stuur mij een bevestiging per e-mail',
  },
  fr: {
    legend: 'Votre adresse',
    question: 'Quelle est votre nouvelle adresse ?',
    hint: "L'adresse où vous habitez désormais.",
    street: 'Rue et numéro',
    postalCode: 'Code postal',
    municipality: 'Commune',
    identity: 'Qui êtes-vous ?',
    nrn: 'Numéro de registre national',
    nrnHint: "Il figure sur votre carte d'identité, par exemple 85.07.30-033.28.",
    check: 'Vérifier',
    contact: 'Coordonnées',
    phone: 'Numéro de téléphone',
    move: 'Votre déménagement',
    province: 'Province',
    provinces: ['Anvers', 'Liège'],
    movingDate: 'Date du déménagement',
    alone: 'Y habitez-vous seul ?',
    yes: 'Oui',
    no: 'Non',
    confirmation: 'Envoyez-moi une confirmation par e-mail',
  },
  de: {
    legend: 'Ihre Adresse',
    question: 'Wie lautet Ihre neue Adresse?',
    hint: 'Die Adresse, an der Sie ab jetzt wohnen.',
    street: 'Straße und Hausnummer',
    postalCode: 'Postleitzahl',
    municipality: 'Gemeinde',
    identity: 'Wer sind Sie?',
    nrn: 'Nationalregisternummer',
    nrnHint: 'Sie steht auf Ihrem Personalausweis, zum Beispiel 85.07.30-033.28.',
    check: 'Prüfen',
    contact: 'Kontaktdaten',
    phone: 'Telefonnummer',
    move: 'Ihr Umzug',
    province: 'Provinz',
    provinces: ['Antwerpen', 'Lüttich'],
    movingDate: 'Datum des Umzugs',
    alone: 'Wohnen Sie dort allein?',
    yes: 'Ja',
    no: 'Nein',
    confirmation: 'Schicken Sie mir eine Bestätigung per E-Mail',
  },
  en: {
    legend: 'Your address',
    question: 'What is your new address?',
    hint: 'The address where you live from now on.',
    street: 'Street and number',
    postalCode: 'Postal code',
    municipality: 'Municipality',
    identity: 'Who are you?',
    nrn: 'National register number',
    nrnHint: 'You will find it on your identity card, for example 85.07.30-033.28.',
    check: 'Check',
    contact: 'Contact details',
    phone: 'Phone number',
    move: 'Your move',
    province: 'Province',
    provinces: ['Antwerp', 'Liège'],
    movingDate: 'Date of the move',
    alone: 'Do you live there alone?',
    yes: 'Yes',
    no: 'No',
    confirmation: 'Send me a confirmation by email',
  },
};

const textOf = (context: StoryContext<FieldsetArgs>) => fieldsetText[localeOf(context)];

// Native inputs stand in for Belfry's fields here; any field goes in a fieldset the same way.
const field = (id: string, label: string, autocomplete: string) =>
  html`<div>
    <label for=${id} style="display: block">${label}</label>
    <input id=${id} name=${id} autocomplete=${autocomplete} />
  </div>`;

function addressFields(context: StoryContext<FieldsetArgs>, prefix = '') {
  const text = textOf(context);
  return html`${field(`${prefix}street`, text.street, 'address-line1')}
  ${field(`${prefix}postal-code`, text.postalCode, 'postal-code')}
  ${field(`${prefix}municipality`, text.municipality, 'address-level2')}`;
}

const meta = {
  title: 'Components/Fieldset',
  component: 'bf-fieldset',
  render: (args, context) =>
    html`<bf-fieldset
      legend=${args.legend || textOf(context).legend}
      hint=${args.hint || nothing}
      legend-heading=${args.legendHeading || nothing}
      ?disabled=${args.disabled}
      >${addressFields(context)}</bf-fieldset
    >`,
  args: { legend: '', hint: '', legendHeading: 0, disabled: false },
  argTypes: {
    legend: {
      control: 'text',
      description:
        'What the fields have in common. Empty: "Your address" in the toolbar\'s language.',
      table: { category: 'properties' },
    },
    hint: { control: 'text', table: { category: 'properties' } },
    legendHeading: {
      control: 'select',
      options: legendHeadingLevels,
      description: 'Makes the legend a heading of this level; 1 when it is the page question.',
      table: { category: 'properties', defaultValue: { summary: '0' } },
    },
    disabled: { control: 'boolean', table: { category: 'properties' } },
  },
  parameters: {
    docs: {
      description: {
        component: [
          'Groups related fields under a legend, with the semantics of a native `<fieldset>`:',
          'screen readers say the legend when the user enters the group, the hint describes it,',
          'and `disabled` disables every field inside. Use it for a question answered with',
          'several fields (an address, a date) and for a set of choices.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<FieldsetArgs>;

export default meta;

const groupIn = (canvasElement: HTMLElement) => {
  const element = canvasElement.querySelector<BfFieldset>('bf-fieldset')!;
  return { element, fieldset: element.querySelector(':scope > fieldset')! };
};

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { fieldset } = groupIn(canvasElement);
    await expect(fieldset.firstElementChild?.localName).toBe('legend');
    await expect(fieldset.querySelectorAll('input')).toHaveLength(3);
  },
};

export const WithHint: Story = {
  render: (args, context) =>
    meta.render({ ...args, hint: args.hint || textOf(context).hint }, context),
  play: async ({ canvasElement }) => {
    const { fieldset } = groupIn(canvasElement);
    const hint = fieldset.querySelector('[data-bf-hint]')!;
    await expect(fieldset.getAttribute('aria-describedby')).toBe(hint.id);
  },
};

/** The question of a page with one group: the legend is the page's `<h1>`. */
export const LegendAsPageHeading: Story = {
  render: (args, context) =>
    meta.render(
      {
        ...args,
        legend: args.legend || textOf(context).question,
        hint: args.hint || textOf(context).hint,
        legendHeading: args.legendHeading || 1,
      },
      context,
    ),
  play: async ({ canvasElement }) => {
    const { fieldset } = groupIn(canvasElement);
    await expect(fieldset.querySelector('legend > h1')).not.toBeNull();
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    for (const input of canvasElement.querySelectorAll('input')) {
      await expect(input.matches(':disabled')).toBe(true);
    }
  },
};

/**
 * Belfry's own fields in a disabled group: each looks disabled (grey box, grey text), as a field
 * disabled on its own does, and looks usable again when the group is enabled (the `disabled`
 * control). The same holds in a native `<fieldset disabled>`.
 */
export const DisabledWithBelfryFields: Story = {
  args: { disabled: true },
  render: (args, context) => {
    const text = textOf(context);
    const [antwerp, liege] = text.provinces;
    return html`<bf-fieldset legend=${args.legend || text.move} ?disabled=${args.disabled}>
      <bf-text-field
        label=${text.street}
        name="street"
        autocomplete="address-line1"
      ></bf-text-field>
      <bf-select label=${text.province} name="province" value="WLG">
        <option value="VAN">${antwerp}</option>
        <option value="WLG">${liege}</option>
      </bf-select>
      <bf-date-field label=${text.movingDate} name="moving-date"></bf-date-field>
      <bf-radio-group label=${text.alone} name="alone">
        <bf-radio value="yes">${text.yes}</bf-radio>
        <bf-radio value="no" checked>${text.no}</bf-radio>
      </bf-radio-group>
      <bf-checkbox name="confirmation" checked>${text.confirmation}</bf-checkbox>
    </bf-fieldset>`;
  },
  play: async ({ canvasElement }) => {
    const { element } = groupIn(canvasElement);
    const fields = [
      ...element.querySelectorAll('bf-text-field, bf-select, bf-date-field, bf-radio, bf-checkbox'),
    ];
    await expect(fields).toHaveLength(6);
    for (const field of fields) {
      await waitFor(() => expect(field.matches(':state(disabled)')).toBe(element.disabled));
    }
  },
};

/**
 * The markup for server-rendered pages and framework templates: the page writes the
 * `<fieldset>`, `<legend>` and hint, which work before and without JavaScript.
 */
export const OwnFieldsetAndLegend: Story = {
  render: (_args, context) => {
    const text = textOf(context);
    return html`<bf-fieldset>
      <fieldset aria-describedby="own-hint">
        <legend><h1>${text.question}</h1></legend>
        <p id="own-hint" data-bf-hint>${text.hint}</p>
        ${addressFields(context, 'own-')}
      </fieldset>
    </bf-fieldset>`;
  },
  play: async ({ canvasElement }) => {
    const { fieldset } = groupIn(canvasElement);
    await expect(fieldset.hasAttribute('data-bf-fieldset')).toBe(false);
    await expect(fieldset.getAttribute('aria-describedby')).toBe('own-hint');
  },
};

/** Shows the validator's message in the page's language, as a field does. */
function checkOnChange(validate: Validator, messageId: string) {
  return (event: Event) => {
    const input = event.target as HTMLInputElement;
    const result = validate(input.value);
    // The message follows the nearest lang, as Belfry's own text does.
    const message = input.value && !result.valid ? validationMessage(result, findLang(input)) : '';
    input.setCustomValidity(message);
    input.setAttribute('aria-invalid', String(message !== ''));
    const messageNode = document.getElementById(messageId)!;
    messageNode.textContent = message;
    if (result.valid) input.value = result.formatted;
  };
}

/**
 * Belgian numbers in a group: the national register number is grouped while it is typed (the
 * caret stays where the user types), and each field is checked when the user leaves it, with a
 * message in the page's language. Belfry's text field offers these as presets.
 */
export const WithBelgianNumbers: Story = {
  render: (_args, context) => {
    const text = textOf(context);
    const lang = localeOf(context);
    const nrn = validatorPresets['national-register-number'];
    return html`<bf-fieldset legend=${text.identity} lang=${lang}>
      <div>
        <label for="nrn" style="display: block">${text.nrn}</label>
        <div id="nrn-hint">${text.nrnHint}</div>
        <p id="nrn-message" style="color: var(--bf-color-error-text, #b3261e)"></p>
        <input
          id="nrn"
          name="nrn"
          inputmode=${nrn.inputmode}
          spellcheck="false"
          aria-describedby="nrn-hint nrn-message"
          @input=${(event: Event) => formatInputWhileTyping(event.target as HTMLInputElement, nrn.typing)}
          @change=${checkOnChange(validateNationalRegisterNumber, 'nrn-message')}
        />
      </div>
      <div>
        <label for="postal" style="display: block">${text.postalCode}</label>
        <p id="postal-message" style="color: var(--bf-color-error-text, #b3261e)"></p>
        <input
          id="postal"
          name="postal"
          inputmode="numeric"
          autocomplete="postal-code"
          aria-describedby="postal-message"
          @change=${checkOnChange(validatePostalCode, 'postal-message')}
        />
      </div>
    </bf-fieldset>`;
  },
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector<HTMLInputElement>('#nrn')!;
    await userEvent.type(input, '85073003329');
    await expect(input.value).toBe('85.07.30-033.29');
    await userEvent.tab();
    await waitFor(() => expect(input.validationMessage).not.toBe(''));
    await expect(canvasElement.querySelector('#nrn-message')!.textContent).not.toBe('');
  },
};
