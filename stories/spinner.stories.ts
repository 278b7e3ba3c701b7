import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/spinner';
import '@belfry/components/button';
import { spinnerSizes, type SpinnerSize } from '@belfry/components';
import { localeOf, type Locale } from './story-context';

type SpinnerArgs = { size: SpinnerSize; text: string };
type Story = StoryObj<SpinnerArgs>;

const storyText: Record<
  Locale,
  { lookingUp: string; documents: string; show: string; found: string }
> = {
  nl: {
    lookingUp: 'We zoeken uw adres op',
    documents: 'Uw documenten',
    show: 'Documenten tonen',
    found: '3 documenten gevonden',
  },
  fr: {
    lookingUp: 'Nous recherchons votre adresse',
    documents: 'Vos documents',
    show: 'Afficher les documents',
    found: '3 documents trouvés',
  },
  de: {
    lookingUp: 'Wir suchen Ihre Adresse',
    documents: 'Ihre Dokumente',
    show: 'Dokumente anzeigen',
    found: '3 Dokumente gefunden',
  },
  en: {
    lookingUp: 'Looking up your address',
    documents: 'Your documents',
    show: 'Show documents',
    found: '3 documents found',
  },
};

const textOf = (context: StoryContext<SpinnerArgs>) => storyText[localeOf(context)];

const meta = {
  title: 'Components/Spinner',
  component: 'bf-spinner',
  render: (args) => html`<bf-spinner size=${args.size}>${args.text}</bf-spinner>`,
  args: { size: 'medium', text: '' },
  argTypes: {
    size: {
      control: 'select',
      options: spinnerSizes,
      table: { category: 'properties', defaultValue: { summary: 'medium' } },
    },
    text: {
      control: 'text',
      description:
        'Text shown next to the ring (the element’s text). Empty: "Loading" is read, not shown.',
      table: { category: 'slots' },
    },
  },
  parameters: {
    docs: {
      description: {
        component: [
          'Shows that something is loading. The ring turns (it stands still, with the word',
          '"Loading" shown, for people who ask for less motion), and "Loading" or the text you',
          'give is said once to screen readers when the spinner appears.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<SpinnerArgs>;

export default meta;

export const Default: Story = {};

export const WithText: Story = {
  render: (args, context) =>
    html`<bf-spinner size=${args.size}>${textOf(context).lookingUp}</bf-spinner>`,
};

export const Sizes: Story = {
  render: () =>
    html`<p style="display: flex; gap: 1.5rem; align-items: center">
      ${spinnerSizes.map((size) => html`<bf-spinner size=${size}></bf-spinner>`)}
    </p>`,
};

/** A part of the page that loads: aria-busy on it while it does, the spinner inside, the result announced. */
export const LoadingAPanel: Story = {
  render: (_args, context) => {
    const text = textOf(context);
    const load = async (event: Event) => {
      const section = (event.target as HTMLElement).closest('div')!.querySelector('section')!;
      const results = section.querySelector('.results')!;
      section.setAttribute('aria-busy', 'true');
      results.replaceChildren(document.createElement('bf-spinner'));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const paragraph = document.createElement('p');
      paragraph.textContent = text.found;
      results.replaceChildren(paragraph);
      section.removeAttribute('aria-busy');
    };
    return html`<div>
      <bf-button variant="secondary" @click=${load}>${text.show}</bf-button>
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">${text.documents}</h2>
        <div class="results"></div>
      </section>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(canvasElement.querySelector('bf-button')!);
    const section = canvasElement.querySelector('section')!;
    await expect(section.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(section.getAttribute('aria-busy')).toBeNull(), { timeout: 4000 });
  },
};
