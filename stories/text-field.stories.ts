import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/text-field';
import {
  textFieldTypes,
  textFieldWidths,
  type BfTextField,
  type TextFieldType,
  type TextFieldWidth,
} from '@belfry/components';
import { statesGrid } from './states-grid';
import { localeOf, type Locale } from './story-context';

/** The story args: the public attributes of `<bf-text-field>`. */
type TextFieldArgs = {
  label: string;
  hint: string;
  name: string;
  value: string;
  type: TextFieldType;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  autocomplete: string;
  inputmode: string;
  maxlength: number;
  prefix: string;
  suffix: string;
  width: TextFieldWidth;
  placeholder: string;
};

type Story = StoryObj<TextFieldArgs>;

/** Story text in the toolbar's language, as a public servant would write it. */
const text: Readonly<
  Record<
    Locale,
    {
      street: string;
      streetHint: string;
      postcode: string;
      postcodeHint: string;
      email: string;
      password: string;
      amount: string;
      reason: string;
      nrn: string;
      iban: string;
      known: string;
      serverError: string;
    }
  >
> = {
  nl: {
    street: 'Straat en nummer',
    streetHint: 'Zoals op uw identiteitskaart',
    postcode: 'Postcode',
    postcodeHint: '4 cijfers, bijvoorbeeld 1000',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    amount: 'Bedrag',
    reason: 'Reden van uw aanvraag',
    nrn: 'Rijksregisternummer',
    iban: 'Rekeningnummer (IBAN)',
    known: 'Rijksregisternummer',
    serverError: 'Vul een Belgische postcode in, bijvoorbeeld 1000.',
  },
  fr: {
    street: 'Rue et numéro',
    streetHint: "Comme sur votre carte d'identité",
    postcode: 'Code postal',
    postcodeHint: '4 chiffres, par exemple 1000',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    amount: 'Montant',
    reason: 'Raison de votre demande',
    nrn: 'Numéro de registre national',
    iban: 'Numéro de compte (IBAN)',
    known: 'Numéro de registre national',
    serverError: 'Indiquez un code postal belge, par exemple 1000.',
  },
  de: {
    street: 'Straße und Hausnummer',
    streetHint: 'Wie auf Ihrem Personalausweis',
    postcode: 'Postleitzahl',
    postcodeHint: '4 Ziffern, zum Beispiel 4700',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    amount: 'Betrag',
    reason: 'Grund Ihres Antrags',
    nrn: 'Nationalregisternummer',
    iban: 'Kontonummer (IBAN)',
    known: 'Nationalregisternummer',
    serverError: 'Geben Sie eine belgische Postleitzahl ein, zum Beispiel 4700.',
  },
  en: {
    street: 'Street and number',
    streetHint: 'As on your identity card',
    postcode: 'Postcode',
    postcodeHint: '4 digits, for example 1000',
    email: 'Email address',
    password: 'Password',
    amount: 'Amount',
    reason: 'Reason for your application',
    nrn: 'National register number',
    iban: 'Account number (IBAN)',
    known: 'National register number',
    serverError: 'Enter a Belgian postcode, for example 1000.',
  },
};

const t = (context: StoryContext<TextFieldArgs>) => text[localeOf(context)];

/** Renders one field from the args; an empty label falls back to the street label. */
function renderField(args: TextFieldArgs, context: StoryContext<TextFieldArgs>) {
  return html`<form action="#" @submit=${(event: Event) => event.preventDefault()}>
    <bf-text-field
      label=${args.label || t(context).street}
      hint=${ifDefined(args.hint || undefined)}
      name=${ifDefined(args.name || undefined)}
      value=${ifDefined(args.value || undefined)}
      type=${args.type}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
      autocomplete=${ifDefined(args.autocomplete || undefined)}
      inputmode=${ifDefined(args.inputmode || undefined)}
      maxlength=${ifDefined(args.maxlength || undefined)}
      prefix=${ifDefined(args.prefix || undefined)}
      suffix=${ifDefined(args.suffix || undefined)}
      width=${args.width}
      placeholder=${ifDefined(args.placeholder || undefined)}
    ></bf-text-field>
  </form>`;
}

async function field(canvasElement: HTMLElement): Promise<BfTextField> {
  const element = await waitFor(() => {
    const found = canvasElement.querySelector('bf-text-field');
    if (!found?.control) throw new Error('no field yet');
    return found;
  });
  await element.updateComplete;
  return element;
}

const meta = {
  title: 'Components/Text field',
  component: 'bf-text-field',
  render: (args, context) => renderField(args, context),
  args: {
    label: '',
    hint: '',
    name: 'street',
    value: '',
    type: 'text',
    required: true,
    disabled: false,
    readonly: false,
    autocomplete: 'address-line1',
    inputmode: '',
    maxlength: 0,
    prefix: '',
    suffix: '',
    width: 'full',
    placeholder: '',
  },
  argTypes: {
    type: { control: 'select', options: textFieldTypes },
    width: { control: 'select', options: textFieldWidths },
    inputmode: {
      control: 'select',
      options: ['', 'numeric', 'decimal', 'tel', 'email', 'url', 'search'],
    },
    maxlength: { control: 'number' },
  },
  parameters: {
    docs: {
      description: {
        component: [
          'A single-line text field with its label, hint, error message and optional character',
          'count. The `<input>` is a real one in the page, so forms, autofill and password',
          'managers work as with plain HTML. Fields are required unless they say "optional".',
        ].join(' '),
      },
    },
  },
} satisfies Meta<TextFieldArgs>;

export default meta;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    await expect(element.control!.labels![0]).toBeTruthy();
    // Typing for the first time shows no error, even when the field is emptied again.
    await userEvent.type(element.control!, 'Wetstraat 16');
    await userEvent.clear(element.control!);
    await expect(element.querySelector('[slot="error"]')).toBeNull();
  },
};

