import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '@belfry/components/alternative-channels';
import '@belfry/components/footer';
import '@belfry/components/text-field';
import type { BfAlternativeChannels, BfChannel } from '@belfry/components';
import { localeOf, locales, localeNames, type Locale } from './story-context';

type Args = {
  variant: 'full' | 'compact' | 'footer';
  headingLevel: number;
  phoneHours: string;
  officeHours: string;
  closures: string;
  frozen: boolean;
};
type Story = StoryObj<Args>;

/** Monday 30 November 2026, 10:00 in Brussels: the stories show a fixed moment unless told not to. */
const mondayMorning = new Date('2026-11-30T10:00:00+01:00');

/** What an agency writes, in each language. */
const text: Record<
  Locale,
  {
    intro: string;
    phoneNote: string;
    postName: string;
    postStreet: string;
    postCity: string;
    postNote: string;
    officeName: string;
    officeStreet: string;
    officeCity: string;
    appointment: string;
    officeNote: string;
    paperForm: string;
    field: string;
    page: string;
  }
> = {
  nl: {
    intro: 'U kunt uw aanvraag ook telefonisch, per post of aan het loket doen.',
    phoneNote: 'Houd uw rijksregisternummer bij de hand.',
    postName: 'FOD Financiën – Dienst Aanvragen',
    postStreet: 'Koning Albert II-laan 33 bus 10',
    postCity: '1030 Brussel',
    postNote: 'Stuur het ingevulde formulier en een kopie van uw identiteitskaart.',
    officeName: 'Financiëntoren',
    officeStreet: 'Kruidtuinlaan 50',
    officeCity: '1000 Brussel',
    appointment: 'Maak een afspraak',
    officeNote: 'Breng uw identiteitskaart mee.',
    paperForm: 'Vraag het papieren formulier aan',
    field: 'Uw rijksregisternummer',
    page: 'Een attest aanvragen',
  },
  fr: {
    intro: 'Vous pouvez aussi faire votre demande par téléphone, par courrier ou au guichet.',
    phoneNote: 'Ayez votre numéro de registre national à portée de main.',
    postName: 'SPF Finances – Service Demandes',
    postStreet: 'Boulevard du Roi Albert II 33 boîte 10',
    postCity: '1030 Bruxelles',
    postNote: "Envoyez le formulaire complété et une copie de votre carte d'identité.",
    officeName: 'Tour des Finances',
    officeStreet: 'Boulevard du Jardin Botanique 50',
    officeCity: '1000 Bruxelles',
    appointment: 'Prendre rendez-vous',
    officeNote: "Apportez votre carte d'identité.",
    paperForm: 'Demander le formulaire papier',
    field: 'Votre numéro de registre national',
    page: 'Demander une attestation',
  },
  de: {
    intro: 'Sie können Ihren Antrag auch telefonisch, per Post oder am Schalter stellen.',
    phoneNote: 'Halten Sie Ihre Nationalregisternummer bereit.',
    postName: 'FÖD Finanzen – Dienst Anträge',
    postStreet: 'Boulevard du Roi Albert II 33 Briefkasten 10',
    postCity: '1030 Brüssel',
    postNote: 'Schicken Sie das ausgefüllte Formular und eine Kopie Ihres Personalausweises.',
    officeName: 'Finanzturm',
    officeStreet: 'Kruidtuinlaan 50',
    officeCity: '1000 Brüssel',
    appointment: 'Einen Termin vereinbaren',
    officeNote: 'Bringen Sie Ihren Personalausweis mit.',
    paperForm: 'Das Papierformular anfordern',
    field: 'Ihre Nationalregisternummer',
    page: 'Eine Bescheinigung beantragen',
  },
  en: {
    intro: 'You can also apply by phone, by post or at the counter.',
    phoneNote: 'Have your national register number ready.',
    postName: 'FPS Finance – Applications',
    postStreet: 'Koning Albert II-laan 33 box 10',
    postCity: '1030 Brussels',
    postNote: 'Send the completed form and a copy of your identity card.',
    officeName: 'Finance Tower',
    officeStreet: 'Kruidtuinlaan 50',
    officeCity: '1000 Brussels',
    appointment: 'Book an appointment',
    officeNote: 'Bring your identity card.',
    paperForm: 'Request the paper form',
    field: 'Your national register number',
    page: 'Apply for a certificate',
  },
};

function block(args: Args, locale: Locale, variant = args.variant) {
  const t = text[locale];
  const now = args.frozen ? mondayMorning : undefined;
  return html`<bf-alternative-channels variant=${variant} heading-level=${args.headingLevel}>
    <p slot="intro">${t.intro}</p>
    <bf-channel
      kind="phone"
      value="02 572 57 57"
      hours=${args.phoneHours}
      closures=${args.closures}
      cost="free"
      languages="nl fr de en"
      .now=${now}
    >
      <p>${t.phoneNote}</p>
    </bf-channel>
    <bf-channel kind="post">
      <address slot="address">${t.postName}<br />${t.postStreet}<br />${t.postCity}</address>
      <p>${t.postNote}</p>
    </bf-channel>
    <bf-channel
      kind="office"
      hours=${args.officeHours}
      closures=${args.closures}
      by-appointment
      step-free
      induction-loop
      .now=${now}
    >
      <address slot="address">${t.officeName}<br />${t.officeStreet}<br />${t.officeCity}</address>
      <a slot="appointment" href="#appointment">${t.appointment}</a>
      <p>${t.officeNote}</p>
    </bf-channel>
    <a slot="action" href="#paper-form">${t.paperForm}</a>
  </bf-alternative-channels>`;
}

