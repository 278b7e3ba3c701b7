import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/stepper';
import { formatStepLabel, type BfStepper } from '@belfry/components/stepper';
import { localeOf, themeNames, themes, type Locale } from './story-context';

type StepperArgs = { current: number };
type Story = StoryObj<StepperArgs>;

/** The five steps of a change of address, as a public servant would name them. */
const stepNames: Record<Locale, string[]> = {
  nl: ['Uw gegevens', 'Uw nieuwe adres', 'Verhuisdatum', 'Wie verhuist mee', 'Controleren'],
  fr: [
    'Vos données',
    'Votre nouvelle adresse',
    'Date du déménagement',
    'Qui déménage avec vous',
    'Vérifier',
  ],
  de: ['Ihre Angaben', 'Ihre neue Adresse', 'Umzugsdatum', 'Wer mit umzieht', 'Überprüfen'],
  en: ['Your details', 'Your new address', 'Moving date', 'Who moves with you', 'Check'],
};

const regions: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE', en: 'en-BE' };

/** The stepper at step `current` (from 1), every earlier step done and a link back. */
function stepper(locale: Locale, current: number, statuses: Record<number, string> = {}) {
  return html`<bf-stepper>
    ${stepNames[locale].map((name, index) => {
      const number = index + 1;
      const status =
        statuses[number] ??
        (number < current ? 'complete' : number === current ? 'current' : 'upcoming');
      return html`<bf-stepper-step status=${status} href=${`#step-${number}`}
        >${name}</bf-stepper-step
      >`;
    })}
  </bf-stepper>`;
}

/** The stepper above the page's heading, which starts with "Step 2 of 5". */
function page(locale: Locale, current: number) {
  const name = stepNames[locale][current - 1]!;
  return html`<div lang=${regions[locale]}>
    ${stepper(locale, current)}
    <h1>
      <span class="caption">${formatStepLabel(current, 5, regions[locale])}</span>
      ${name}
    </h1>
  </div>`;
}

const stepperOf = async (canvasElement: HTMLElement): Promise<BfStepper> => {
  const element = canvasElement.querySelector('bf-stepper');
  if (!element) throw new Error('no bf-stepper in the story');
  await element.updateComplete;
  await waitFor(() => expect(element.currentStep).toBeGreaterThan(0));
  return element;
};

const documentedWithoutControl: ArgTypes = Object.fromEntries(
  ['open', 'status', 'href', 'steps'].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Components/Stepper',
  component: 'bf-stepper',
  subcomponents: { 'bf-stepper-step': 'bf-stepper-step' },
  render: (args, context) => page(localeOf(context), args.current),
  args: { current: 2 },
  argTypes: {
    current: {
      control: { type: 'range', min: 1, max: 5 },
      description: 'The current step in this story (each step has its own `status`).',
      table: { category: 'story' },
    },
    ...documentedWithoutControl,
  },
  parameters: {
    docs: {
      description: {
        component: [
          'Where a citizen is in a procedure of several pages: "Step 2 of 5", the steps done',
          '(links back), the current step and those to come. On a small screen it folds into',
          '"Step 2 of 5: Your new address" with a button that shows every step.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<StepperArgs>;

export default meta;

/** Step 2 of 5, with the page's heading that starts with "Step 2 of 5". */
export const Default: Story = {};

/** A step with an answer to correct, and one that does not apply to this citizen. */
export const ErrorAndSkipped: Story = {
  render: (_args, context) =>
    html`<div lang=${regions[localeOf(context)]}>
      ${stepper(localeOf(context), 5, { 2: 'error', 4: 'skipped' })}
    </div>`,
};

/** In a single-page app: `bf-step-change` is prevented, and the app moves the current step. */
export const SinglePageApp: Story = {
  render: (_args, context) => {
    const locale = localeOf(context);
    const back = (event: CustomEvent<{ step: number }>) => {
      event.preventDefault();
      const element = event.currentTarget as BfStepper;
      element.steps.forEach((step, index) => {
        const number = index + 1;
        step.status =
          number < event.detail.step
            ? 'complete'
            : number === event.detail.step
              ? 'current'
              : 'upcoming';
      });
    };
    return html`<div lang=${regions[locale]}>
      <bf-stepper @bf-step-change=${back}>
        ${stepNames[locale].map(
          (name, index) =>
            html`<bf-stepper-step
              status=${index < 3 ? 'complete' : index === 3 ? 'current' : 'upcoming'}
              href=${`#step-${index + 1}`}
              >${name}</bf-stepper-step
            >`,
        )}
      </bf-stepper>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const element = await stepperOf(canvasElement);
    const link = element.steps[0]!.shadowRoot!.querySelector('a')!;
    await userEvent.click(link);
    await waitFor(() => expect(element.currentStep).toBe(1));
  },
};

/** At 320 px: "Step 2 of 5: Your new address" and a button that shows every step. */
export const SmallScreen: Story = {
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
  play: async ({ canvasElement }) => {
    const element = await stepperOf(canvasElement);
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** The stepper in every theme, so that the story test checks its contrast in each. */
export const InEveryTheme: Story = {
  render: (_args, context) =>
    html`${themes.map(
      (theme) =>
        html`<section
          data-bf-theme=${theme}
          aria-label=${themeNames[theme]}
          lang=${regions[localeOf(context)]}
          style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
        >
          ${stepper(localeOf(context), 3, { 2: 'error' })}
        </section>`,
    )}`,
  parameters: { controls: { disable: true } },
};
