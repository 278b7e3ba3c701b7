import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, svg, type SVGTemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '@belfry/components/button';
import {
  buttonTypes,
  buttonVariants,
  buttonStrings,
  type BfButton,
  type ButtonType,
  type ButtonVariant,
} from '@belfry/components';
import { localeOf, showFormData, textFor, themeNames, themes } from './story-context';

/** The story args: every public property of `<bf-button>`, plus its text (the default slot). */
type ButtonArgs = {
  text: string;
  variant: ButtonVariant;
  type: ButtonType;
  disabled: boolean;
  loading: boolean;
  href: string;
  target: string;
  rel: string;
  download: string;
  name: string;
  value: string;
  label: string;
  fullWidth: boolean;
  formAction: string;
  formEnctype: string;
  formMethod: string;
  formNoValidate: boolean;
  formTarget: string;
};

type Story = StoryObj<ButtonArgs>;

// Decorative icons: hidden from assistive technology, sized with the text, coloured by it. The
// shapes are `svg` templates, so Lit creates them in the SVG namespace.
const icon = (path: SVGTemplateResult, slot?: string) =>
  html`<svg
    slot=${ifDefined(slot)}
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 24 24"
    width="1.25em"
    height="1.25em"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${path}
  </svg>`;
const arrowLeft = svg`<path d="M19 12H5M11 18l-6-6 6-6" />`;
const arrowRight = svg`<path d="M5 12h14M13 6l6 6-6 6" />`;
const magnifier = svg`<circle cx="11" cy="11" r="7" /><path d="M20 20l-4-4" />`;
const downloadArrow = svg`<path d="M12 4v11M7 10l5 5 5-5M5 20h14" />`;

/** Renders one `<bf-button>` from the args; empty text falls back to "Send" in the story's language. */
function renderButton(args: ButtonArgs, context: StoryContext<ButtonArgs>, content?: unknown) {
  return html`<bf-button
    variant=${args.variant}
    type=${args.type}
    ?disabled=${args.disabled}
    ?loading=${args.loading}
    href=${ifDefined(args.href || undefined)}
    target=${ifDefined(args.target || undefined)}
    rel=${ifDefined(args.rel || undefined)}
    download=${ifDefined(args.download || undefined)}
    name=${ifDefined(args.name || undefined)}
    value=${ifDefined(args.value || undefined)}
    label=${ifDefined(args.label || undefined)}
    ?full-width=${args.fullWidth}
    formaction=${ifDefined(args.formAction || undefined)}
    formenctype=${ifDefined(args.formEnctype || undefined)}
    formmethod=${ifDefined(args.formMethod || undefined)}
    ?formnovalidate=${args.formNoValidate}
    formtarget=${ifDefined(args.formTarget || undefined)}
    >${content ?? (args.text || textFor(context).send)}</bf-button
  >`;
}

/** Every icon is a real SVG shape (not an unknown HTML element), drawn, and hidden from screen readers. */
async function expectDecorativeIcons(canvasElement: HTMLElement, count: number) {
  const icons = Array.from(canvasElement.querySelectorAll('bf-button svg'));
  await expect(icons).toHaveLength(count);
  for (const svgIcon of icons) {
    await expect(svgIcon).toHaveAttribute('aria-hidden', 'true');
    await expect(svgIcon.firstElementChild).toBeInstanceOf(SVGGeometryElement);
    await expect(svgIcon.getBoundingClientRect().width).toBeGreaterThan(0);
  }
}

/** The native control inside a `<bf-button>`'s shadow root. */
function innerControl(host: Element | null): HTMLElement {
  const control = (host as BfButton | null)?.shadowRoot?.querySelector<HTMLElement>(
    '[part="base"]',
  );
  if (!control) throw new Error('bf-button rendered no [part="base"] control');
  return control;
}

async function firstButton(canvasElement: HTMLElement): Promise<BfButton> {
  const button = canvasElement.querySelector('bf-button');
  if (!button) throw new Error('no bf-button in the story');
  await button.updateComplete;
  return button;
}

