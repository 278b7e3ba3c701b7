import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/accordion';
import type { BfAccordion } from '@belfry/components';
import { localeOf, themeNames, themes, type Locale } from './story-context';

type AccordionArgs = { headingLevel: number };
type Story = StoryObj<AccordionArgs>;

/** A service page's sections, as a public servant would write them, in each language. */
const sections: Record<Locale, { heading: string; text: string }[]> = {
  nl: [
    {
      heading: 'Wie kan een aanvraag indienen?',
      text: 'Iedereen die in België woont en ouder is dan 18 jaar.',
    },
    {
      heading: 'Wat hebt u nodig?',
      text: 'Uw identiteitskaart en de pincode ervan, of de app itsme.',
    },
    {
      heading: 'Hoe lang duurt het?',
      text: 'U krijgt binnen vier weken een antwoord per e-mail of per brief.',
    },
  ],
  fr: [
    {
      heading: 'Qui peut introduire une demande ?',
      text: 'Toute personne domiciliée en Belgique et âgée de plus de 18 ans.',
    },
    {
      heading: 'De quoi avez-vous besoin ?',
      text: "Votre carte d'identité et son code PIN, ou l'application itsme.",
    },
    {
      heading: 'Combien de temps faut-il ?',
      text: 'Vous recevez une réponse par e-mail ou par courrier dans les quatre semaines.',
    },
  ],
  de: [
    {
      heading: 'Wer kann einen Antrag stellen?',
      text: 'Jede Person, die in Belgien wohnt und älter als 18 Jahre ist.',
    },
    {
      heading: 'Was brauchen Sie?',
      text: 'Ihren Personalausweis und die PIN dazu, oder die App itsme.',
    },
    {
      heading: 'Wie lange dauert es?',
      text: 'Sie erhalten innerhalb von vier Wochen eine Antwort per E-Mail oder Brief.',
    },
  ],
  en: [
    { heading: 'Who can apply?', text: 'Anyone who lives in Belgium and is over 18.' },
    {
      heading: 'What do you need?',
      text: 'Your identity card and its PIN code, or the itsme app.',
    },
    {
      heading: 'How long does it take?',
      text: 'You get an answer by e-mail or letter within four weeks.',
    },
  ],
};

const accordionOf = async (canvasElement: HTMLElement): Promise<BfAccordion> => {
  const accordion = canvasElement.querySelector('bf-accordion');
  if (!accordion) throw new Error('no bf-accordion in the story');
  await accordion.updateComplete;
  return accordion;
};

function accordion(locale: Locale, headingLevel: number, open: readonly number[] = []) {
  return html`<bf-accordion heading-level=${headingLevel}>
    ${sections[locale].map(
      (section, index) =>
        html`<bf-accordion-item heading=${section.heading} ?open=${open.includes(index)}>
          <p>${section.text}</p>
        </bf-accordion-item>`,
    )}
  </bf-accordion>`;
}

const documentedWithoutControl: ArgTypes = Object.fromEntries(
  ['heading-level', 'items', 'open', 'heading'].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Components/Accordion',
  component: 'bf-accordion',
  subcomponents: { 'bf-accordion-item': 'bf-accordion-item' },
  render: (args, context) => accordion(localeOf(context), args.headingLevel),
  args: { headingLevel: 2 },
  argTypes: {
    headingLevel: {
      control: 'select',
      options: [2, 3, 4, 5, 6],
      description: "The sections' heading level, to fit the page's outline.",
      table: { category: 'properties', defaultValue: { summary: '2' } },
    },
    ...documentedWithoutControl,
  },
  parameters: {
    docs: {
      description: {
        component: [
          'Sections of content under headings; each heading shows and hides its section, and',
          '"Show all sections" opens them all. Without the script, every section is shown.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<AccordionArgs>;

export default meta;

/** Three sections, closed. Click a heading, or "Show all sections". */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const element = await accordionOf(canvasElement);
    const [first] = element.items;
    const button = first!.shadowRoot!.querySelector('button')!;
    await userEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
    await userEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('false'));
  },
};

/** "Show all sections" opens every section and becomes "Hide all sections". */
export const ShowAllSections: Story = {
  play: async ({ canvasElement }) => {
    const element = await accordionOf(canvasElement);
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle-all"]')!;
    await userEvent.click(toggle);
    await waitFor(() => expect(element.items.every((item) => item.open)).toBe(true));
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
  },
};

/** A section written `open` is open when the page loads. */
export const OneSectionOpen: Story = {
  render: (args, context) => accordion(localeOf(context), args.headingLevel, [1]),
};

/** At 320 px headings wrap and nothing scrolls sideways (WCAG 1.4.10). */
export const SmallScreen: Story = {
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
  render: (args, context) => accordion(localeOf(context), args.headingLevel, [0]),
  play: async ({ canvasElement }) => {
    await accordionOf(canvasElement);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** The accordion in every theme, so that the story test checks its contrast in each. */
export const InEveryTheme: Story = {
  render: (_args, context) =>
    html`${themes.map(
      (theme) =>
        html`<section
          data-bf-theme=${theme}
          aria-label=${themeNames[theme]}
          style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
        >
          ${accordion(localeOf(context), 3, [0])}
        </section>`,
    )}`,
  parameters: { controls: { disable: true } },
};
