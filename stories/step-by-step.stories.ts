import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/step-by-step';
import type { BfStepByStep, StepByStepVariant } from '@belfry/components';
import { localeOf, themeNames, themes, type Locale } from './story-context';
import { movingHouse } from './step-by-step-text';

type StepByStepArgs = { variant: StepByStepVariant; signedIn: boolean; headingLevel: number };
type Story = StoryObj<StepByStepArgs>;

const listOf = async (canvasElement: HTMLElement): Promise<BfStepByStep> => {
  const list = canvasElement.querySelector('bf-step-by-step');
  if (!list) throw new Error('no bf-step-by-step in the story');
  await list.updateComplete;
  await Promise.all(list.items.map((item) => item.updateComplete));
  return list;
};

/** The "Moving house" life event; `remember` keeps opened steps for the tab's session. */
function lifeEvent(
  locale: Locale,
  { variant, signedIn, headingLevel }: StepByStepArgs,
  remember = 'moving-house',
) {
  return html`<bf-step-by-step
    variant=${variant}
    heading-level=${headingLevel}
    remember=${remember}
  >
    ${movingHouse[locale].steps.map(
      (step) =>
        html`<bf-step-by-step-item
          id=${`${remember}-${step.id}`}
          heading=${step.heading}
          logic=${step.logic ?? nothing}
          ?optional=${step.optional ?? false}
          status=${signedIn ? step.status : nothing}
        >
          <p>${step.text}</p>
          <ul>
            ${step.facts.map((fact) => html`<li>${fact}</li>`)}
          </ul>
          <p><a href=${step.link.href}>${step.link.text}</a></p>
        </bf-step-by-step-item>`,
    )}
  </bf-step-by-step>`;
}

/** The life event's own page: its title, a sentence, the steps. */
function page(locale: Locale, args: StepByStepArgs, remember?: string) {
  const text = movingHouse[locale];
  return html`<h1>${text.title}</h1>
    <p>${text.intro}</p>
    ${lifeEvent(locale, args, remember)}`;
}

const documentedWithoutControl: ArgTypes = Object.fromEntries(
  ['heading-level', 'remember', 'items', 'open', 'heading', 'logic', 'optional', 'status'].map(
    (name) => [name, { control: false }],
  ),
);

const meta = {
  title: 'Components/Step by step',
  component: 'bf-step-by-step',
  subcomponents: { 'bf-step-by-step-item': 'bf-step-by-step-item' },
  render: (args, context) => page(localeOf(context), args),
  args: { variant: 'page', signedIn: false, headingLevel: 2 },
  argTypes: {
    variant: {
      control: 'inline-radio',
      options: ['page', 'compact'],
      description: 'The life event’s own page, or a compact sidebar next to one step’s page.',
      table: { category: 'properties', defaultValue: { summary: 'page' } },
    },
    signedIn: {
      control: 'boolean',
      description: 'Shows each step’s status, as a page that knows the citizen would.',
      table: { category: 'story' },
    },
    headingLevel: {
      control: 'select',
      options: [2, 3, 4, 5, 6],
      description: "The steps' heading level, to fit the page's outline.",
      table: { category: 'properties', defaultValue: { summary: '2' } },
    },
    ...documentedWithoutControl,
  },
  parameters: {
    docs: {
      description: {
        component: [
          'The overview of a life event: numbered steps, "and" / "or" between steps, optional',
          'steps and, for a signed-in citizen, a status per step. Each heading shows and hides',
          'its step; opened steps are remembered for the tab. Without the script, every step',
          'is shown.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<StepByStepArgs>;

export default meta;

/** "Moving house": nine steps, closed. Click a heading, or "Show all steps". */
export const MovingHouse: Story = {
  render: (args, context) => page(localeOf(context), args, 'story-moving-house'),
  play: async ({ canvasElement }) => {
    const list = await listOf(canvasElement);
    list.forgetOpenSteps();
    const [first] = list.items;
    const button = first!.shadowRoot!.querySelector('button')!;
    await userEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
    await userEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('false'));
    list.forgetOpenSteps();
  },
};

/** For a signed-in citizen: each step's status in words and an icon, never colour alone. */
export const SignedIn: Story = {
  args: { signedIn: true },
  render: (args, context) => page(localeOf(context), args, 'story-signed-in'),
};

/** "Show all steps" opens every step and becomes "Hide all steps". */
export const ShowAllSteps: Story = {
  render: (args, context) => page(localeOf(context), args, 'story-show-all'),
  play: async ({ canvasElement }) => {
    const list = await listOf(canvasElement);
    const toggle = list.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle-all"]')!;
    if (list.items.every((item) => item.open)) list.hideAll();
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('false'));
    await userEvent.click(toggle);
    await waitFor(() => expect(list.items.every((item) => item.open)).toBe(true));
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
    list.forgetOpenSteps();
  },
};

/**
 * The sidebar: the page of one step, with the whole life event next to it, compact, its current
 * step open. It wraps under the page on narrow screens. (A page puts it in an `<aside>` outside
 * its `<main>`; the story's frame is itself the main landmark, so a section stands in for it.)
 */
export const Sidebar: Story = {
  args: { variant: 'compact', signedIn: true, headingLevel: 2 },
  render: (args, context) => {
    const locale = localeOf(context);
    const text = movingHouse[locale];
    return html`<div style="display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start">
      <div style="flex: 2 1 20rem; min-inline-size: 0">
        <h1>${text.sidebarTitle}</h1>
        <p>${text.sidebarPage}</p>
      </div>
      <section aria-labelledby="life-event" style="flex: 1 1 16rem; min-inline-size: 0">
        <h2 id="life-event">${text.title}</h2>
        ${lifeEvent(locale, { ...args, headingLevel: 3 }, 'story-sidebar')}
      </section>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const list = await listOf(canvasElement);
    await expect(list.getAttribute('variant')).toBe('compact');
    list.items[0]!.show();
  },
};

/** At 320 px headings wrap and nothing scrolls sideways (WCAG 1.4.10). */
export const SmallScreen: Story = {
  args: { signedIn: true },
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
  render: (args, context) => page(localeOf(context), args, 'story-small-screen'),
  play: async ({ canvasElement }) => {
    const list = await listOf(canvasElement);
    list.items[0]!.show();
    await list.items[0]!.updateComplete;
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** The signed-in page in every theme, so that the story test checks its contrast in each. */
export const InEveryTheme: Story = {
  render: (_args, context) =>
    html`${themes.map(
      (theme) =>
        html`<section
          data-bf-theme=${theme}
          aria-label=${themeNames[theme]}
          style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
        >
          ${lifeEvent(
            localeOf(context),
            { variant: 'page', signedIn: true, headingLevel: 2 },
            `story-theme-${theme}`,
          )}
        </section>`,
    )}`,
  parameters: { controls: { disable: true } },
};
