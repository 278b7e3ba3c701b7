import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/ebox-message';
import type { EboxMessage } from '@belfry/components';
import { localeOf, type Locale } from './story-context';

type EboxMessageArgs = { headingLevel: number; backHref: string };
type Story = StoryObj<EboxMessageArgs>;

/** A day `days` from today, as the API gives it (`YYYY-MM-DD`), so the story never goes stale. */
function fromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A personal income tax assessment from FPS Finance, as e-Box delivers it: a registered letter
 * with an amount to pay, the assessment itself (signed) and explanatory notes, in four languages.
 */
const taxAssessment: EboxMessage = {
  id: 'fin-2026-000123',
  subject: {
    nl: 'Aanslagbiljet personenbelasting – aanslagjaar 2026',
    fr: 'Avertissement-extrait de rôle impôt des personnes physiques – exercice d’imposition 2026',
    de: 'Steuerbescheid Steuer der natürlichen Personen – Steuerjahr 2026',
    en: 'Personal income tax assessment – tax year 2026',
  },
  receivedAt: fromToday(-11),
  expiresAt: fromToday(3),
  read: true,
  registeredMail: true,
  sender: {
    id: '0308357159',
    name: { nl: 'FOD Financiën', fr: 'SPF Finances', de: 'FÖD Finanzen', en: 'FPS Finance' },
    helpdesk: { phone: '02 572 57 57', url: 'https://finance.belgium.be/en/contact' },
  },
  messageType: {
    id: 'tax-assessment',
    name: {
      nl: 'Aanslagbiljet',
      fr: 'Avertissement-extrait de rôle',
      de: 'Steuerbescheid',
      en: 'Tax assessment',
    },
  },
  body: {
    nl: 'Geachte mevrouw, geachte heer,\n\nIn bijlage vindt u uw aanslagbiljet voor het aanslagjaar 2026. U moet nog belastingen betalen.\n\nBetaal het bedrag hieronder uiterlijk op de vervaldag, met de gestructureerde mededeling. Zo weten we meteen dat het om uw betaling gaat.\n\nMet vriendelijke groeten,\nFOD Financiën',
    fr: 'Madame, Monsieur,\n\nVous trouverez en annexe votre avertissement-extrait de rôle pour l’exercice d’imposition 2026. Vous avez encore des impôts à payer.\n\nPayez le montant ci-dessous au plus tard à l’échéance, avec la communication structurée. Nous saurons ainsi tout de suite qu’il s’agit de votre paiement.\n\nCordialement,\nSPF Finances',
    de: 'Sehr geehrte Damen und Herren,\n\nIn der Anlage finden Sie Ihren Steuerbescheid für das Steuerjahr 2026. Sie müssen noch Steuern zahlen.\n\nZahlen Sie den unten stehenden Betrag spätestens bis zum Fälligkeitstag, mit der strukturierten Mitteilung. So wissen wir sofort, dass es sich um Ihre Zahlung handelt.\n\nMit freundlichen Grüßen\nFÖD Finanzen',
    en: 'Dear Sir or Madam,\n\nPlease find attached your tax assessment for the tax year 2026. You still have tax to pay.\n\nPay the amount below by the due date at the latest, with the structured reference. That way we know at once that the payment is yours.\n\nKind regards,\nFPS Finance',
  },
  attachments: [
    {
      title: 'Tax assessment 2026',
      fileName: 'tax-assessment-2026.pdf',
      mediaType: 'application/pdf',
      sizeKb: 240,
      signed: true,
      main: true,
      url: '#download-assessment',
    },
    {
      title: 'Explanatory notes',
      fileName: 'explanatory-notes-2026.pdf',
      mediaType: 'application/pdf',
      sizeKb: 1200,
      signed: false,
      main: false,
      url: '#download-notes',
    },
  ],
  payment: {
    amount: 1250.37,
    currency: 'EUR',
    dueDate: fromToday(49),
    iban: 'BE68539007547034',
    bic: 'BPOTBEB1',
    reference: '090933755493',
  },
  replyAllowed: true,
};

/** A pension statement: no payment, no reply, the subject only in Dutch and French. */
const pensionStatement: EboxMessage = {
  id: 'sfp-2026-4471',
  subject: {
    nl: 'Uw pensioenberekening',
    fr: 'Votre calcul de pension',
  },
  receivedAt: fromToday(-2),
  expiresAt: fromToday(200),
  read: false,
  registeredMail: false,
  sender: {
    id: '0206738078',
    name: { nl: 'Federale Pensioendienst', fr: 'Service fédéral des Pensions' },
    helpdesk: { phone: '1765' },
  },
  attachments: [
    {
      title: 'Pensioenberekening',
      fileName: 'pensioen.pdf',
      mediaType: 'application/pdf',
      sizeKb: 95,
      signed: true,
      main: true,
      url: '#download-pension',
    },
  ],
};

