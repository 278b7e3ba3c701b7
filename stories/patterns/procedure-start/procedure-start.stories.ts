// Patterns/Procedure start page: the first page of an online procedure, with the start button,
// the non-digital alternatives in full (bf-alternative-channels: the law gives every citizen the
// right to do it by phone, by post or at a counter) and the help widget at the end of the main
// content, where a site puts it on every page (WCAG 3.2.6 Consistent Help), in each language.
// The page sits in the frame every pattern shares (../frame.ts). Every story runs axe with the
// page rules on; the play function checks the landmarks, the heading outline, that the help
// opens, and that nothing scrolls sideways.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/alternative-channels';
import '@belfry/components/button';
import '@belfry/components/help';
import { fullHelp, hours, phone, storyNow } from '../../help-content';
import { localeOf, type Locale } from '../../story-context';
import { addPageStyles, pageFrame } from '../frame';
import { checkPage, pageA11y } from '../page-checks';

type Text = {
  title: string;
  lead: string;
  start: string;
  needHeading: string;
  need: string[];
  intro: string;
  callNote: string;
  post: string[];
  postNote: string;
  office: string[];
  appointment: string;
  officeNote: string;
  paper: string;
};

/** The page, as a public servant would write it, in each language. */
const text: Record<Locale, Text> = {
  nl: {
    title: 'Een attest van uw belastingaangifte aanvragen',
    lead: 'Met dit attest bewijst u uw inkomen, bijvoorbeeld voor een lening of een studiebeurs. Het is gratis.',
    start: 'Aanvraag starten',
    needHeading: 'Wat hebt u nodig?',
    need: ['Uw identiteitskaart en de pincode ervan, of de app itsme.', 'Ongeveer 5 minuten.'],
    intro: 'U kunt het attest ook telefonisch, per post of aan het loket aanvragen.',
    callNote: 'Houd uw rijksregisternummer bij de hand.',
    post: ['FOD Financiën', 'Koning Albert II-laan 33 bus 10', '1030 Brussel'],
    postNote: 'Stuur een brief met uw naam, uw adres en het jaar van het attest.',
    office: ['Financiëntoren', 'Kruidtuinlaan 50', '1000 Brussel'],
    appointment: 'Maak een afspraak',
    officeNote: 'Breng uw identiteitskaart mee.',
    paper: 'Vraag het papieren formulier aan',
  },
  fr: {
    title: 'Demander une attestation de votre déclaration d’impôt',
    lead: 'Cette attestation prouve vos revenus, par exemple pour un prêt ou une bourse d’études. Elle est gratuite.',
    start: 'Commencer la demande',
    needHeading: 'De quoi avez-vous besoin ?',
    need: ['Votre carte d’identité et son code PIN, ou l’application itsme.', 'Environ 5 minutes.'],
    intro: 'Vous pouvez aussi demander l’attestation par téléphone, par courrier ou au guichet.',
    callNote: 'Gardez votre numéro de registre national sous la main.',
    post: ['SPF Finances', 'Boulevard du Roi Albert II 33 boîte 10', '1030 Bruxelles'],
    postNote: 'Envoyez une lettre avec votre nom, votre adresse et l’année de l’attestation.',
    office: ['Tour des Finances', 'Boulevard du Jardin Botanique 50', '1000 Bruxelles'],
    appointment: 'Prendre rendez-vous',
    officeNote: 'Apportez votre carte d’identité.',
    paper: 'Demander le formulaire papier',
  },
  de: {
    title: 'Eine Bescheinigung Ihrer Steuererklärung beantragen',
    lead: 'Mit dieser Bescheinigung weisen Sie Ihr Einkommen nach, zum Beispiel für einen Kredit oder ein Stipendium. Sie ist kostenlos.',
    start: 'Antrag starten',
    needHeading: 'Was brauchen Sie?',
    need: ['Ihren Personalausweis und die PIN dazu, oder die App itsme.', 'Etwa 5 Minuten.'],
    intro: 'Sie können die Bescheinigung auch telefonisch, per Post oder am Schalter beantragen.',
    callNote: 'Halten Sie Ihre Nationalregisternummer bereit.',
    post: ['FÖD Finanzen', 'Boulevard du Roi Albert II 33 Briefkasten 10', '1030 Brüssel'],
    postNote:
      'Schicken Sie einen Brief mit Ihrem Namen, Ihrer Adresse und dem Jahr der Bescheinigung.',
    office: ['Finanzturm', 'Boulevard du Jardin Botanique 50', '1000 Brüssel'],
    appointment: 'Einen Termin vereinbaren',
    officeNote: 'Bringen Sie Ihren Personalausweis mit.',
    paper: 'Das Papierformular anfordern',
  },
  en: {
    title: 'Ask for a certificate of your tax return',
    lead: 'This certificate proves your income, for example for a loan or a study grant. It is free.',
    start: 'Start your request',
    needHeading: 'What do you need?',
    need: ['Your identity card and its PIN code, or the itsme app.', 'About 5 minutes.'],
    intro: 'You can also ask for the certificate by phone, by post or at a counter.',
    callNote: 'Keep your national register number at hand.',
    post: ['FPS Finance', 'Boulevard du Roi Albert II 33 box 10', '1030 Brussels'],
    postNote: 'Send a letter with your name, your address and the year of the certificate.',
    office: ['Finance Tower', 'Boulevard du Jardin Botanique 50', '1000 Brussels'],
    appointment: 'Make an appointment',
    officeNote: 'Bring your identity card.',
    paper: 'Ask for the paper form',
  },
};

