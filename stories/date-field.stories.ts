import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/date-field';
import '@belfry/components/button';
import { dateRules, type BfDateField, type DateRule } from '@belfry/components';
import { localeOf, type Locale } from './story-context';

/** The story args: the public properties of `<bf-date-field>`. */
type DateFieldArgs = {
  label: string;
  hint: string;
  name: string;
  value: string;
  min: string;
  max: string;
  mustBe: DateRule | '';
  dateName: string;
  autocomplete: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
};

type Story = StoryObj<DateFieldArgs>;

/** Story text in each language, as a public servant would write it. */
const text: Readonly<
  Record<
    Locale,
    {
      birth: string;
      birthName: string;
      moved: string;
      movedHint: string;
      movedName: string;
      send: string;
      sent: string;
      nothingSent: string;
      sentData: string;
    }
  >
> = {
  nl: {
    birth: 'Geboortedatum',
    birthName: 'de geboortedatum',
    moved: 'Wanneer bent u verhuisd?',
    movedHint: 'De dag waarop u in uw nieuwe woning bent gaan wonen, bijvoorbeeld 1 9 2026',
    movedName: 'de verhuisdatum',
    send: 'Verzenden',
    sent: 'Dit werd verzonden:',
    nothingSent: 'Nog niets verzonden.',
    sentData: 'Verzonden gegevens',
  },
  fr: {
    birth: 'Date de naissance',
    birthName: 'la date de naissance',
    moved: 'Quand avez-vous déménagé ?',
    movedHint:
      'Le jour où vous avez commencé à habiter votre nouveau logement, par exemple 1 9 2026',
    movedName: 'la date du déménagement',
    send: 'Envoyer',
    sent: 'Voici ce qui a été envoyé :',
    nothingSent: 'Rien n’a encore été envoyé.',
    sentData: 'Données envoyées',
  },
  de: {
    birth: 'Geburtsdatum',
    birthName: 'das Geburtsdatum',
    moved: 'Wann sind Sie umgezogen?',
    movedHint: 'Der Tag, an dem Sie in Ihre neue Wohnung gezogen sind, zum Beispiel 1 9 2026',
    movedName: 'das Umzugsdatum',
    send: 'Senden',
    sent: 'Das wurde gesendet:',
    nothingSent: 'Noch nichts gesendet.',
    sentData: 'Gesendete Daten',
  },
  en: {
    birth: 'Date of birth',
    birthName: 'the date of birth',
    moved: 'When did you move?',
    movedHint: 'The day you started living in your new home, for example 1 9 2026',
    movedName: 'the date you moved',
    send: 'Send',
    sent: 'This was sent:',
    nothingSent: 'Nothing sent yet.',
    sentData: 'Sent data',
  },
};

const textOf = (context: StoryContext<DateFieldArgs>) => text[localeOf(context)];

function renderField(args: DateFieldArgs, context: StoryContext<DateFieldArgs>) {
  const t = textOf(context);
  return html`<bf-date-field
    label=${args.label || t.birth}
    hint=${ifDefined(args.hint || undefined)}
    name=${args.name}
    value=${ifDefined(args.value || undefined)}
    min=${ifDefined(args.min || undefined)}
    max=${ifDefined(args.max || undefined)}
    must-be=${ifDefined(args.mustBe || undefined)}
    date-name=${args.dateName || t.birthName}
    autocomplete=${ifDefined(args.autocomplete || undefined)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
  ></bf-date-field>`;
}

async function fieldIn(canvasElement: HTMLElement): Promise<BfDateField> {
  const field = canvasElement.querySelector('bf-date-field');
  if (!field) throw new Error('no bf-date-field in the story');
  await field.updateComplete;
  return field;
}

const box = (field: BfDateField, part: 'day' | 'month' | 'year') =>
  field.querySelector<HTMLInputElement>(`:scope > input[slot="${part}"]`)!;

const textProperty = (description: string) => ({
  control: 'text' as const,
  description,
  table: { category: 'properties' },
});

// Rows the custom elements manifest adds that have no control of their own: attribute spellings
// of the properties above, read-only properties and the fields' shared API.
const documentedWithoutControl: ArgTypes = Object.fromEntries(
  [
    'must-be',
    'date-name',
    'defaultValue',
    'validators',
    'strings',
    'form',
    'control',
    'validity',
    'validationMessage',
    'willValidate',
  ].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Components/Date field',
  component: 'bf-date-field',
  render: (args, context) => renderField(args, context),
  args: {
    label: '',
    hint: '',
    name: 'birth-date',
    value: '',
    min: '',
    max: '',
    mustBe: 'past',
    dateName: '',
    autocomplete: 'bday',
    required: true,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    label: textProperty('The question. Empty: "Date of birth" in the toolbar’s language.'),
    hint: textProperty('Help under the question. Empty: an example in the page’s language.'),
    name: textProperty('The name the ISO date is submitted under.'),
    value: textProperty('The date the field starts with, ISO: 2007-03-27.'),
    min: textProperty('The earliest date allowed, ISO.'),
    max: textProperty('The latest date allowed, ISO.'),
    mustBe: {
      control: 'select',
      options: ['', ...dateRules],
      description: 'Where the date must be relative to today.',
      table: { category: 'properties' },
    },
    dateName: textProperty('How messages name the date. Empty: "the date of birth".'),
    autocomplete: {
      control: 'select',
      options: ['', 'bday', 'off'],
      table: { category: 'properties' },
    },
    required: { control: 'boolean', table: { category: 'properties' } },
    disabled: { control: 'boolean', table: { category: 'properties' } },
    readonly: { control: 'boolean', table: { category: 'properties' } },
    ...documentedWithoutControl,
  },
} satisfies Meta<DateFieldArgs>;

