import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/text-field';
import '@belfry/components/presets';
import '@belfry/components/known-values';
import '@belfry/components/select';
import '@belfry/components/textarea';
import { knownSources, type BfTextField } from '@belfry/components';
import { localeOf, type Locale } from '../story-context';

/** The story's questions and known answers, in each language. */
const words: Readonly<
  Record<
    Locale,
    {
      street: string;
      knownStreet: string;
      municipality: string;
      name: string;
      activity: string;
      nrn: string;
      nrnHint: string;
      iban: string;
      enterprise: string;
      postcode: string;
      phone: string;
    }
  >
> = {
  nl: {
    street: 'Straat en huisnummer',
    knownStreet: 'Wetstraat 16',
    municipality: 'Gemeente',
    name: 'Naam van de onderneming',
    activity: 'Activiteit',
    nrn: 'Rijksregisternummer',
    nrnHint: 'Op de achterkant van uw identiteitskaart.',
    iban: 'Rekeningnummer (IBAN)',
    enterprise: 'Ondernemingsnummer',
    postcode: 'Postcode',
    phone: 'Telefoonnummer',
  },
  fr: {
    street: 'Rue et numéro',
    knownStreet: 'Rue de la Loi 16',
    municipality: 'Commune',
    name: "Nom de l'entreprise",
    activity: 'Activité',
    nrn: 'Numéro de registre national',
    nrnHint: "Au dos de votre carte d'identité.",
    iban: 'Numéro de compte (IBAN)',
    enterprise: "Numéro d'entreprise",
    postcode: 'Code postal',
    phone: 'Numéro de téléphone',
  },
  de: {
    street: 'Straße und Hausnummer',
    knownStreet: 'Gospertstraße 1',
    municipality: 'Gemeinde',
    name: 'Name des Unternehmens',
    activity: 'Tätigkeit',
    nrn: 'Nationalregisternummer',
    nrnHint: 'Auf der Rückseite Ihres Personalausweises.',
    iban: 'Kontonummer (IBAN)',
    enterprise: 'Unternehmensnummer',
    postcode: 'Postleitzahl',
    phone: 'Telefonnummer',
  },
  en: {
    street: 'Street and number',
    knownStreet: 'Wetstraat 16',
    municipality: 'Municipality',
    name: 'Name of the business',
    activity: 'Activity',
    nrn: 'National register number',
    nrnHint: 'On the back of your identity card.',
    iban: 'Account number (IBAN)',
    enterprise: 'Enterprise number',
    postcode: 'Postcode',
    phone: 'Phone number',
  },
};

type Args = { source: string };
type Story = StoryObj<Args>;

const form = (content: TemplateResult) =>
  html`<form
    action="#"
    style="display: grid; gap: 1.5rem; max-inline-size: 32rem"
    @submit=${(event: Event) => event.preventDefault()}
  >
    ${content}
  </form>`;

function knownValues(args: Args, context: StoryContext<Args>): TemplateResult {
  const text = words[localeOf(context)];
  return form(html`
    <bf-text-field
      name="street"
      label=${text.street}
      value=${text.knownStreet}
      source=${args.source || nothing}
      autocomplete="street-address"
    ></bf-text-field>
    <bf-select name="municipality" label=${text.municipality} value="21004" source=${args.source}>
      <option value="21004">Bruxelles / Brussel</option>
      <option value="63023">Eupen</option>
      <option value="62063">Liège</option>
    </bf-select>
    <bf-text-field
      name="nrn"
      label=${text.nrn}
      preset="nrn"
      value="85073003328"
      source="national-register"
      readonly
    ></bf-text-field>
    <bf-text-field
      name="business"
      label=${text.name}
      value="Boulangerie Peeters"
      source="enterprise-register"
    ></bf-text-field>
    <bf-textarea
      name="activity"
      label=${text.activity}
      value=${'Boulangerie\nPâtisserie'}
      source="enterprise-register"
    ></bf-textarea>
  `);
}

