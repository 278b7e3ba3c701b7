import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '@belfry/components/select';
import { selectStrings, type BfSelect } from '@belfry/components';
import { statesGrid } from './states-grid';
import { localeOf, showFormData, textFor, type Locale } from './story-context';

/** The story args: the public properties of `<bf-select>`. */
type SelectArgs = {
  label: string;
  hint: string;
  name: string;
  value: string;
  required: boolean;
  disabled: boolean;
  /** Adds the empty first option, with the built-in text unless `placeholderText` is set. */
  placeholder: boolean;
  placeholderText: string;
};

type Story = StoryObj<SelectArgs>;

/** The question and the options, in each language: Belgium's provinces by region. */
const provinceText: Readonly<
  Record<
    Locale,
    {
      label: string;
      hint: string;
      ownPlaceholder: string;
      regions: Record<'flanders' | 'wallonia' | 'brussels', string>;
      provinces: Record<string, string>;
    }
  >
> = {
  nl: {
    label: 'Provincie',
    hint: 'De provincie waar u woont.',
    ownPlaceholder: 'Kies uw provincie',
    regions: {
      flanders: 'Vlaams Gewest',
      wallonia: 'Waals Gewest',
      brussels: 'Brussels Hoofdstedelijk Gewest',
    },
    provinces: {
      VAN: 'Antwerpen',
      VLI: 'Limburg',
      VOV: 'Oost-Vlaanderen',
      VBR: 'Vlaams-Brabant',
      VWV: 'West-Vlaanderen',
      WHT: 'Henegouwen',
      WLG: 'Luik',
      WLX: 'Luxemburg',
      WNA: 'Namen',
      WBR: 'Waals-Brabant',
      BRU: 'Brussel',
    },
  },
  fr: {
    label: 'Province',
    hint: 'La province où vous habitez.',
    ownPlaceholder: 'Choisissez votre province',
    regions: {
      flanders: 'Région flamande',
      wallonia: 'Région wallonne',
      brussels: 'Région de Bruxelles-Capitale',
    },
    provinces: {
      VAN: 'Anvers',
      VLI: 'Limbourg',
      VOV: 'Flandre-Orientale',
      VBR: 'Brabant flamand',
      VWV: 'Flandre-Occidentale',
      WHT: 'Hainaut',
      WLG: 'Liège',
      WLX: 'Luxembourg',
      WNA: 'Namur',
      WBR: 'Brabant wallon',
      BRU: 'Bruxelles',
    },
  },
  de: {
    label: 'Provinz',
    hint: 'Die Provinz, in der Sie wohnen.',
    ownPlaceholder: 'Wählen Sie Ihre Provinz',
    regions: {
      flanders: 'Flämische Region',
      wallonia: 'Wallonische Region',
      brussels: 'Region Brüssel-Hauptstadt',
    },
    provinces: {
      VAN: 'Antwerpen',
      VLI: 'Limburg',
      VOV: 'Ostflandern',
      VBR: 'Flämisch-Brabant',
      VWV: 'Westflandern',
      WHT: 'Hennegau',
      WLG: 'Lüttich',
      WLX: 'Luxemburg',
      WNA: 'Namur',
      WBR: 'Wallonisch-Brabant',
      BRU: 'Brüssel',
    },
  },
  en: {
    label: 'Province',
    hint: 'The province where you live.',
    ownPlaceholder: 'Choose your province',
    regions: {
      flanders: 'Flemish Region',
      wallonia: 'Walloon Region',
      brussels: 'Brussels-Capital Region',
    },
    provinces: {
      VAN: 'Antwerp',
      VLI: 'Limburg',
      VOV: 'East Flanders',
      VBR: 'Flemish Brabant',
      VWV: 'West Flanders',
      WHT: 'Hainaut',
      WLG: 'Liège',
      WLX: 'Luxembourg',
      WNA: 'Namur',
      WBR: 'Walloon Brabant',
      BRU: 'Brussels',
    },
  },
};

const regions = {
  flanders: ['VAN', 'VLI', 'VOV', 'VBR', 'VWV'],
  wallonia: ['WHT', 'WLG', 'WLX', 'WNA', 'WBR'],
  brussels: ['BRU'],
} as const;

const textOf = (context: StoryContext<SelectArgs>) => provinceText[localeOf(context)];

/** The provinces as plain options, in the order citizens expect (Flanders, then Wallonia). */
function provinceOptions(context: StoryContext<SelectArgs>): TemplateResult[] {
  const t = textOf(context);
  return [...regions.flanders, ...regions.wallonia].map(
    (code) => html`<option value=${code}>${t.provinces[code]}</option>`,
  );
}

