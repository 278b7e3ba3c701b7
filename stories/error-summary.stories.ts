import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/error-summary';
import '@belfry/components/button';
import { errorSummaryHeadingLevels, type BfErrorSummary } from '@belfry/components';
import { localeOf, themeNames, themes, type Locale } from './story-context';

type ErrorSummaryArgs = { heading: string; headingLevel: number };
type Story = StoryObj<ErrorSummaryArgs>;

/** The story's form, in each language: labels and the messages a service would write. */
const formText: Record<
  Locale,
  {
    postcode: string;
    municipality: string;
    send: string;
    enterPostcode: string;
    enterMunicipality: string;
  }
> = {
  nl: {
    postcode: 'Postcode',
    municipality: 'Gemeente',
    send: 'Verzenden',
    enterPostcode: 'Vul uw postcode in',
    enterMunicipality: 'Vul de naam van uw gemeente in',
  },
  fr: {
    postcode: 'Code postal',
    municipality: 'Commune',
    send: 'Envoyer',
    enterPostcode: 'Indiquez votre code postal',
    enterMunicipality: 'Indiquez le nom de votre commune',
  },
  de: {
    postcode: 'Postleitzahl',
    municipality: 'Gemeinde',
    send: 'Senden',
    enterPostcode: 'Geben Sie Ihre Postleitzahl an',
    enterMunicipality: 'Geben Sie den Namen Ihrer Gemeinde an',
  },
  en: {
    postcode: 'Postcode',
    municipality: 'Municipality',
    send: 'Send',
    enterPostcode: 'Enter your postcode',
    enterMunicipality: 'Enter the name of your municipality',
  },
};

const summaryOf = async (canvasElement: HTMLElement): Promise<BfErrorSummary> => {
  const summary = canvasElement.querySelector('bf-error-summary');
  if (!summary) throw new Error('no bf-error-summary in the story');
  await summary.updateComplete;
  return summary;
};

/** A form with the summary above it; the fields say what is missing in the story's language. */
function addressForm(args: ErrorSummaryArgs, context: StoryContext<ErrorSummaryArgs>) {
  const text = formText[localeOf(context)];
  // Native fields with the service's own messages; Belfry fields bring theirs.
  const message = (words: string) => (event: Event) => {
    const input = event.target as HTMLInputElement;
    input.setCustomValidity(input.value.trim() ? '' : words);
  };
  return html`<bf-error-summary
      for="address-form"
      heading=${args.heading}
      heading-level=${args.headingLevel}
    ></bf-error-summary>
    <form id="address-form" @submit=${(event: Event) => event.preventDefault()}>
      <p>
        <label for="story-postcode">${text.postcode}</label><br />
        <input
          id="story-postcode"
          name="postcode"
          autocomplete="postal-code"
          required
          @input=${message(text.enterPostcode)}
        />
      </p>
      <p>
        <label for="story-municipality">${text.municipality}</label><br />
        <input
          id="story-municipality"
          name="municipality"
          autocomplete="address-level2"
          required
          @input=${message(text.enterMunicipality)}
        />
      </p>
      <bf-button type="submit">${text.send}</bf-button>
    </form>`;
}

// Rows the custom elements manifest adds to the API table, set by the stories themselves.
const documentedWithoutControl: ArgTypes = Object.fromEntries(
  ['for', 'errors', 'heading-level', 'form'].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Components/Error summary',
  component: 'bf-error-summary',
  render: (args, context) => addressForm(args, context),
  args: { heading: '', headingLevel: 2 },
  argTypes: {
    heading: {
      control: 'text',
      description: 'Replaces "There is a problem" (in the page\'s language).',
      table: { category: 'properties' },
    },
    headingLevel: {
      control: 'select',
      options: errorSummaryHeadingLevels,
      description: "The heading's level, to fit the page's outline.",
      table: { category: 'properties', defaultValue: { summary: '2' } },
    },
    ...documentedWithoutControl,
  },
  parameters: {
    docs: {
      description: {
        component: [
          'Lists the errors of a form after a failed submit, as links that move focus to each',
          'field, and takes focus itself. Put it at the top of the main content, before the',
          'form. Submit the empty form to see it.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<ErrorSummaryArgs>;

export default meta;

/**
 * Submit the empty form: the summary lists both fields, in the page's language, and takes
 * focus. Each link moves focus to its field.
 */
export const InAForm: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    const text = formText[localeOf(context)];
    for (const input of canvasElement.querySelectorAll('input')) {
      input.dispatchEvent(new Event('input'));
    }
    const summary = await summaryOf(canvasElement);
    await userEvent.click(canvasElement.querySelector('bf-button')!);
    const links = () => [...summary.shadowRoot!.querySelectorAll('a')];
    await waitFor(() => expect(links()).toHaveLength(2));
    await expect(links().map((link) => link.textContent?.trim())).toEqual([
      text.enterPostcode,
      text.enterMunicipality,
    ]);
    await waitFor(() =>
      expect(summary.shadowRoot!.activeElement).toBe(
        summary.shadowRoot!.querySelector('[part="base"]'),
      ),
    );
    await userEvent.click(links()[1]!);
    await expect(document.activeElement).toBe(canvasElement.querySelector('#story-municipality'));
  },
};

/**
 * Errors the server found, written inside the element as a list of links: readable and working
 * before (and without) any script. With `autofocus`, the summary takes focus when the page opens.
 */
export const ErrorsFromTheServer: Story = {
  render: (args, context) => {
    const text = formText[localeOf(context)];
    return html`<bf-error-summary heading-level=${args.headingLevel}>
        <ul>
          <li><a href="#server-postcode">${text.enterPostcode}</a></li>
        </ul>
      </bf-error-summary>
      <label for="server-postcode">${text.postcode}</label><br />
      <input id="server-postcode" name="postcode" autocomplete="postal-code" />`;
  },
  play: async ({ canvasElement }) => {
    const link = canvasElement.querySelector('bf-error-summary a')!;
    await userEvent.click(link);
    await expect(document.activeElement).toBe(canvasElement.querySelector('#server-postcode'));
  },
};

/** The summary in every theme, so that the story test checks its contrast in each. */
export const InEveryTheme: Story = {
  render: (_args, context) => {
    const text = formText[localeOf(context)];
    return html`${themes.map(
        (theme) =>
          html`<section
            data-bf-theme=${theme}
            aria-label=${themeNames[theme]}
            style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
          >
            <bf-error-summary
              heading-level="3"
              .errors=${[
                { message: text.enterPostcode, target: 'theme-postcode' },
                { message: text.enterMunicipality, target: 'theme-municipality' },
              ]}
            ></bf-error-summary>
          </section>`,
      )}
      <input id="theme-postcode" aria-label=${text.postcode} />
      <input id="theme-municipality" aria-label=${text.municipality} />`;
  },
  parameters: {
    controls: { disable: true },
    // A page has one summary; this story shows five, one per theme, all named alike.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
};

/** At 320 px the box and its links wrap; nothing scrolls sideways (WCAG 1.4.10). */
export const SmallScreen: Story = {
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
  play: async (context) => {
    const { canvasElement } = context;
    const text = formText[localeOf(context)];
    const summary = await summaryOf(canvasElement);
    summary.errors = [
      { message: `${text.enterMunicipality}. ${text.enterPostcode}.`, target: 'story-postcode' },
    ];
    await summary.updateComplete;
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};