const textProperty = (description: string, category = 'properties') => ({
  control: 'text' as const,
  description,
  table: { category },
});

// Rows the custom elements manifest adds to the API table that have no control of their own:
// attribute spellings of the properties above (set through the property), the icon slots
// (shown in the "With icons" story) and the read-only `form`.
const documentedWithoutControl: ArgTypes = Object.fromEntries(
  [
    'full-width',
    'formaction',
    'formenctype',
    'formmethod',
    'formnovalidate',
    'formtarget',
    'start',
    'end',
    'form',
  ].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Components/Button',
  component: 'bf-button',
  render: (args, context) => renderButton(args, context),
  args: {
    text: '',
    variant: 'primary',
    type: 'button',
    disabled: false,
    loading: false,
    href: '',
    target: '',
    rel: '',
    download: '',
    name: '',
    value: '',
    label: '',
    fullWidth: false,
    formAction: '',
    formEnctype: '',
    formMethod: '',
    formNoValidate: false,
    formTarget: '',
  },
  argTypes: {
    text: {
      control: 'text',
      description:
        'The button\'s text (default slot). Say what happens: "Send application". Empty: "Send" in the toolbar\'s language.',
      table: { category: 'slots' },
    },
    variant: {
      control: 'select',
      options: buttonVariants,
      description: 'The visual weight. One primary button per screen, for the main action.',
      table: { category: 'properties', defaultValue: { summary: 'primary' } },
    },
    type: {
      control: 'select',
      options: buttonTypes,
      description: 'What the button does in a form.',
      table: { category: 'properties', defaultValue: { summary: 'button' } },
    },
    disabled: { control: 'boolean', table: { category: 'properties' } },
    loading: { control: 'boolean', table: { category: 'properties' } },
    href: textProperty('Turns the button into a link to this URL.'),
    target: {
      control: 'select',
      options: ['', '_blank', '_self'],
      table: { category: 'properties' },
    },
    rel: textProperty("The link's rel."),
    download: textProperty('Downloads the link target; the value is the suggested file name.'),
    name: textProperty('Submitted with the form, with value, when this button submits it.'),
    value: textProperty('Submitted with name when this button submits the form.'),
    label: textProperty('Accessible name for a button that shows only an icon.'),
    fullWidth: { control: 'boolean', table: { category: 'properties' } },
    formAction: textProperty("Overrides the form's action.", 'form overrides'),
    formEnctype: textProperty("Overrides the form's enctype.", 'form overrides'),
    formMethod: textProperty("Overrides the form's method.", 'form overrides'),
    formNoValidate: { control: 'boolean', table: { category: 'form overrides' } },
    formTarget: textProperty("Overrides the form's target.", 'form overrides'),
    ...documentedWithoutControl,
  },
  parameters: {
    docs: {
      description: {
        component: [
          'A button for actions and form submission, or a link styled as a button (`href`).',
          'Use **primary** for the one main action of a page, **secondary** for the others,',
          '**tertiary** for low-emphasis actions, and **danger** only for actions that destroy',
          'something. Write the text as a verb that says what happens.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<ButtonArgs>;

export default meta;

export const Primary: Story = {
  play: async ({ canvasElement }) => {
    const button = await firstButton(canvasElement);
    await expect(button.variant).toBe('primary');
    await expect(innerControl(button).tagName).toBe('BUTTON');
  },
};

export const Secondary: Story = {
  args: { variant: 'secondary' },
  render: (args, context) => renderButton(args, context, args.text || textFor(context).cancel),
};

export const Tertiary: Story = {
  args: { variant: 'tertiary' },
  render: (args, context) => renderButton(args, context, args.text || textFor(context).back),
};

export const Danger: Story = {
  args: { variant: 'danger' },
  render: (args, context) => renderButton(args, context, args.text || textFor(context).delete),
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    const button = await firstButton(canvasElement);
    await expect(innerControl(button)).toBeDisabled();
  },
};

/**
 * Shows a spinner, keeps its width and stays focusable; "Loading", in the page's language, is part
 * of its name. Each time `loading` turns on, "Loading" is announced through the page's announcer
 * (a button busy from the start, like this one on first render, is not announced).
 */
export const Loading: Story = {
  args: { loading: true },
  play: async (context) => {
    const button = await firstButton(context.canvasElement);
    const control = innerControl(button);
    await expect(control).toHaveAttribute('aria-disabled', 'true');
    await expect(control).not.toBeDisabled();
    button.focus();
    await expect(button.shadowRoot?.activeElement).toBe(control);
    const loadingText = buttonStrings.catalogs[localeOf(context)].loading;
    await expect(control.textContent).toContain(loadingText);
    // Starting again is announced through the page's one live region.
    button.loading = false;
    await button.updateComplete;
    button.loading = true;
    await button.updateComplete;
    await waitFor(() =>
      expect(document.querySelector('[data-bf-announcer="polite"]')?.textContent?.trim()).toBe(
        loadingText,
      ),
    );
  },
};

export const AsLink: Story = {
  args: { href: '/en/pensions/your-pension', variant: 'secondary' },
  render: (args, context) => renderButton(args, context, args.text || textFor(context).readMore),
  play: async ({ canvasElement, args }) => {
    const link = innerControl(await firstButton(canvasElement));
    await expect(link.tagName).toBe('A');
    await expect(link).toHaveAttribute('href', args.href);
  },
};

/** Icons go in the `start` and `end` slots, hidden from screen readers: the text says it all. */
export const WithIcons: Story = {
  render: (args, context) => {
    const t = textFor(context);
    return html`<div style="display: flex; flex-wrap: wrap; gap: 1rem">
      ${renderButton({ ...args, variant: 'secondary' }, context, html`${icon(arrowLeft, 'start')}${t.back}`)}
      ${renderButton(args, context, html`${args.text || t.next}${icon(arrowRight, 'end')}`)}
      ${renderButton(
        {
          ...args,
          variant: 'tertiary',
          href: '/documents/pension-statement.pdf',
          download: 'pension-statement.pdf',
        },
        context,
        html`${icon(downloadArrow, 'start')}${t.download}`,
      )}
    </div>`;
  },
  play: async ({ canvasElement }) => expectDecorativeIcons(canvasElement, 3),
};

/** Without visible text, `label` gives the button its accessible name. */
export const IconOnly: Story = {
  args: { variant: 'secondary' },
  render: (args, context) =>
    renderButton(
      { ...args, label: args.label || textFor(context).search },
      context,
      icon(magnifier),
    ),
  play: async (context) => {
    const control = innerControl(await firstButton(context.canvasElement));
    await expect(control).toHaveAccessibleName(context.args.label || textFor(context).search);
    await expectDecorativeIcons(context.canvasElement, 1);
  },
};

/** Words of the menu, toggle and new-tab stories, in the toolbar's language. */
const stateText = {
  nl: { menu: 'Menu', home: 'Startpagina', contact: 'Contact', bold: 'Vet', site: 'belgium.be' },
  fr: { menu: 'Menu', home: 'Accueil', contact: 'Contact', bold: 'Gras', site: 'belgium.be' },
  de: { menu: 'Menü', home: 'Startseite', contact: 'Kontakt', bold: 'Fett', site: 'belgium.be' },
  en: { menu: 'Menu', home: 'Home', contact: 'Contact', bold: 'Bold', site: 'belgium.be' },
};

// Menu links as a navigation would draw them: a whole row high, so they are easy to hit.
const menuLink = 'display: inline-block; padding-block: var(--bf-space-3, 0.75rem)';

/**
 * A menu button: `expanded` says whether the menu is open, `controls` names it. The page opens
 * and closes the menu and sets `expanded`; the button announces the state.
 */
export const MenuButton: Story = {
  render: (_args, context) => {
    const t = stateText[localeOf(context)];
    const toggle = (event: Event) => {
      const button = event.currentTarget as BfButton;
      button.expanded = !button.expanded;
      const menu = button.ownerDocument.getElementById('story-menu');
      if (menu) menu.hidden = !button.expanded;
    };
    return html`<bf-button
        variant="secondary"
        expanded="false"
        controls="story-menu"
        @click=${toggle}
        >${t.menu}</bf-button
      >
      <ul id="story-menu" hidden>
        <li><a href="#home" style=${menuLink}>${t.home}</a></li>
        <li><a href="#contact" style=${menuLink}>${t.contact}</a></li>
      </ul>`;
  },
  play: async ({ canvasElement }) => {
    const host = await firstButton(canvasElement);
    const control = innerControl(host);
    await expect(control).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(control);
    await waitFor(() => expect(control).toHaveAttribute('aria-expanded', 'true'));
    await expect(canvasElement.querySelector('#story-menu')).toBeVisible();
  },
};

/** A toggle button: `pressed` switches itself when the button is activated. */
export const ToggleButton: Story = {
  render: (_args, context) =>
    html`<bf-button variant="secondary" pressed="false"
      >${stateText[localeOf(context)].bold}</bf-button
    >`,
  play: async ({ canvasElement }) => {
    const control = innerControl(await firstButton(canvasElement));
    await expect(control).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(control);
    await waitFor(() => expect(control).toHaveAttribute('aria-pressed', 'true'));
  },
};

/** A link that opens a new tab shows a sign after its text and says so to screen readers. */
export const LinkToNewTab: Story = {
  render: (_args, context) =>
    html`<bf-button variant="secondary" href="https://www.belgium.be" target="_blank"
      >${stateText[localeOf(context)].site}</bf-button
    >`,
  play: async ({ canvasElement }) => {
    const host = await firstButton(canvasElement);
    const sign = host.shadowRoot?.querySelector('[part="new-tab-icon"]');
    await expect(sign).toHaveAttribute('aria-hidden', 'true');
    await expect(innerControl(host)).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

export const FullWidth: Story = {
  args: { fullWidth: true },
  play: async ({ canvasElement }) => {
    const button = await firstButton(canvasElement);
    const container = button.parentElement as HTMLElement;
    const style = getComputedStyle(container);
    const available =
      container.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    await expect(innerControl(button).getBoundingClientRect().width).toBeGreaterThanOrEqual(
      available - 1,
    );
  },
};

/**
 * A form with a labelled field, a submit and a reset button. On submit the form shows what it
 * would send (the submitting button's `name` and `value` included) instead of leaving the page.
 */
export const InAForm: Story = {
  args: { type: 'submit', name: 'action', value: 'send' },
  render: (args, context) => {
    const t = textFor(context);
    const showSubmission = showFormData(t.formSent);
    const clearSubmission = (event: Event) => {
      const output = (event.currentTarget as HTMLFormElement).querySelector(
        'output',
      ) as HTMLOutputElement;
      output.textContent = t.nothingSentYet;
    };
    return html`<form
      @submit=${showSubmission}
      @reset=${clearSubmission}
      style="display: grid; gap: 1rem; max-inline-size: 30rem"
    >
      <div style="display: grid; gap: 0.25rem">
        <label for="story-full-name">${t.fullName}</label>
        <input
          id="story-full-name"
          name="fullName"
          type="text"
          autocomplete="name"
          style="font: inherit; padding: 0.5rem"
        />
      </div>
      <div style="display: flex; flex-wrap: wrap; gap: 1rem">
        ${renderButton(args, context)}
        ${renderButton({ ...meta.args, variant: 'secondary', type: 'reset' }, context, t.cancel)}
      </div>
      <div style="display: grid; gap: 0.25rem">
        <label for="story-sent-data">${t.sentData}</label>
        <output id="story-sent-data" style="white-space: pre-line">${t.nothingSentYet}</output>
      </div>
    </form>`;
  },
  play: async (context) => {
    const { canvasElement, args } = context;
    const t = textFor(context);
    const canvas = within(canvasElement);
    const field = canvas.getByLabelText(t.fullName);
    await userEvent.type(field, 'Marie Dubois-Peeters');
    const [submit, reset] = Array.from(canvasElement.querySelectorAll('bf-button'));
    await userEvent.click(submit as BfButton);
    const output = canvasElement.querySelector('output') as HTMLOutputElement;
    await waitFor(() => expect(output).toHaveTextContent('fullName: Marie Dubois-Peeters'));
    await expect(output).toHaveTextContent(`${args.name}: ${args.value}`);
    await userEvent.click(reset as BfButton);
    await expect(field).toHaveValue('');
    await expect(output).toHaveTextContent(t.nothingSentYet);
  },
};

const variantText = (variant: ButtonVariant, context: StoryContext<ButtonArgs>) => {
  const t = textFor(context);
  return { primary: t.send, secondary: t.save, tertiary: t.cancel, danger: t.delete }[variant];
};

function variantGrid(args: ButtonArgs, context: StoryContext<ButtonArgs>) {
  const states: Array<[string, Partial<ButtonArgs>]> = [
    ['default', {}],
    ['with icon', {}],
    ['loading', { loading: true }],
    ['disabled', { disabled: true }],
    ['link', { href: '#' }],
  ];
  const cell = 'padding: 0.5rem; text-align: start; vertical-align: middle';
  // The headers are for reviewers, in English (marked as such); the buttons follow the toolbar.
  // A wide review grid scrolls inside its own box at 320 px, never the page (WCAG 1.4.10).
  return html`<div style="max-inline-size: 100%; overflow-x: auto">
    <table style="border-collapse: collapse">
      <caption lang="en" style="text-align: start; font-weight: 700; padding-block-end: 0.5rem">
        Every variant in every state
      </caption>
      <thead>
        <tr>
          <td></td>
          ${states.map(([state]) => html`<th scope="col" lang="en" style=${cell}>${state}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${buttonVariants.map(
          (variant) =>
            html`<tr>
              <th scope="row" lang="en" style=${cell}><code>${variant}</code></th>
              ${states.map(
                ([state, overrides]) =>
                  html`<td style=${cell}>
                    ${renderButton(
                      { ...args, ...overrides, variant },
                      context,
                      state === 'with icon'
                        ? html`${variantText(variant, context)}${icon(arrowRight, 'end')}`
                        : variantText(variant, context),
                    )}
                  </td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Every variant in every state, for visual review. Switch the theme in the toolbar. */
export const AllVariants: Story = {
  render: (args, context) => variantGrid(args, context),
  parameters: { controls: { disable: true } },
};

/**
 * The grid once per theme, each on its own surface, so that the story test checks the contrast
 * of every variant in every theme.
 */
export const AllVariantsInEveryTheme: Story = {
  render: (args, context) =>
    html`${themes.map(
      (theme) =>
        html`<section
          data-bf-theme=${theme}
          aria-label=${themeNames[theme]}
          lang="en"
          style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem; box-sizing: border-box; inline-size: fit-content; max-inline-size: 100%"
        >
          <h2 style="margin-block: 0 0.5rem; font-size: 1.125rem">${themeNames[theme]}</h2>
          <div lang=${localeOf(context)}>${variantGrid(args, context)}</div>
        </section>`,
    )}`,
  parameters: { controls: { disable: true } },
};

/** A long text wraps inside the button at 320 px (WCAG 1.4.10 Reflow) instead of overflowing. */
export const LongLabel: Story = {
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
  render: (args, context) => renderButton(args, context, args.text || textFor(context).longLabel),
  play: async ({ canvasElement }) => {
    const button = await firstButton(canvasElement);
    const control = innerControl(button);
    const style = getComputedStyle(control);
    const lineHeight = parseFloat(style.lineHeight);
    const textHeight =
      control.clientHeight -
      parseFloat(style.paddingBlockStart) -
      parseFloat(style.paddingBlockEnd);
    // Wrapped onto more than one line …
    await expect(textHeight).toBeGreaterThanOrEqual(lineHeight * 2 - 1);
    // … and nothing scrolls sideways.
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    await expect(control.getBoundingClientRect().right).toBeLessThanOrEqual(window.innerWidth);
  },
};
