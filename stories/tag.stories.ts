import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '@belfry/components/tag';
import { tagVariants, type TagVariant } from '@belfry/components';
import { localeOf, type Locale } from './story-context';

type TagArgs = { variant: TagVariant; icon: boolean; text: string };
type Story = StoryObj<TagArgs>;

/** Statuses of documents in an eBox, in each language, with the variant each one gets. */
const statuses: Record<Locale, Record<TagVariant, string> & { document: string }> = {
  nl: {
    neutral: 'Gelezen',
    info: 'Nieuw',
    success: 'Betaald',
    warning: 'Te betalen vóór 30 juni',
    error: 'Vervallen',
    document: 'Aanslagbiljet personenbelasting 2025',
  },
  fr: {
    neutral: 'Lu',
    info: 'Nouveau',
    success: 'Payé',
    warning: 'À payer avant le 30 juin',
    error: 'Échu',
    document: 'Avertissement-extrait de rôle 2025',
  },
  de: {
    neutral: 'Gelesen',
    info: 'Neu',
    success: 'Bezahlt',
    warning: 'Zu zahlen vor dem 30. Juni',
    error: 'Überfällig',
    document: 'Steuerbescheid Einkommensteuer 2025',
  },
  en: {
    neutral: 'Read',
    info: 'New',
    success: 'Paid',
    warning: 'To pay before 30 June',
    error: 'Overdue',
    document: 'Income tax assessment 2025',
  },
};

const textOf = (context: StoryContext<TagArgs>) => statuses[localeOf(context)];

const meta = {
  title: 'Components/Tag',
  component: 'bf-tag',
  render: (args, context) =>
    html`<bf-tag variant=${args.variant} ?icon=${args.icon}
      >${args.text || textOf(context)[args.variant] || textOf(context).neutral}</bf-tag
    >`,
  args: { variant: 'info', icon: false, text: '' },
  argTypes: {
    variant: {
      control: 'select',
      options: tagVariants,
      table: { category: 'properties', defaultValue: { summary: 'neutral' } },
    },
    icon: { control: 'boolean', table: { category: 'properties' } },
    text: {
      control: 'text',
      description: 'The status (the element’s text). Empty here: the story’s own.',
      table: { category: 'slots' },
    },
  },
  parameters: {
    docs: {
      description: {
        component: [
          'A short status in words, as an eBox list or a stepper shows it. The colour and the',
          'optional icon repeat the words; they never replace them. Not interactive.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<TagArgs>;

export default meta;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const tag = canvasElement.querySelector('bf-tag')!;
    await tag.updateComplete;
    await expect(tag.textContent!.trim()).not.toBe('');
  },
};

export const AllVariants: Story = {
  render: (_args, context) =>
    html`<p style="display: flex; flex-wrap: wrap; gap: 0.5rem">
        ${tagVariants.map((variant) => html`<bf-tag variant=${variant}>${textOf(context)[variant]}</bf-tag>`)}
      </p>
      <p style="display: flex; flex-wrap: wrap; gap: 0.5rem">
        ${tagVariants.map(
          (variant) => html`<bf-tag variant=${variant} icon>${textOf(context)[variant]}</bf-tag>`,
        )}
      </p>`,
};

/** How an eBox list uses tags: the status after the document's name, in words. */
export const InAList: Story = {
  render: (_args, context) => {
    const text = textOf(context);
    return html`<ul style="display: grid; gap: 0.75rem; padding: 0; list-style: none">
      ${(['info', 'warning', 'success', 'neutral'] as const).map(
        (variant) =>
          html`<li>
            <a href="#document">${text.document}</a>
            <bf-tag variant=${variant} icon>${text[variant]}</bf-tag>
          </li>`,
      )}
    </ul>`;
  },
};
