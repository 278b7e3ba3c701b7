import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '@belfry/components/textarea';
import type { BfTextarea } from '@belfry/components';
import { statesGrid } from './states-grid';
import { localeOf, showFormData, textFor, type Locale } from './story-context';

/** The story args: the public properties of `<bf-textarea>`. */
type TextareaArgs = {
  label: string;
  hint: string;
  name: string;
  value: string;
  required: boolean;
  readonly: boolean;
  disabled: boolean;
  autocomplete: string;
  rows: number;
  maxlength: number;
};

type Story = StoryObj<TextareaArgs>;

/** The question, its hint and an answer, in each language. */
const questionText: Readonly<
  Record<
    Locale,
    { label: string; hint: string; answer: string; address: string; addressHint: string }
  >
> = {
  nl: {
    label: 'Beschrijf uw vraag',
    hint: 'Vermeld geen rijksregisternummer of bankgegevens.',
    answer:
      'Ik ben op 1 maart verhuisd naar Gent. Mijn pensioen wordt nog op mijn oude adres verstuurd.',
    address: 'Uw adres in het buitenland',
    addressHint: 'Straat en huisnummer, postcode, gemeente en land.',
  },
  fr: {
    label: 'Décrivez votre question',
    hint: "N'indiquez pas de numéro de registre national ni de données bancaires.",
    answer:
      "J'ai déménagé à Namur le 1er mars. Ma pension est toujours envoyée à mon ancienne adresse.",
    address: "Votre adresse à l'étranger",
    addressHint: 'Rue et numéro, code postal, commune et pays.',
  },
  de: {
    label: 'Beschreiben Sie Ihre Frage',
    hint: 'Geben Sie keine Nationalregisternummer und keine Bankdaten an.',
    answer:
      'Ich bin am 1. März nach Eupen umgezogen. Meine Pension wird noch an meine alte Adresse geschickt.',
    address: 'Ihre Adresse im Ausland',
    addressHint: 'Straße und Hausnummer, Postleitzahl, Ort und Land.',
  },
  en: {
    label: 'Describe your question',
    hint: 'Do not include a national register number or bank details.',
    answer: 'I moved to Ghent on 1 March. My pension is still being sent to my old address.',
    address: 'Your address abroad',
    addressHint: 'Street and number, postcode, town and country.',
  },
};

const textOf = (context: StoryContext<TextareaArgs>) => questionText[localeOf(context)];

/** Renders one `<bf-textarea>` from the args; empty label and hint come in the toolbar's language. */
function renderTextarea(args: TextareaArgs, context: StoryContext<TextareaArgs>) {
  const t = textOf(context);
  return html`<bf-textarea
    label=${args.label || t.label}
    hint=${args.hint || t.hint}
    name=${ifDefined(args.name || undefined)}
    value=${ifDefined(args.value || undefined)}
    ?required=${args.required}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    autocomplete=${ifDefined(args.autocomplete || undefined)}
    rows=${ifDefined(args.rows || undefined)}
    maxlength=${ifDefined(args.maxlength || undefined)}
  ></bf-textarea>`;
}

async function firstTextarea(canvasElement: HTMLElement): Promise<BfTextarea> {
  const element = canvasElement.querySelector('bf-textarea');
  if (!element) throw new Error('no bf-textarea in the story');
  await element.updateComplete;
  return element;
}

/** The native `<textarea>` in the element's light DOM. */
function nativeTextarea(element: BfTextarea): HTMLTextAreaElement {
  const textarea = element.querySelector('textarea');
  if (!textarea) throw new Error('bf-textarea has no native <textarea>');
  return textarea;
}

/** The visible character count under the box. */
function count(element: BfTextarea): HTMLElement {
  const node = element.querySelector<HTMLElement>('[slot="count"]');
  if (!node) throw new Error('bf-textarea shows no character count');
  return node;
}