export const WithHint: Story = {
  render: (args, context) =>
    renderField({ ...args, label: t(context).street, hint: t(context).streetHint }, context),
};

export const Optional: Story = {
  args: { required: false },
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    await expect(element.control!.labels![0]!.textContent).toMatch(/\(.+\)$/);
  },
};

/** After a failed submit: the message under the label, the field marked invalid. */
export const WithError: Story = {
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    element.form!.requestSubmit();
    await waitFor(() => expect(element.control!.getAttribute('aria-invalid')).toBe('true'));
    await expect(document.activeElement).toBe(element.control);
  },
};

/** An error the server wrote, shown until the value changes. */
export const ServerError: Story = {
  render: (_args, context) =>
    html`<bf-text-field required width="postcode">
      <label slot="label" for="story-postcode">${t(context).postcode}</label>
      <p slot="hint">${t(context).postcodeHint}</p>
      <p slot="error">${t(context).serverError}</p>
      <input
        slot="control"
        id="story-postcode"
        name="postcode"
        value="99999"
        autocomplete="postal-code"
        inputmode="numeric"
        required
      />
    </bf-text-field>`,
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    await expect(element.control!.getAttribute('aria-invalid')).toBe('true');
  },
};

export const Email: Story = {
  render: (args, context) =>
    renderField(
      { ...args, label: t(context).email, type: 'email', name: 'email', autocomplete: 'email' },
      context,
    ),
};

export const Password: Story = {
  render: (args, context) =>
    renderField(
      {
        ...args,
        label: t(context).password,
        type: 'password',
        name: 'password',
        autocomplete: 'current-password',
        width: '20',
      },
      context,
    ),
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    await userEvent.type(element.control!, 'geheim');
    await userEvent.click(element.shadowRoot!.querySelector('button')!);
    await expect(element.control!.type).toBe('text');
    await expect(element.control!.value).toBe('geheim');
  },
};

export const PrefixAndSuffix: Story = {
  render: (args, context) =>
    renderField(
      {
        ...args,
        label: t(context).amount,
        name: 'amount',
        autocomplete: '',
        inputmode: 'decimal',
        prefix: '€',
        suffix: { nl: 'per maand', fr: 'par mois', de: 'pro Monat', en: 'per month' }[
          localeOf(context)
        ],
        width: '10',
      },
      context,
    ),
};

export const CharacterCount: Story = {
  render: (args, context) =>
    renderField(
      { ...args, label: t(context).reason, name: 'reason', autocomplete: '', maxlength: 40 },
      context,
    ),
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    await expect(element.querySelector('[slot="count"]')!.textContent).toMatch(/40/);
  },
};

/** Widths for the expected answer: a field as wide as its answer says how much to type. */
export const Widths: Story = {
  render: (_args, context) =>
    html`<div style="display: grid; gap: 1rem">
      <bf-text-field
        label=${t(context).postcode}
        width="postcode"
        inputmode="numeric"
      ></bf-text-field>
      <bf-text-field label=${t(context).nrn} width="nrn" inputmode="numeric"></bf-text-field>
      <bf-text-field label=${t(context).iban} width="iban"></bf-text-field>
      <bf-text-field label=${t(context).street} width="30"></bf-text-field>
    </div>`,
};

export const Disabled: Story = {
  args: { disabled: true, value: 'Wetstraat 16' },
};

export const ReadOnly: Story = {
  render: (args, context) =>
    renderField(
      {
        ...args,
        label: t(context).known,
        name: 'nrn',
        value: '85.07.30-033.28',
        readonly: true,
        autocomplete: '',
        width: 'nrn',
      },
      context,
    ),
};

/**
 * The states a citizen meets, side by side, for the guide: empty with a hint, filled, with an
 * error from the server, read-only and disabled.
 */
export const States: Story = {
  render: (_args, context) => {
    const text = t(context);
    return statesGrid([
      [
        'Empty, with a hint',
        html`<bf-text-field
          label=${text.postcode}
          hint=${text.postcodeHint}
          name="postcode-empty"
          width="postcode"
          inputmode="numeric"
        ></bf-text-field>`,
      ],
      [
        'Filled in',
        html`<bf-text-field
          label=${text.postcode}
          name="postcode-filled"
          value="1000"
          width="postcode"
          inputmode="numeric"
        ></bf-text-field>`,
      ],
      [
        'With an error',
        html`<bf-text-field width="postcode">
          <label slot="label" for="states-postcode-error">${text.postcode}</label>
          <p slot="error">${text.serverError}</p>
          <input
            slot="control"
            id="states-postcode-error"
            name="postcode-error"
            value="99999"
            inputmode="numeric"
          />
        </bf-text-field>`,
      ],
      [
        'Read-only',
        html`<bf-text-field
          label=${text.postcode}
          name="postcode-readonly"
          value="1000"
          width="postcode"
          readonly
        ></bf-text-field>`,
      ],
      [
        'Disabled',
        html`<bf-text-field
          label=${text.postcode}
          name="postcode-disabled"
          value="1000"
          width="postcode"
          disabled
        ></bf-text-field>`,
      ],
    ]);
  },
  parameters: { controls: { disable: true } },
  play: async ({ canvasElement }) => {
    const fields = [...canvasElement.querySelectorAll('bf-text-field')];
    await waitFor(() => expect(fields.every((el) => (el as BfTextField).control)).toBe(true));
    const [, , withError, readOnly, disabled] = fields as BfTextField[];
    await waitFor(() => expect(withError!.control!.getAttribute('aria-invalid')).toBe('true'));
    await expect(readOnly!.control!.readOnly).toBe(true);
    await expect(disabled!.control!.disabled).toBe(true);
  },
};