const blockOf = async (canvasElement: HTMLElement): Promise<BfAlternativeChannels> => {
  const element = canvasElement.querySelector('bf-alternative-channels');
  if (!element) throw new Error('no bf-alternative-channels in the story');
  await element.updateComplete;
  for (const channel of element.querySelectorAll<BfChannel>('bf-channel')) {
    await channel.updateComplete;
  }
  return element;
};

// Rows the custom elements manifest adds to the API table, set by the stories themselves.
const documentedWithoutControl: ArgTypes = Object.fromEntries(
  ['heading-level', 'heading', 'open', 'variant'].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Components/Alternative channels',
  component: 'bf-alternative-channels',
  subcomponents: { 'bf-channel': 'bf-channel' },
  render: (args, context) => block(args, localeOf(context)),
  args: {
    variant: 'full',
    headingLevel: 2,
    phoneHours: 'Mo-Fr 08:30-12:00,13:00-16:30',
    officeHours: 'Mo-Th 09:00-12:00; We 13:00-16:00',
    closures: '2026-12-24/2026-12-31',
    frozen: true,
  },
  argTypes: {
    variant: {
      control: 'inline-radio',
      options: ['full', 'compact', 'footer'],
      description: 'Full block, compact one-liner (in a form) or footer summary.',
      table: { category: 'properties', defaultValue: { summary: 'full' } },
    },
    headingLevel: {
      control: 'select',
      options: [2, 3, 4, 5],
      description: 'The level of the heading; the channels’ titles are one below.',
      table: { category: 'properties', defaultValue: { summary: '2' } },
    },
    phoneHours: {
      control: 'text',
      description: 'The phone line’s hours in compact form (the `hours` of its bf-channel).',
      table: { category: 'story' },
    },
    officeHours: {
      control: 'text',
      description: 'The counter’s hours in compact form.',
      table: { category: 'story' },
    },
    closures: {
      control: 'text',
      description: 'Days closed on top of the hours (the `closures` of each bf-channel).',
      table: { category: 'story' },
    },
    frozen: {
      control: 'boolean',
      description: 'Show Monday 30 November 2026 at 10:00 (Brussels) instead of the real time.',
      table: { category: 'story' },
    },
    ...documentedWithoutControl,
  },
  parameters: {
    docs: {
      description: {
        component: [
          '"Prefer not to do this online?": the other ways to complete a procedure — by phone,',
          'by post, at a counter — with opening hours and an open-now state computed in Brussels',
          'time. The law gives every citizen the right to a non-digital way.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<Args>;

export default meta;

/** The full block on a procedure's start page: phone first, then post, then the counter. */
export const Full: Story = {
  play: async ({ canvasElement }) => {
    const element = await blockOf(canvasElement);
    const phone = element.querySelector<BfChannel>('bf-channel[kind="phone"]')!;
    const link = phone.shadowRoot!.querySelector<HTMLAnchorElement>('[part="value"]')!;
    await expect(link.getAttribute('href')).toBe('tel:+3225725757');
    await expect(phone.shadowRoot!.querySelector('[part="opening-status"]')!.textContent).not.toBe(
      '',
    );
  },
};

/** Inside a form: one line whose button shows the channels. */
export const CompactInAForm: Story = {
  args: { variant: 'compact', headingLevel: 2 },
  render: (args, context) => {
    const locale = localeOf(context);
    return html`<form @submit=${(event: Event) => event.preventDefault()}>
      <bf-text-field label=${text[locale].field} name="nrn"></bf-text-field>
      ${block(args, locale)}
    </form>`;
  },
  play: async ({ canvasElement }) => {
    const element = await blockOf(canvasElement);
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    await expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    await element.updateComplete;
    await expect(button.getAttribute('aria-expanded')).toBe('true');
  },
};

/** In the `alternatives` slot of the federal footer, which gives the heading. */
export const InTheFooter: Story = {
  args: { variant: 'footer' },
  parameters: {
    layout: 'fullscreen',
    // On its own canvas a story sits inside Storybook's main landmark, where no footer belongs.
    a11y: { config: { rules: [{ id: 'landmark-contentinfo-is-top-level', enabled: false }] } },
  },
  render: (args, context) =>
    html`<bf-footer accessibility-href="#accessibility" contact-href="#contact">
      <div slot="alternatives">${block(args, localeOf(context))}</div>
    </bf-footer>`,
  play: async ({ canvasElement }) => {
    const element = await blockOf(canvasElement);
    await expect(element.shadowRoot!.querySelector('h2, h3, h4, h5, h6')).toBeNull();
  },
};

/** The same full block in the four languages, side by side. */
export const FourLanguages: Story = {
  render: (args) =>
    html`${locales.map(
      (locale) =>
        html`<section lang=${`${locale}-BE`} aria-label=${localeNames[locale]}>
          ${block(args, locale)}
        </section>`,
    )}`,
  play: async ({ canvasElement }) => {
    const headings = [...canvasElement.querySelectorAll('bf-alternative-channels')].map((element) =>
      element.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim(),
    );
    await expect(new Set(headings).size).toBe(4);
  },
};

/** The real clock: the open-now state follows Brussels time and updates while the page is open. */
export const LiveClock: Story = {
  args: { frozen: false },
};

/** Hours that cannot be read are shown as written, and the console says why. */
export const HoursThatCannotBeRead: Story = {
  args: { phoneHours: 'weekdays 9 to 5' },
  play: async ({ canvasElement }) => {
    const element = await blockOf(canvasElement);
    const phone = element.querySelector<BfChannel>('bf-channel[kind="phone"]')!;
    await expect(
      phone.shadowRoot!.querySelector('[part="opening-hours"]')!.textContent!.trim(),
    ).toBe('weekdays 9 to 5');
  },
};