const meta = {
  title: 'Components/Textarea',
  component: 'bf-textarea',
  render: (args, context) => renderTextarea(args, context),
  args: {
    label: '',
    hint: '',
    name: 'question',
    value: '',
    required: true,
    readonly: false,
    disabled: false,
    autocomplete: '',
    rows: 5,
    maxlength: 0,
  },
  argTypes: {
    label: {
      control: 'text',
      description: "The question. Empty: the story's question in the toolbar's language.",
      table: { category: 'properties' },
    },
    hint: {
      control: 'text',
      description: "Help under the label. Empty: the story's hint in the toolbar's language.",
      table: { category: 'properties' },
    },
    name: { control: 'text', table: { category: 'properties' } },
    value: { control: 'text', table: { category: 'properties' } },
    required: { control: 'boolean', table: { category: 'properties' } },
    readonly: { control: 'boolean', table: { category: 'properties' } },
    disabled: { control: 'boolean', table: { category: 'properties' } },
    autocomplete: { control: 'text', table: { category: 'properties' } },
    rows: { control: { type: 'number', min: 2, max: 20 }, table: { category: 'properties' } },
    maxlength: {
      control: { type: 'number', min: 0 },
      description: 'Shows a character count; 0 for none.',
      table: { category: 'properties' },
    },
  },
  parameters: {
    docs: {
      description: {
        component: [
          'A box for longer text: a question, a description, a reason. A native `<textarea>`',
          'with a label, a hint, an error message and, with `maxlength`, a character count that',
          'screen readers hear when the citizen pauses.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<TextareaArgs>;

export default meta;

export const Default: Story = {
  play: async (context) => {
    const element = await firstTextarea(context.canvasElement);
    const textarea = nativeTextarea(element);
    // The label names the box; a required field has no "optional" in its name.
    await expect(textarea).toHaveAccessibleName(textOf(context).label);
    await expect(textarea.rows).toBe(5);
  },
};

/** `maxlength` shows how many characters are left, and is announced once typing pauses. */
export const WithCharacterCount: Story = {
  args: { maxlength: 200 },
  play: async ({ canvasElement }) => {
    const element = await firstTextarea(canvasElement);
    const textarea = nativeTextarea(element);
    await expect(count(element)).toHaveTextContent('200');
    await userEvent.type(textarea, 'Gent');
    await waitFor(() => expect(count(element)).toHaveTextContent('196'));
    await expect(textarea).toHaveAccessibleDescription(expect.stringContaining('196'));
  },
};

/**
 * Over the limit, the count says how many characters are too many, in words and colour; nothing
 * typed or pasted is cut off. On submit it is an error.
 */
export const OverTheLimit: Story = {
  args: { maxlength: 40 },
  render: (args, context) =>
    renderTextarea({ ...args, value: args.value || textOf(context).answer }, context),
  play: async ({ canvasElement }) => {
    const element = await firstTextarea(canvasElement);
    await expect(count(element)).toHaveAttribute('data-bf-over');
    await expect(element.value.length).toBeGreaterThan(40);
    await expect(element.checkValidity()).toBe(false);
  },
};

export const Filled: Story = {
  render: (args, context) =>
    renderTextarea({ ...args, value: args.value || textOf(context).answer }, context),
};

/** After a failed submit: the error in words under the label, the box marked invalid. */
export const WithError: Story = {
  play: async ({ canvasElement }) => {
    const element = await firstTextarea(canvasElement);
    element.reportValidity();
    await element.updateComplete;
    const textarea = nativeTextarea(element);
    await expect(textarea).toHaveAttribute('aria-invalid', 'true');
    await expect(textarea).toHaveAccessibleDescription(
      expect.stringContaining(textarea.validationMessage),
    );
  },
};

export const Optional: Story = {
  args: { required: false },
};

export const ReadOnly: Story = {
  args: { readonly: true },
  render: (args, context) =>
    renderTextarea({ ...args, value: args.value || textOf(context).answer }, context),
  play: async ({ canvasElement }) => {
    await expect(nativeTextarea(await firstTextarea(canvasElement))).toHaveAttribute('readonly');
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(nativeTextarea(await firstTextarea(canvasElement))).toBeDisabled();
  },
};

/** An address abroad, filled in by the browser: `autocomplete="street-address"`. */
export const WithAutocomplete: Story = {
  args: { autocomplete: 'street-address', rows: 3, name: 'address', required: false },
  render: (args, context) =>
    renderTextarea(
      {
        ...args,
        label: args.label || textOf(context).address,
        hint: args.hint || textOf(context).addressHint,
      },
      context,
    ),
  play: async ({ canvasElement }) => {
    const textarea = nativeTextarea(await firstTextarea(canvasElement));
    await expect(textarea).toHaveAttribute('autocomplete', 'street-address');
  },
};

/** At 320 px the box fills the width and only grows downwards; it never scrolls sideways. */
export const NarrowScreen: Story = {
  args: { maxlength: 500 },
  render: (args, context) =>
    html`<div style="inline-size: 288px; border: 1px dashed currentColor">
      ${renderTextarea({ ...args, value: args.value || textOf(context).answer }, context)}
    </div>`,
  play: async ({ canvasElement }) => {
    const element = await firstTextarea(canvasElement);
    const container = element.parentElement as HTMLElement;
    await expect(container.scrollWidth).toBeLessThanOrEqual(container.clientWidth);
    await expect(getComputedStyle(nativeTextarea(element)).resize).not.toBe('both');
  },
};

/** In a form: Enter makes a new line (it never submits), the text is submitted, errors show on submit. */
export const InAForm: Story = {
  args: { maxlength: 200 },
  render: (args, context) => {
    const t = textFor(context);
    const showSubmission = showFormData(t.formSent);
    return html`<form
      @submit=${showSubmission}
      style="display: grid; gap: 1rem; max-inline-size: 30rem"
    >
      ${renderTextarea(args, context)}
      <div><button type="submit">${t.send}</button></div>
      <output aria-label=${t.sentData} style="white-space: pre-line">${t.nothingSentYet}</output>
    </form>`;
  },
  play: async (context) => {
    const { canvasElement } = context;
    const t = textFor(context);
    const canvas = within(canvasElement);
    const element = await firstTextarea(canvasElement);
    const textarea = nativeTextarea(element);
    const output = canvasElement.querySelector('output') as HTMLOutputElement;
    await userEvent.click(canvas.getByRole('button', { name: t.send }));
    await waitFor(() => expect(textarea).toHaveAttribute('aria-invalid', 'true'));
    await expect(textarea).toHaveFocus();
    await userEvent.type(textarea, 'Gent{Enter}9000');
    // Enter made a new line; nothing was sent.
    await expect(output).toHaveTextContent(t.nothingSentYet);
    await waitFor(() => expect(textarea).not.toHaveAttribute('aria-invalid', 'true'));
    await userEvent.click(canvas.getByRole('button', { name: t.send }));
    await waitFor(() => expect(output).toHaveTextContent('question: Gent 9000'));
  },
};

/**
 * The states a citizen meets, side by side, for the guide. The error state shows after a submit
 * attempt (it takes focus), so it has its own story, WithError.
 */
export const States: Story = {
  render: (args, context) => {
    const answer = textOf(context).answer;
    return statesGrid([
      [
        'Empty, with a limit',
        renderTextarea({ ...args, name: 'question-empty', maxlength: 200 }, context),
      ],
      ['Filled in', renderTextarea({ ...args, name: 'question-filled', value: answer }, context)],
      [
        'Over the limit',
        renderTextarea({ ...args, name: 'question-over', value: answer, maxlength: 40 }, context),
      ],
      [
        'Read-only',
        renderTextarea(
          { ...args, name: 'question-readonly', value: answer, readonly: true },
          context,
        ),
      ],
      ['Disabled', renderTextarea({ ...args, name: 'question-disabled', disabled: true }, context)],
    ]);
  },
  parameters: { controls: { disable: true } },
  play: async ({ canvasElement }) => {
    const elements = [...canvasElement.querySelectorAll('bf-textarea')];
    await Promise.all(elements.map((element) => element.updateComplete));
    const [empty, , over, readOnly, disabled] = elements as BfTextarea[];
    // No error before the first attempt to send.
    await expect(nativeTextarea(empty!)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(count(over!)).toHaveAttribute('data-bf-over');
    await expect(nativeTextarea(readOnly!)).toHaveAttribute('readonly');
    await expect(nativeTextarea(disabled!)).toBeDisabled();
  },
};