const meta = {
  title: 'Patterns/Only once',
  render: knownValues,
  args: { source: 'national-register' },
  argTypes: {
    source: {
      control: 'select',
      options: [...Object.keys(knownSources), 'From your municipality'],
      description:
        'Where the street and municipality come from: a keyword, shown in the page language, or any text.',
    },
  },
  parameters: {
    docs: {
      description: {
        component: [
          'Any field can show what the government already knows: set its `value` and `source`.',
          'The answer shows as text with its source and a "This is not correct" button that opens',
          'the field; a correction is submitted with `<name>-corrected=true`. Presets',
          '(`preset="nrn"`) check Belgian numbers and group them while typing.',
          'See the "Only once" and "Field presets" guides.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<Args>;

export default meta;

const fieldsIn = async (canvas: HTMLElement) => {
  const fields = [
    ...canvas.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
      'bf-text-field, bf-select, bf-textarea',
    ),
  ];
  await Promise.all(fields.map((field) => field.updateComplete));
  return fields;
};

/** Known answers as text, each with its source; a read-only one has no button. */
export const KnownAnswers: Story = {
  play: async ({ canvasElement }) => {
    const fields = await fieldsIn(canvasElement);
    const buttons = canvasElement.querySelectorAll('[data-bf-field="correct"]');
    // The read-only national register number cannot be corrected here.
    await expect(buttons).toHaveLength(fields.length - 1);
    const data = new FormData(canvasElement.querySelector('form')!);
    await expect(data.get('nrn')).toBe('85073003328');
    await expect(data.has('street-corrected')).toBe(false);
  },
};

/** After "This is not correct": the field opens with the known answer in it, ready to change. */
export const Corrected: Story = {
  play: async ({ canvasElement }) => {
    const [street] = (await fieldsIn(canvasElement)) as BfTextField[];
    const button = street!.querySelector<HTMLButtonElement>('[data-bf-field="correct"]')!;
    await userEvent.click(button);
    await waitFor(() => expect(street!.control).toHaveFocus());
    await userEvent.type(street!.control!, 'a');
    const data = new FormData(canvasElement.querySelector('form')!);
    await expect(data.get('street-corrected')).toBe('true');
  },
};

/** One field per preset, in the toolbar's language. Values typed are grouped as people read them. */
export const Presets: Story = {
  render: (_args, context) => {
    const text = words[localeOf(context)];
    return form(html`
      <bf-text-field name="nrn" label=${text.nrn} hint=${text.nrnHint} preset="nrn"></bf-text-field>
      <bf-text-field name="iban" label=${text.iban} preset="iban"></bf-text-field>
      <bf-text-field
        name="enterprise"
        label=${text.enterprise}
        preset="enterprise-number"
      ></bf-text-field>
      <bf-text-field name="postcode" label=${text.postcode} preset="postcode"></bf-text-field>
      <bf-text-field name="phone" label=${text.phone} preset="phone"></bf-text-field>
    `);
  },
  play: async ({ canvasElement }) => {
    const [nrn] = (await fieldsIn(canvasElement)) as BfTextField[];
    await userEvent.type(nrn!.control!, '85073003328');
    await expect(nrn!.value).toBe('85.07.30-033.28');
  },
};

/** A preset with a bad value, after a submit attempt: the message says what is wrong. */
export const PresetError: Story = {
  render: (_args, context) => {
    const text = words[localeOf(context)];
    return form(
      html`<bf-text-field name="iban" label=${text.iban} preset="iban" required></bf-text-field>`,
    );
  },
  play: async ({ canvasElement }) => {
    const [iban] = (await fieldsIn(canvasElement)) as BfTextField[];
    await userEvent.type(iban!.control!, 'BE68 5390 0754 7035');
    iban!.reportValidity();
    await iban!.updateComplete;
    await expect(iban!.control).toHaveAttribute('aria-invalid', 'true');
    await expect(iban!.control).toHaveAccessibleDescription(
      expect.stringContaining(iban!.validationMessage),
    );
  },
};