/** Data as broken as an API can send it: the view still shows something sensible. */
const hostile = {
  id: 'x',
  subject: { en: '<img src=x onerror="alert(1)">' + 'Veryveryverylongword'.repeat(10) },
  receivedAt: 'yesterday',
  expiresAt: '2026-02-30',
  sender: { name: {} },
  body: { en: '<script>alert(1)</script>' },
  attachments: [null, { title: 'Pay here', url: 'javascript:alert(1)', sizeKb: 'big' }],
  payment: { amount: 'NaN', iban: 'BE00 1234', reference: 'Invoice 17' },
} as unknown as EboxMessage;

/** The documents' titles, as FPS Finance names them in each language. */
const documentTitles: Record<Locale, [string, string]> = {
  nl: ['Aanslagbiljet 2026', 'Toelichting'],
  fr: ['Avertissement-extrait de rôle 2026', 'Notes explicatives'],
  de: ['Steuerbescheid 2026', 'Erläuterungen'],
  en: ['Tax assessment 2026', 'Explanatory notes'],
};

/** The tax assessment as e-Box gives it to a citizen reading in `locale`. */
function taxAssessmentIn(locale: Locale): EboxMessage {
  const [main, notes] = documentTitles[locale];
  const [first, second] = taxAssessment.attachments!;
  return {
    ...taxAssessment,
    attachments: [
      { ...first!, title: main },
      { ...second!, title: notes },
    ],
  };
}

const meta = {
  title: 'Components/e-Box message',
  component: 'bf-ebox-message',
  render: (args, context) =>
    html`<bf-ebox-message
      .message=${taxAssessmentIn(localeOf(context))}
      heading-level=${args.headingLevel}
      back-href=${args.backHref}
      @bf-ebox-back=${(event: Event) => event.preventDefault()}
    ></bf-ebox-message>`,
  args: { headingLevel: 2, backHref: '#inbox' },
  argTypes: {
    headingLevel: {
      control: { type: 'number', min: 2, max: 6 },
      table: { category: 'properties', defaultValue: { summary: '2' } },
    },
    backHref: { control: 'text', table: { category: 'properties' } },
  },
  parameters: {
    docs: {
      description: {
        component: [
          'One e-Box message in full: the sender and its helpdesk, the subject, the dates and the',
          'expiry, what a registered letter means, the text, the documents to download, the payment',
          'with buttons that copy the amount, the account number and the reference, and Reply.',
          'Every text from the data is shown as text, never as HTML.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<EboxMessageArgs>;

export default meta;

/** A tax assessment from FPS Finance: registered, with a payment. Switch the language in the toolbar. */
export const TaxAssessment: Story = {
  play: async ({ canvasElement }) => {
    const view = canvasElement.querySelector('bf-ebox-message')!;
    await view.updateComplete;
    await expect(view.shadowRoot!.querySelector('h2')).not.toBeNull();
    await expect(view.shadowRoot!.querySelectorAll('[data-copy]')).toHaveLength(3);
  },
};

/** Copying the account number: "Copied" beside the button and through the page's announcer. */
export const CopyAccountNumber: Story = {
  play: async ({ canvasElement }) => {
    const view = canvasElement.querySelector('bf-ebox-message')!;
    await view.updateComplete;
    // The story's own clipboard: a test browser may refuse the real one.
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.resolve() },
    });
    await userEvent.click(view.shadowRoot!.querySelector<HTMLElement>('[data-copy="iban"]')!);
    await waitFor(() => expect(view.shadowRoot!.querySelector('.copy-status')).not.toBeNull());
    await waitFor(() =>
      expect(document.querySelector('[data-bf-announcer="polite"]')?.textContent ?? '').not.toBe(
        '',
      ),
    );
  },
};

/** A message from the pension service, in a language the data lacks: marked with its own. */
export const OtherLanguageAndNoPayment: Story = {
  render: () => html`<bf-ebox-message .message=${pensionStatement}></bf-ebox-message>`,
};

/** Markup, invalid dates, a missing sender, unsafe links and a 200-character word. */
export const HostileData: Story = {
  render: () => html`<bf-ebox-message .message=${hostile}></bf-ebox-message>`,
  play: async ({ canvasElement }) => {
    const view = canvasElement.querySelector('bf-ebox-message')!;
    await view.updateComplete;
    await expect(view.shadowRoot!.querySelector('img, script')).toBeNull();
    await expect(view.shadowRoot!.textContent ?? '').not.toMatch(/Invalid Date|NaN|undefined/);
  },
};