export default meta;

/** A date of birth: required, in the past, filled by the browser from a saved profile. */
export const DateOfBirth: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await userEvent.type(box(field, 'day'), '27');
    await userEvent.type(box(field, 'month'), '3');
    await userEvent.type(box(field, 'year'), '2007');
    await expect(field.value).toBe('2007-03-27');
    await expect(box(field, 'year')).toHaveAttribute('autocomplete', 'bday-year');
  },
};

/** A date already known: the boxes show it as people write it. */
export const WithValue: Story = {
  args: { value: '2007-03-05' },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(box(field, 'day')).toHaveValue('5');
    await expect(box(field, 'month')).toHaveValue('3');
    await expect(box(field, 'year')).toHaveValue('2007');
  },
};

/**
 * A failed submit with the year missing: the message says what is wrong, and only the year box
 * is marked.
 */
export const ErrorMissingYear: Story = {
  render: (args, context) =>
    html`<form @submit=${(event: Event) => event.preventDefault()}>
      ${renderField(args, context)}
      <p><bf-button type="submit">${textOf(context).send}</bf-button></p>
    </form>`,
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await userEvent.type(box(field, 'day'), '31');
    await userEvent.type(box(field, 'month'), '4');
    await userEvent.click(canvasElement.querySelector('bf-button')!);
    await waitFor(() => expect(box(field, 'year')).toHaveAttribute('aria-invalid', 'true'));
    await expect(box(field, 'day')).toHaveAttribute('aria-invalid', 'false');
    await expect(box(field, 'year')).toHaveFocus();
    await expect(field.querySelector('[slot="error"]')).not.toBeNull();
  },
};

/** 31 April does not exist: the message says how many days April has. */
export const ErrorNotARealDate: Story = {
  args: { value: '' },
  render: (args, context) =>
    html`<form @submit=${(event: Event) => event.preventDefault()}>
      ${renderField(args, context)}
      <p><bf-button type="submit">${textOf(context).send}</bf-button></p>
    </form>`,
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await userEvent.type(box(field, 'day'), '31');
    await userEvent.type(box(field, 'month'), '4');
    await userEvent.type(box(field, 'year'), '2007');
    await userEvent.click(canvasElement.querySelector('bf-button')!);
    await waitFor(() => expect(box(field, 'day')).toHaveAttribute('aria-invalid', 'true'));
    await expect(box(field, 'year')).toHaveAttribute('aria-invalid', 'false');
    await expect(field.value).toBe('');
  },
};

/** A recent date with its own hint and a range: the move must be in the last twelve months. */
export const DateInARange: Story = {
  args: {
    mustBe: 'today-or-past',
    min: '2025-12-01',
    autocomplete: '',
  },
  render: (args, context) => {
    const t = textOf(context);
    return renderField(
      { ...args, label: t.moved, hint: t.movedHint, dateName: t.movedName },
      context,
    );
  },
};

export const Disabled: Story = { args: { value: '2007-03-27', disabled: true } };

export const ReadOnly: Story = { args: { value: '2007-03-27', readonly: true } };

/** In a plain form: the date is submitted as one ISO value under the field's name. */
export const InAForm: Story = {
  args: { required: true },
  render: (args, context) => {
    const t = textOf(context);
    const show = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      // Text, never markup: what a user typed is shown as typed.
      form.querySelector('output')!.textContent = [
        t.sent,
        ...Array.from(new FormData(form), ([key, value]) => `${key}: ${String(value)}`),
      ].join('\n');
    };
    return html`<form @submit=${show} style="display: grid; gap: 1rem; max-inline-size: 30rem">
      ${renderField(args, context)}
      <p style="margin: 0"><bf-button type="submit">${t.send}</bf-button></p>
      <div style="display: grid; gap: 0.25rem">
        <span id="story-date-sent">${t.sentData}</span>
        <output aria-labelledby="story-date-sent" style="white-space: pre-line"
          >${t.nothingSent}</output
        >
      </div>
    </form>`;
  },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    box(field, 'day').focus();
    // A whole date pasted in the day box fills the three boxes.
    await userEvent.paste('27/03/2007');
    await expect(box(field, 'year')).toHaveValue('2007');
    await userEvent.click(canvasElement.querySelector('bf-button')!);
    const output = canvasElement.querySelector('output')!;
    await waitFor(() => expect(output).toHaveTextContent('birth-date: 2007-03-27'));
  },
};

/** Every language at once: the labels, the example and the messages follow `lang`. */
export const Languages: Story = {
  parameters: { controls: { disable: true } },
  render: () =>
    html`<div style="display: grid; gap: 2rem">
      ${(['nl', 'fr', 'de', 'en'] as const).map(
        (locale) =>
          html`<form lang=${`${locale}-BE`}>
            <bf-date-field
              label=${text[locale].birth}
              date-name=${text[locale].birthName}
              name="birth"
              required
            ></bf-date-field>
          </form>`,
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    const fields = Array.from(canvasElement.querySelectorAll('bf-date-field'));
    for (const field of fields) {
      await field.updateComplete;
      field.reportValidity();
    }
    await waitFor(() =>
      expect(fields.map((field) => field.querySelector('[slot="error"]'))).not.toContain(null),
    );
    await expect(fields[0]!.querySelector('[slot="error"]')).toHaveTextContent(
      'Vul de geboortedatum in.',
    );
  },
};