const lines = (parts: string[]) =>
  parts.map((part, index) => html`${index ? html`<br />` : ''}${part}`);

function page(locale: Locale) {
  const t = text[locale];
  const main = html`<h1>${t.title}</h1>
    <p>${t.lead}</p>
    <h2>${t.needHeading}</h2>
    <ul>
      ${t.need.map((item) => html`<li>${item}</li>`)}
    </ul>
    <p><bf-button href="#start">${t.start}</bf-button></p>
    <bf-alternative-channels variant="full" heading-level="2">
      <p slot="intro">${t.intro}</p>
      <bf-channel
        kind="phone"
        value=${phone}
        hours=${hours}
        cost="free"
        languages="nl fr de"
        .now=${storyNow}
      >
        <p>${t.callNote}</p>
      </bf-channel>
      <bf-channel kind="post">
        <address slot="address">${lines(t.post)}</address>
        <p>${t.postNote}</p>
      </bf-channel>
      <bf-channel kind="office" hours="Mo-Th 09:00-12:00" by-appointment step-free .now=${storyNow}>
        <address slot="address">${lines(t.office)}</address>
        <a slot="appointment" href="#appointment">${t.appointment}</a>
        <p>${t.officeNote}</p>
      </bf-channel>
      <a slot="action" href="#paper-form">${t.paper}</a>
    </bf-alternative-channels>
    ${fullHelp(locale, { headingLevel: 2 })}`;
  return pageFrame(locale, { main });
}

const meta = {
  title: 'Patterns/Procedure start page',
  render: (_args, context) => {
    addPageStyles();
    return page(localeOf(context));
  },
  parameters: {
    page: true,
    layout: 'fullscreen',
    a11y: pageA11y,
  },
  play: async (context: StoryContext) => {
    const { canvasElement } = context;
    const help = canvasElement.querySelector('bf-help')!;
    await help.updateComplete;
    const entry = help.shadowRoot!.querySelector<HTMLButtonElement>('[part="entry"]')!;
    await userEvent.click(entry);
    await waitFor(() => expect(help.open).toBe(true));
    // The header's menu and the language switcher; the help's options are in the outline too.
    await checkPage(canvasElement, { title: text[localeOf(context)].title, navigations: 2 });
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Dutch: Story = { globals: { locale: 'nl' } };
export const French: Story = { globals: { locale: 'fr' } };
export const German: Story = { globals: { locale: 'de' } };
export const English: Story = { globals: { locale: 'en' } };
/** At 320 px, as on a small phone, and at 400 % zoom: nothing scrolls sideways. */
export const DutchPhone: Story = {
  globals: { locale: 'nl', viewport: { value: 'smallPhone320', isRotated: false } },
};