/** Renders one `<bf-select>` from the args, around `options` (the provinces by default). */
function renderSelect(
  args: SelectArgs,
  context: StoryContext<SelectArgs>,
  options: unknown = provinceOptions(context),
) {
  const t = textOf(context);
  const placeholder = args.placeholderText || (args.placeholder ? '' : undefined);
  return html`<bf-select
    label=${args.label || t.label}
    hint=${args.hint || t.hint}
    name=${ifDefined(args.name || undefined)}
    value=${ifDefined(args.value || undefined)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    placeholder=${placeholder ?? nothing}
    >${options}</bf-select
  >`;
}

async function firstSelect(canvasElement: HTMLElement): Promise<BfSelect> {
  const element = canvasElement.querySelector('bf-select');
  if (!element) throw new Error('no bf-select in the story');
  await element.updateComplete;
  return element;
}

/** The native `<select>` in the element's light DOM. */
function nativeSelect(element: BfSelect): HTMLSelectElement {
  const select = element.querySelector('select');
  if (!select) throw new Error('bf-select has no native <select>');
  return select;
}

// Rows the custom elements manifest adds to the API table that have no control here: a native
// select has no read-only state (the property is always false), and `form` is read-only.
const withoutControl: ArgTypes = Object.fromEntries(
  ['readonly', 'form', 'validators'].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Components/Select',
  component: 'bf-select',
  render: (args, context) => renderSelect(args, context),
  args: {
    label: '',
    hint: '',
    name: 'province',
    value: '',
    required: true,
    disabled: false,
    placeholder: false,
    placeholderText: '',
  },
  argTypes: {
    label: {
      control: 'text',
      description: 'The question. Empty: "Province" in the toolbar\'s language.',
      table: { category: 'properties' },
    },
    hint: {
      control: 'text',
      description: "Help under the label. Empty: the story's hint in the toolbar's language.",
      table: { category: 'properties' },
    },
    name: { control: 'text', table: { category: 'properties' } },
    value: {
      control: 'select',
      options: ['', ...regions.flanders, ...regions.wallonia],
      table: { category: 'properties' },
    },
    required: { control: 'boolean', table: { category: 'properties' } },
    disabled: { control: 'boolean', table: { category: 'properties' } },
    placeholder: {
      control: 'boolean',
      description: 'Adds the empty first option with its built-in text (placeholder="").',
      table: { category: 'properties' },
    },
    placeholderText: {
      control: 'text',
      description: 'Adds the empty first option with this text instead.',
      table: { category: 'properties' },
    },
    ...withoutControl,
  },
  parameters: {
    docs: {
      description: {
        component: [
          'One choice from a list, in a native `<select>` with a label, a hint and an error',
          'message. No custom dropdown: the browser draws the list. Options are the `<option>`s',
          'you write inside; write the `<select>` too where the form must work without JavaScript.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<SelectArgs>;

export default meta;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const element = await firstSelect(canvasElement);
    const select = nativeSelect(element);
    await expect(select.options).toHaveLength(10);
    // Without `placeholder`, nothing is added: the first province is chosen, as natively.
    await expect(element.value).toBe('VAN');
  },
};

/** `placeholder` adds an empty first option with "Choose an option" in the page's language. */
export const WithPlaceholder: Story = {
  args: { placeholder: true },
  play: async (context) => {
    const element = await firstSelect(context.canvasElement);
    const select = nativeSelect(element);
    await expect(select.options[0]?.text).toBe(
      selectStrings.catalogs[localeOf(context)].placeholder,
    );
    await expect(element.value).toBe('');
  },
};

export const WithOwnPlaceholderText: Story = {
  render: (args, context) =>
    renderSelect(
      { ...args, placeholderText: args.placeholderText || textOf(context).ownPlaceholder },
      context,
    ),
};

/** Long lists grouped with `<optgroup>`: screen readers read the group with each option. */
export const WithGroups: Story = {
  args: { placeholder: true },
  render: (args, context) => {
    const t = textOf(context);
    return renderSelect(
      args,
      context,
      (Object.keys(regions) as Array<keyof typeof regions>).map(
        (region) =>
          html`<optgroup label=${t.regions[region]}>
            ${regions[region].map(
              (code) => html`<option value=${code}>${t.provinces[code]}</option>`,
            )}
          </optgroup>`,
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const select = nativeSelect(await firstSelect(canvasElement));
    await expect(select.querySelectorAll('optgroup')).toHaveLength(3);
    await expect(select.options).toHaveLength(12);
  },
};

/**
 * The markup that works, and looks final, before and without JavaScript: the page writes the
 * `<label>`, the hint and the `<select>` (with its options) into their slots, and `bf-select`
 * adopts them.
 */
export const WrittenInTheMarkup: Story = {
  render: (_args, context) => {
    const t = textOf(context);
    return html`<bf-select>
      <label slot="label" for="story-province">${t.label}</label>
      <p slot="hint" id="story-province-hint">${t.hint}</p>
      <select
        slot="control"
        id="story-province"
        name="province"
        aria-describedby="story-province-hint"
        required
      >
        <option value="">${selectStrings.catalogs[localeOf(context)].placeholder}</option>
        ${provinceOptions(context)}
      </select>
    </bf-select>`;
  },
  play: async ({ canvasElement }) => {
    const element = await firstSelect(canvasElement);
    // Adopted, not doubled.
    await expect(element.querySelectorAll('select')).toHaveLength(1);
    await expect(element.querySelectorAll('label')).toHaveLength(1);
    await expect(nativeSelect(element)).toHaveAttribute('aria-describedby', 'story-province-hint');
    await expect(nativeSelect(element).id).toBe('story-province');
  },
};

/** After a failed submit: the error in words under the label, the select marked invalid. */
export const WithError: Story = {
  args: { placeholder: true },
  play: async ({ canvasElement }) => {
    const element = await firstSelect(canvasElement);
    element.reportValidity();
    await element.updateComplete;
    const select = nativeSelect(element);
    await expect(select).toHaveAttribute('aria-invalid', 'true');
    await expect(select).toHaveAccessibleDescription(
      expect.stringContaining(select.validationMessage),
    );
  },
};

export const Chosen: Story = {
  args: { placeholder: true, value: 'WLG' },
  play: async ({ canvasElement }) => {
    const select = nativeSelect(await firstSelect(canvasElement));
    await expect(select.value).toBe('WLG');
  },
};

export const Optional: Story = {
  args: { required: false, placeholder: true },
};

export const Disabled: Story = {
  args: { disabled: true, value: 'VOV' },
  play: async ({ canvasElement }) => {
    await expect(nativeSelect(await firstSelect(canvasElement))).toBeDisabled();
  },
};

/** At 320 px the select never grows wider than the screen, whatever its options. */
export const NarrowScreen: Story = {
  render: (args, context) =>
    html`<div style="inline-size: 288px; border: 1px dashed currentColor">
      ${renderSelect({ ...args, placeholder: true }, context, [
        html`<option value="long">${textFor(context).longLabel}</option>`,
        ...provinceOptions(context),
      ])}
    </div>`,
  play: async ({ canvasElement }) => {
    const element = await firstSelect(canvasElement);
    const container = element.parentElement as HTMLElement;
    await expect(nativeSelect(element).getBoundingClientRect().width).toBeLessThanOrEqual(
      container.clientWidth,
    );
  },
};

/** In a form: the native select submits, the form's reset restores it, and errors show on submit. */
export const InAForm: Story = {
  args: { placeholder: true },
  render: (args, context) => {
    const t = textFor(context);
    const showSubmission = showFormData(t.formSent);
    return html`<form
      @submit=${showSubmission}
      style="display: grid; gap: 1rem; max-inline-size: 30rem"
    >
      ${renderSelect(args, context)}
      <div><button type="submit">${t.send}</button></div>
      <output aria-label=${t.sentData} style="white-space: pre-line">${t.nothingSentYet}</output>
    </form>`;
  },
  play: async (context) => {
    const { canvasElement } = context;
    const t = textFor(context);
    const canvas = within(canvasElement);
    const element = await firstSelect(canvasElement);
    const select = nativeSelect(element);
    await userEvent.click(canvas.getByRole('button', { name: t.send }));
    // Nothing chosen: the error shows, and focus goes to the select.
    await waitFor(() => expect(select).toHaveAttribute('aria-invalid', 'true'));
    await expect(select).toHaveFocus();
    await userEvent.selectOptions(select, 'VLI');
    await waitFor(() => expect(select).not.toHaveAttribute('aria-invalid', 'true'));
    await userEvent.click(canvas.getByRole('button', { name: t.send }));
    const output = canvasElement.querySelector('output') as HTMLOutputElement;
    await waitFor(() => expect(output).toHaveTextContent('province: VLI'));
  },
};

/**
 * The states a citizen meets, side by side, for the guide. The error state shows after a submit
 * attempt (it takes focus), so it has its own story, WithError.
 */
export const States: Story = {
  render: (args, context) =>
    statesGrid([
      [
        'Nothing chosen yet',
        renderSelect({ ...args, name: 'province-empty', placeholder: true }, context),
      ],
      ['Chosen', renderSelect({ ...args, name: 'province-chosen', value: 'WLG' }, context)],
      [
        'Optional',
        renderSelect(
          { ...args, name: 'province-optional', required: false, placeholder: true },
          context,
        ),
      ],
      [
        'Disabled',
        renderSelect({ ...args, name: 'province-disabled', disabled: true, value: 'VOV' }, context),
      ],
    ]),
  parameters: { controls: { disable: true } },
  play: async ({ canvasElement }) => {
    const elements = [...canvasElement.querySelectorAll('bf-select')];
    await Promise.all(elements.map((element) => element.updateComplete));
    const [empty, chosen, , disabled] = elements as BfSelect[];
    // No error before the first attempt to send.
    await expect(nativeSelect(empty!)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(nativeSelect(chosen!).value).toBe('WLG');
    await expect(nativeSelect(disabled!)).toBeDisabled();
  },
};
