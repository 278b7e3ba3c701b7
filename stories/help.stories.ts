import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/help';
// Known details show as text with their source once the known-value support is loaded.
import '@belfry/components/known-values';
import type { BfHelp, BfHelpOption } from '@belfry/components';
import { fullHelp, helpLocations, hours, phone, signedInCitizen, storyNow } from './help-content';
import { animationsFinished, localeOf, themeNames, themes } from './story-context';

type Story = StoryObj;

async function helpOf(canvasElement: HTMLElement): Promise<BfHelp> {
  const help = canvasElement.querySelector('bf-help');
  if (!help) throw new Error('no bf-help in the story');
  await help.updateComplete;
  return help;
}

async function optionOf(help: BfHelp, kind: string): Promise<BfHelpOption> {
  const option = [...help.querySelectorAll('bf-help-option')].find((each) => each.kind === kind);
  if (!option) throw new Error(`no ${kind} option`);
  await option.updateComplete;
  return option;
}

const entryOf = (help: BfHelp) =>
  help.shadowRoot!.querySelector<HTMLButtonElement>('[part="entry"]')!;

/** Fills in the call-back form as a citizen types, and sends it. */
async function sendCallback(option: BfHelpOption): Promise<void> {
  const root = option.shadowRoot!;
  const input = (name: string) =>
    root.querySelector<HTMLInputElement>(`input[name="${name}"], textarea[name="${name}"]`)!;
  await waitFor(() => expect(input('name')).toBeTruthy());
  await userEvent.type(input('name'), 'An Peeters');
  await userEvent.type(input('phone'), '0470 12 34 56');
  await userEvent.type(input('topic'), 'Attest');
  const submit = root.querySelector('bf-button[type="submit"]')!;
  await userEvent.click(submit.shadowRoot!.querySelector('button')!);
}

const meta = {
  title: 'Components/Help',
  component: 'bf-help',
  subcomponents: { 'bf-help-option': 'bf-help-option' },
  render: () => html`<bf-help phone=${phone} hours=${hours} .now=${storyNow}></bf-help>`,
  parameters: {
    docs: {
      description: {
        component: [
          'The help entry a site shows in the same place on every page (WCAG 3.2.6): "Need',
          'help?" opens the ways to reach a person or the digital assistant, in the order the',
          'agency chooses. Usable with attributes alone, richer with `<bf-help-option>` children.',
        ].join(' '),
      },
    },
  },
} satisfies Meta;

export default meta;

/** Attributes alone: a phone number and its hours. Click "Need help?" to open it. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const help = await helpOf(canvasElement);
    await userEvent.click(entryOf(help));
    await waitFor(() => expect(entryOf(help).getAttribute('aria-expanded')).toBe('true'));
  },
};

/** Every option, in the agency's order, open; the page's own words under each. */
export const EveryOption: Story = {
  render: (_args, context) => fullHelp(localeOf(context), { open: true }),
};

/** The same help in a modal dialog (`panel="dialog"`): for a site whose help sits in its header. */
export const InADialog: Story = {
  render: (_args, context) => fullHelp(localeOf(context), { panel: 'dialog' }),
  play: async ({ canvasElement }) => {
    const help = await helpOf(canvasElement);
    await userEvent.click(entryOf(help));
    // Opening a modal on a busy machine can take longer than waitFor's default second.
    await waitFor(() => expect(help.open).toBe(true), { timeout: 3000 });
    // The dialog fades in; the story's axe check judges it once it is fully shown.
    await animationsFinished();
  },
};

/** The call-back flow: the request is sent and the reference number shown, with focus on it. */
export const CallbackSuccess: Story = {
  render: (_args, context) => fullHelp(localeOf(context), { open: true, outcome: 'success' }),
  play: async ({ canvasElement }) => {
    const option = await optionOf(await helpOf(canvasElement), 'callback');
    await sendCallback(option);
    await waitFor(() => expect(option.callbackState).toBe('sent'), { timeout: 3000 });
    const confirmation = option.shadowRoot!.querySelector('[part="confirmation"]');
    await waitFor(() => expect(option.shadowRoot!.activeElement).toBe(confirmation));
  },
};

