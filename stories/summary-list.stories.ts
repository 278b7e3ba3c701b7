import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '@belfry/components/summary-list';
import { knownSources, type BfSummaryListRow } from '@belfry/components';
import { localeOf, themeNames, themes, type Locale } from './story-context';

type SummaryListArgs = { source: string; links: boolean };
type Story = StoryObj<SummaryListArgs>;

/** A change of address, checked before it is sent, in each language. */
const answers: Record<
  Locale,
  {
    name: string;
    address: string;
    yourAddress: string;
    street: string;
    town: string;
    date: string;
    moveDate: string;
    phone: string;
  }
> = {
  nl: {
    name: 'Naam',
    address: 'Nieuw adres',
    yourAddress: 'uw nieuwe adres',
    street: 'Kerkstraat 12 bus 3',
    town: '9000 Gent',
    date: 'Verhuisdatum',
    moveDate: '1 maart 2027',
    phone: 'Telefoonnummer',
  },
  fr: {
    name: 'Nom',
    address: 'Nouvelle adresse',
    yourAddress: 'votre nouvelle adresse',
    street: 'Rue de l’Église 12 boîte 3',
    town: '5000 Namur',
    date: 'Date du déménagement',
    moveDate: '1er mars 2027',
    phone: 'Numéro de téléphone',
  },
  de: {
    name: 'Name',
    address: 'Neue Adresse',
    yourAddress: 'Ihre neue Adresse',
    street: 'Kirchstraße 12 Briefkasten 3',
    town: '4700 Eupen',
    date: 'Umzugsdatum',
    moveDate: '1. März 2027',
    phone: 'Telefonnummer',
  },
  en: {
    name: 'Name',
    address: 'New address',
    yourAddress: 'your new address',
    street: 'Kerkstraat 12 box 3',
    town: '9000 Ghent',
    date: 'Moving date',
    moveDate: '1 March 2027',
    phone: 'Phone number',
  },
};

function checkYourAnswers(args: SummaryListArgs, context: StoryContext<SummaryListArgs>) {
  const text = answers[localeOf(context)];
  const href = (path: string) => (args.links ? path : '');
  return html`<bf-summary-list>
    <bf-summary-list-row question=${text.name} href=${href('#name')} source=${args.source}
      >An Peeters</bf-summary-list-row
    >
    <bf-summary-list-row
      question=${text.address}
      href=${href('#address')}
      change-label=${text.yourAddress}
      >${text.street}<br />${text.town}</bf-summary-list-row
    >
    <bf-summary-list-row question=${text.date} href=${href('#date')}
      >${text.moveDate}</bf-summary-list-row
    >
    <bf-summary-list-row question=${text.phone} href=${href('#phone')}></bf-summary-list-row>
  </bf-summary-list>`;
}

const rowsOf = (canvasElement: HTMLElement) => [
  ...canvasElement.querySelectorAll<BfSummaryListRow>('bf-summary-list-row'),
];

// Rows the custom elements manifest adds to the API table without a control of their own.
const documentedWithoutControl: ArgTypes = Object.fromEntries(
  ['key', 'href', 'change-label'].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Components/Summary list',
  component: 'bf-summary-list',
  subcomponents: { 'bf-summary-list-row': 'bf-summary-list-row' },
  render: (args, context) => checkYourAnswers(args, context),
  args: { source: 'national-register', links: true },
  argTypes: {
    source: {
      control: 'select',
      options: ['', ...Object.keys(knownSources)],
      description: 'Where the first answer comes from (a known source, or any text).',
      table: { category: 'row properties' },
    },
    links: {
      control: 'boolean',
      description: 'Give each row a Change link (`href`).',
      table: { category: 'story' },
    },
    ...documentedWithoutControl,
  },
  parameters: {
    a11y: {
      config: {
        // The rows' hosts stand between the <dl> and their <dt>/<dd> in the DOM, which these two
        // rules read; the browser's accessibility tree has the terms and definitions straight
        // under the list (test/summary-list/a11y-tree.test.ts).
        rules: [
          { id: 'definition-list', enabled: false },
          { id: 'dlitem', enabled: false },
        ],
      },
    },
    docs: {
      description: {
        component: [
          'The "Check your answers" list: each question, the answer, where a known answer comes',
          'from, and a link to change it. Screen readers hear which answer each link changes.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<SummaryListArgs>;

export default meta;

/** A change of address before it is sent; the phone number was left empty. */
export const CheckYourAnswers: Story = {
  play: async (context) => {
    const text = answers[localeOf(context)];
    const [name, address] = rowsOf(context.canvasElement);
    await address!.updateComplete;
    const link = address!.shadowRoot!.querySelector('a')!;
    await expect(link.textContent?.replace(/\s+/g, ' ').trim()).toMatch(
      new RegExp(`${text.yourAddress}$`),
    );
    await expect(name!.shadowRoot!.querySelector('[part="source"]')).not.toBeNull();
  },
};

/** Answers that cannot be changed here: no links, and the answers take their room. */
export const WithoutChangeLinks: Story = {
  args: { links: false, source: '' },
};

/** At 320 px each row stacks: question, answer, link. Nothing scrolls sideways (WCAG 1.4.10). */
export const SmallScreen: Story = {
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
  play: async ({ canvasElement }) => {
    const [row] = rowsOf(canvasElement);
    await row!.updateComplete;
    const part = (name: string) =>
      row!.shadowRoot!.querySelector(`[part~="${name}"]`)!.getBoundingClientRect();
    await expect(part('value').top).toBeGreaterThanOrEqual(part('key').bottom);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** The list in every theme, so that the story test checks its contrast in each. */
export const InEveryTheme: Story = {
  render: (args, context) =>
    html`${themes.map(
      (theme) =>
        html`<section
          data-bf-theme=${theme}
          aria-label=${themeNames[theme]}
          style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
        >
          ${checkYourAnswers(args, context)}
        </section>`,
    )}`,
  parameters: { controls: { disable: true } },
};