/**
 * A signed-in citizen: the service passes what it knows (`known`), so the name and phone number
 * show with where they come from, and the language they chose is proposed over the page's. They
 * can send at once; "This is not correct" opens a field to change it.
 */
export const CallbackSignedIn: Story = {
  name: 'Call back, signed in',
  render: (_args, context) =>
    fullHelp(localeOf(context), {
      open: true,
      outcome: 'success',
      known: signedInCitizen(localeOf(context)),
    }),
  play: async ({ canvasElement }) => {
    const option = await optionOf(await helpOf(canvasElement), 'callback');
    const root = option.shadowRoot!;
    // Nothing to type: the details show as text, with where they come from.
    const known = (name: string) =>
      root.querySelector(`bf-text-field[name="${name}"] > [data-bf-field="known"]`);
    await waitFor(() => expect(known('name')?.textContent).toBe('Marie Dubois'));
    await expect(known('phone')?.textContent).toBe('0470 98 76 54');
    await expect(
      root.querySelector<HTMLInputElement>('input[name="language"]:checked')?.value,
    ).toBe('fr');
  },
};

/** The service fails: every answer stays, the error is said, and "Try again" sends again. */
export const CallbackFailure: Story = {
  render: (_args, context) => fullHelp(localeOf(context), { open: true, outcome: 'failure' }),
  play: async ({ canvasElement }) => {
    const option = await optionOf(await helpOf(canvasElement), 'callback');
    await sendCallback(option);
    await waitFor(() => expect(option.callbackState).toBe('failed'), { timeout: 3000 });
    const name = option.shadowRoot!.querySelector<HTMLInputElement>('input[name="name"]')!;
    await expect(name.value).toBe('An Peeters');
  },
};

/** The citizen is offline: nothing is sent, every answer stays, and they can try again later. */
export const CallbackOffline: Story = {
  render: (_args, context) => fullHelp(localeOf(context), { open: true }),
  play: async ({ canvasElement }) => {
    const option = await optionOf(await helpOf(canvasElement), 'callback');
    // The browser's own state, as when the network drops; given back once the form has shown it.
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    try {
      await sendCallback(option);
      await waitFor(() => expect(option.callbackState).toBe('offline'));
    } finally {
      Object.defineProperty(Navigator.prototype, 'onLine', descriptor);
    }
  },
};

/** The finder: a postal code gives the nearest digital helpers and counters. */
export const FindAHelper: Story = {
  render: () =>
    html`<bf-help open .locations=${helpLocations}>
      <bf-help-option kind="finder"></bf-help-option>
    </bf-help>`,
  play: async ({ canvasElement }) => {
    const option = await optionOf(await helpOf(canvasElement), 'finder');
    const input = option.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    await waitFor(() => expect(input).toBeTruthy());
    await userEvent.type(input, '1030{Enter}');
    await waitFor(() => expect(option.shadowRoot!.querySelectorAll('.place').length).toBe(2));
  },
};

/** At 320 px (and 400 % zoom) nothing scrolls sideways (WCAG 1.4.10). */
export const SmallScreen: Story = {
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
  render: (_args, context) => fullHelp(localeOf(context), { open: true }),
  play: async ({ canvasElement }) => {
    await helpOf(canvasElement);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** The help in every theme, so that the story test checks its contrast in each. */
export const InEveryTheme: Story = {
  render: (_args, context) =>
    html`${themes.map(
      (theme) =>
        html`<section
          data-bf-theme=${theme}
          aria-label=${themeNames[theme]}
          style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
        >
          ${fullHelp(localeOf(context), { open: true, headingLevel: 2 })}
        </section>`,
    )}`,
  parameters: { controls: { disable: true } },
};
