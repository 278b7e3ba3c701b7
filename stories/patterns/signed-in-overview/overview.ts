// The signed-in overview: the citizen's "My overview" page in MyMinfin after signing in, built
// only from Belfry elements in the shared frame. A greeting, an urgent message about a letter
// that expires soon, the procedures in progress with their status, what the government already
// knows (shown with its source, never asked again: "only once"), the e-Box, and the help.
// Opening a message shows it in place of the list; its back link shows the list again and puts
// focus back where the citizen opened it. The story (overview.stories.ts) checks all of that.
import { html, type TemplateResult } from 'lit';
import '@belfry/components/alert';
import '@belfry/components/breadcrumbs';
import '@belfry/components/ebox-list';
import '@belfry/components/ebox-message';
import '@belfry/components/help';
import '@belfry/components/link';
import '@belfry/components/summary-list';
import '@belfry/components/tag';
import type {
  BfEboxList,
  BfEboxMessage,
  EboxAttachment,
  EboxMessage,
  TagVariant,
} from '@belfry/components';
import { formatDate, type KnownSource } from '@belfry/core';
import { inbox, inboxNow } from '../../ebox-inbox.js';
import { fullHelp } from '../../help-content.js';
import type { Locale } from '../../story-context';
import { frameText, pageFrame } from '../frame.js';

/** The citizen, as the National Register knows her. */
export const citizen = { firstName: 'An', name: 'An Peeters' };

/** The message the urgent alert is about: the tax assessment, which expires in 4 days. */
export const urgentMessageId = 'msg-2026-0001';

type Procedure = {
  title: string;
  status: string;
  variant: TagVariant;
  /** What happens now, with the procedure's date in it. */
  text: (date: string) => string;
  date: string;
  action: string;
  href: string;
};

type KnownRow = { question: string; answer: string; source: KnownSource; change?: string };

/** What the page says, as FPS Finance would write it to a citizen. */
export interface OverviewText {
  breadcrumb: string;
  greeting: (firstName: string) => string;
  lead: string;
  urgentHeading: (date: string) => string;
  urgent: string;
  urgentLink: string;
  proceduresHeading: string;
  procedures: readonly Procedure[];
  knownHeading: string;
  known: string;
  knownRows: readonly KnownRow[];
  eboxHeading: string;
  ebox: string;
  /** The documents' titles in this language, by file name. */
  documents: Readonly<Record<string, string>>;
  /** The tax assessment's letter. */
  assessmentBody: string;
}

const documentsIn = (titles: readonly string[]) => ({
  'aanslagbiljet-2026.pdf': titles[0]!,
  'inschrijvingsbewijs.pdf': titles[1]!,
  'pensioenraming.pdf': titles[2]!,
  'attest-rsz.pdf': titles[3]!,
  'toelichting.pdf': titles[4]!,
});

export const overviewText: Readonly<Record<Locale, OverviewText>> = {
  nl: {
    breadcrumb: 'Mijn overzicht',
    greeting: (firstName) => `Welkom, ${firstName}`,
    lead: 'Hier vindt u uw berichten, uw lopende aanvragen en de gegevens die wij al van u hebben.',
    urgentHeading: (date) => `Uw aanslagbiljet vervalt op ${date}`,
    urgent: 'Daarna verdwijnt het uit uw e-Box. Open het en download het als u het wilt bewaren.',
    urgentLink: 'Open het aanslagbiljet',
    proceduresHeading: 'Uw lopende aanvragen',
    procedures: [
      {
        title: 'Belastingaangifte 2026',
        status: 'Nog af te werken',
        variant: 'warning',
        text: (date) =>
          `U hebt uw aangifte bewaard op ${date}. Dien ze in vóór 15 juli 2026. Wat wij al weten, is al ingevuld.`,
        date: '2026-06-02',
        action: 'Verder invullen',
        href: '#tax-return',
      },
      {
        title: 'Attest van uw belastingaangifte',
        status: 'In behandeling',
        variant: 'info',
        text: (date) =>
          `Aangevraagd op ${date}. U krijgt het attest binnen 5 werkdagen in uw e-Box.`,
        date: '2026-06-08',
        action: 'Aanvraag bekijken',
        href: '#certificate',
      },
      {
        title: 'Afbetalingsplan voor uw belastingen 2025',
        status: 'Goedgekeurd',
        variant: 'success',
        text: (date) =>
          `Wij hebben uw plan goedgekeurd op ${date}. U betaalt in 6 maanden, elke maand vóór de 10de.`,
        date: '2026-06-03',
        action: 'Plan bekijken',
        href: '#payment-plan',
      },
    ],
    knownHeading: 'Wat wij al van u weten',
    known:
      'U hoeft deze gegevens nergens opnieuw in te vullen. Klopt er iets niet? Pas het hier aan.',
    knownRows: [
      { question: 'Naam', answer: 'An Peeters', source: 'national-register' },
      {
        question: 'Adres',
        answer: 'Kerkstraat 12, 9000 Gent',
        source: 'national-register',
        change: 'uw adres',
      },
      { question: 'Rijksregisternummer', answer: '85.07.30-033.28', source: 'national-register' },
      {
        question: 'Rekeningnummer voor terugbetalingen',
        answer: 'BE71 0961 2345 6769',
        source: 'finance',
        change: 'uw rekeningnummer',
      },
    ],
    eboxHeading: 'Uw e-Box',
    ebox: 'De officiële brieven die u van de overheid krijgt. Een bericht blijft een beperkte tijd bewaard: download wat u wilt houden.',
    documents: documentsIn([
      'Aanslagbiljet 2026',
      'Inschrijvingsbewijs',
      'Pensioenraming',
      'Attest',
      'Toelichting',
    ]),
    assessmentBody:
      'Geachte mevrouw,\n\nIn bijlage vindt u uw aanslagbiljet voor het aanslagjaar 2026. U moet nog belastingen betalen.\n\nBetaal het bedrag hieronder uiterlijk op de vervaldag, met de gestructureerde mededeling.\n\nMet vriendelijke groeten,\nFOD Financiën',
  },
  fr: {
    breadcrumb: 'Mon aperçu',
    greeting: (firstName) => `Bienvenue, ${firstName}`,
    lead: 'Vous trouvez ici vos messages, vos demandes en cours et les données que nous avons déjà.',
    urgentHeading: (date) => `Votre avertissement-extrait de rôle expire le ${date}`,
    urgent:
      'Ensuite, il disparaît de votre e-Box. Ouvrez-le et téléchargez-le si vous voulez le garder.',
    urgentLink: 'Ouvrir l’avertissement-extrait de rôle',
    proceduresHeading: 'Vos demandes en cours',
    procedures: [
      {
        title: 'Déclaration d’impôt 2026',
        status: 'À terminer',
        variant: 'warning',
        text: (date) =>
          `Vous avez enregistré votre déclaration le ${date}. Introduisez-la avant le 15 juillet 2026. Ce que nous savons déjà est déjà rempli.`,
        date: '2026-06-02',
        action: 'Continuer à remplir',
        href: '#tax-return',
      },
      {
        title: 'Attestation de votre déclaration d’impôt',
        status: 'En cours de traitement',
        variant: 'info',
        text: (date) =>
          `Demandée le ${date}. Vous recevrez l’attestation dans votre e-Box dans les 5 jours ouvrables.`,
        date: '2026-06-08',
        action: 'Voir la demande',
        href: '#certificate',
      },
      {
        title: 'Plan de paiement pour vos impôts 2025',
        status: 'Approuvé',
        variant: 'success',
        text: (date) =>
          `Nous avons approuvé votre plan le ${date}. Vous payez en 6 mois, chaque mois avant le 10.`,
        date: '2026-06-03',
        action: 'Voir le plan',
        href: '#payment-plan',
      },
    ],
    knownHeading: 'Ce que nous savons déjà de vous',
    known:
      'Vous ne devez plus remplir ces données nulle part. Une donnée est incorrecte ? Modifiez-la ici.',
    knownRows: [
      { question: 'Nom', answer: 'An Peeters', source: 'national-register' },
      {
        question: 'Adresse',
        answer: 'Kerkstraat 12, 9000 Gent',
        source: 'national-register',
        change: 'votre adresse',
      },
      {
        question: 'Numéro de registre national',
        answer: '85.07.30-033.28',
        source: 'national-register',
      },
      {
        question: 'Numéro de compte pour les remboursements',
        answer: 'BE71 0961 2345 6769',
        source: 'finance',
        change: 'votre numéro de compte',
      },
    ],
    eboxHeading: 'Votre e-Box',
    ebox: 'Les courriers officiels que vous recevez des autorités. Un message est gardé un temps limité : téléchargez ce que vous voulez garder.',
    documents: documentsIn([
      'Avertissement-extrait de rôle 2026',
      'Certificat d’immatriculation',
      'Estimation de pension',
      'Attestation',
      'Notes explicatives',
    ]),
    assessmentBody:
      'Madame,\n\nVous trouverez en annexe votre avertissement-extrait de rôle pour l’exercice d’imposition 2026. Vous avez encore des impôts à payer.\n\nPayez le montant ci-dessous au plus tard à l’échéance, avec la communication structurée.\n\nCordialement,\nSPF Finances',
  },
  de: {
    breadcrumb: 'Meine Übersicht',
    greeting: (firstName) => `Willkommen, ${firstName}`,
    lead: 'Hier finden Sie Ihre Nachrichten, Ihre laufenden Anträge und die Daten, die wir schon von Ihnen haben.',
    urgentHeading: (date) => `Ihr Steuerbescheid läuft am ${date} ab`,
    urgent:
      'Danach verschwindet er aus Ihrer e-Box. Öffnen Sie ihn und laden Sie ihn herunter, wenn Sie ihn aufbewahren möchten.',
    urgentLink: 'Steuerbescheid öffnen',
    proceduresHeading: 'Ihre laufenden Anträge',
    procedures: [
      {
        title: 'Steuererklärung 2026',
        status: 'Noch abzuschließen',
        variant: 'warning',
        text: (date) =>
          `Sie haben Ihre Erklärung am ${date} gespeichert. Reichen Sie sie vor dem 15. Juli 2026 ein. Was wir schon wissen, ist bereits ausgefüllt.`,
        date: '2026-06-02',
        action: 'Weiter ausfüllen',
        href: '#tax-return',
      },
      {
        title: 'Bescheinigung Ihrer Steuererklärung',
        status: 'In Bearbeitung',
        variant: 'info',
        text: (date) =>
          `Beantragt am ${date}. Sie erhalten die Bescheinigung innerhalb von 5 Werktagen in Ihrer e-Box.`,
        date: '2026-06-08',
        action: 'Antrag ansehen',
        href: '#certificate',
      },
      {
        title: 'Zahlungsplan für Ihre Steuern 2025',
        status: 'Genehmigt',
        variant: 'success',
        text: (date) =>
          `Wir haben Ihren Plan am ${date} genehmigt. Sie zahlen in 6 Monaten, jeden Monat vor dem 10.`,
        date: '2026-06-03',
        action: 'Plan ansehen',
        href: '#payment-plan',
      },
    ],
    knownHeading: 'Was wir schon von Ihnen wissen',
    known:
      'Sie müssen diese Daten nirgends erneut eingeben. Stimmt etwas nicht? Ändern Sie es hier.',
    knownRows: [
      { question: 'Name', answer: 'An Peeters', source: 'national-register' },
      {
        question: 'Adresse',
        answer: 'Kerkstraat 12, 9000 Gent',
        source: 'national-register',
        change: 'Ihre Adresse',
      },
      {
        question: 'Nationalregisternummer',
        answer: '85.07.30-033.28',
        source: 'national-register',
      },
      {
        question: 'Kontonummer für Erstattungen',
        answer: 'BE71 0961 2345 6769',
        source: 'finance',
        change: 'Ihre Kontonummer',
      },
    ],
    eboxHeading: 'Ihre e-Box',
    ebox: 'Die offiziellen Schreiben, die Sie von den Behörden erhalten. Eine Nachricht wird nur eine begrenzte Zeit aufbewahrt: Laden Sie herunter, was Sie behalten möchten.',
    documents: documentsIn([
      'Steuerbescheid 2026',
      'Zulassungsbescheinigung',
      'Pensionsschätzung',
      'Bescheinigung',
      'Erläuterungen',
    ]),
    assessmentBody:
      'Sehr geehrte Frau Peeters,\n\nIn der Anlage finden Sie Ihren Steuerbescheid für das Steuerjahr 2026. Sie müssen noch Steuern zahlen.\n\nZahlen Sie den unten stehenden Betrag spätestens bis zum Fälligkeitsdatum, mit der strukturierten Mitteilung.\n\nMit freundlichen Grüßen\nFÖD Finanzen',
  },
  en: {
    breadcrumb: 'My overview',
    greeting: (firstName) => `Welcome, ${firstName}`,
    lead: 'Here you find your messages, your requests in progress and the details we already have about you.',
    urgentHeading: (date) => `Your tax assessment expires on ${date}`,
    urgent:
      'After that it disappears from your e-Box. Open it and download it if you want to keep it.',
    urgentLink: 'Open the tax assessment',
    proceduresHeading: 'Your requests in progress',
    procedures: [
      {
        title: '2026 tax return',
        status: 'To finish',
        variant: 'warning',
        text: (date) =>
          `You saved your return on ${date}. Send it before 15 July 2026. What we already know is filled in for you.`,
        date: '2026-06-02',
        action: 'Continue your return',
        href: '#tax-return',
      },
      {
        title: 'Certificate of your tax return',
        status: 'Being processed',
        variant: 'info',
        text: (date) =>
          `Requested on ${date}. You will get the certificate in your e-Box within 5 working days.`,
        date: '2026-06-08',
        action: 'See your request',
        href: '#certificate',
      },
      {
        title: 'Payment plan for your 2025 taxes',
        status: 'Approved',
        variant: 'success',
        text: (date) =>
          `We approved your plan on ${date}. You pay over 6 months, each month before the 10th.`,
        date: '2026-06-03',
        action: 'See your plan',
        href: '#payment-plan',
      },
    ],
    knownHeading: 'What we already know about you',
    known:
      'You do not have to fill in these details anywhere again. Is something wrong? Change it here.',
    knownRows: [
      { question: 'Name', answer: 'An Peeters', source: 'national-register' },
      {
        question: 'Address',
        answer: 'Kerkstraat 12, 9000 Gent',
        source: 'national-register',
        change: 'your address',
      },
      {
        question: 'National register number',
        answer: '85.07.30-033.28',
        source: 'national-register',
      },
      {
        question: 'Account number for refunds',
        answer: 'BE71 0961 2345 6769',
        source: 'finance',
        change: 'your account number',
      },
    ],
    eboxHeading: 'Your e-Box',
    ebox: 'The official letters you receive from the government. A message is kept for a limited time: download what you want to keep.',
    documents: documentsIn([
      'Tax assessment 2026',
      'Registration certificate',
      'Pension estimate',
      'Certificate',
      'Explanatory notes',
    ]),
    assessmentBody:
      'Dear Ms Peeters,\n\nPlease find attached your tax assessment for the tax year 2026. You still have tax to pay.\n\nPay the amount below by the due date at the latest, with the structured reference.\n\nKind regards,\nFPS Finance',
  },
};

/**
 * The shared inbox (stories/ebox-inbox.ts) as this citizen reads it in `locale`: the documents'
 * titles in her language, the tax assessment's letter, and FPS Finance's helpdesk.
 */
export function inboxIn(locale: Locale): EboxMessage[] {
  const t = overviewText[locale];
  const attachment = (document: EboxAttachment): EboxAttachment => ({
    ...document,
    title: t.documents[document.fileName] ?? document.title,
    url: `#download-${document.fileName}`,
  });
  return inbox.map((message) => ({
    ...message,
    attachments: message.attachments?.map(attachment),
    ...(message.id === urgentMessageId
      ? {
          body: { [locale]: t.assessmentBody } as EboxMessage['body'],
          sender: { ...message.sender!, helpdesk: { phone: '02 572 57 57' } },
        }
      : {}),
  }));
}

/** Shows `id` in place of the list, marked read, with focus on its subject. */
async function openMessage(page: HTMLElement, id: string, returnFocus: () => void) {
  const list = page.querySelector<BfEboxList>('bf-ebox-list')!;
  const viewer = page.querySelector<BfEboxMessage>('bf-ebox-message')!;
  const message = list.messages.find((candidate) => candidate.id === id);
  if (!message) return;
  const read = { ...message, read: true };
  list.messages = list.messages.map((candidate) => (candidate.id === id ? read : candidate));
  viewer.message = read;
  returnFocusTo.set(viewer, returnFocus);
  list.hidden = true;
  viewer.hidden = false;
  await viewer.updateComplete;
  // A screen reader starts reading the message where it begins.
  viewer.focusSubject();
}

/** Where focus goes back to when the citizen leaves the message they opened. */
const returnFocusTo = new WeakMap<BfEboxMessage, () => void>();

/** The overview in `locale`, inside the shared frame. */
export function overviewPage(locale: Locale): TemplateResult {
  const t = overviewText[locale];
  const messages = inboxIn(locale);
  const format = (date: string | number | Date) => formatDate({ locale }, date);
  const urgent = messages.find((message) => message.id === urgentMessageId)!;
  const pageOf = (event: Event) => (event.currentTarget as Element).closest('main')!;

  const fromList = (event: CustomEvent<{ id: string }>) => {
    // A single-page app: the message is shown here, instead of at another address.
    event.preventDefault();
    const list = event.currentTarget as BfEboxList;
    const { id } = event.detail;
    // Back on the list, on the subject the citizen opened, as after the browser's Back.
    void openMessage(pageOf(event), id, () => list.focusMessage(id));
  };
  const fromAlert = (event: MouseEvent) => {
    event.preventDefault();
    const link = event.currentTarget as HTMLAnchorElement;
    void openMessage(pageOf(event), urgentMessageId, () => link.focus());
  };
  const back = async (event: CustomEvent<{ id: string }>) => {
    event.preventDefault();
    const viewer = event.currentTarget as BfEboxMessage;
    const list = pageOf(event).querySelector<BfEboxList>('bf-ebox-list')!;
    viewer.hidden = true;
    list.hidden = false;
    await list.updateComplete;
    returnFocusTo.get(viewer)?.();
  };

  const main = html`<bf-breadcrumbs>
      <a href="#home">${frameText[locale].home}</a>
      <span>${t.breadcrumb}</span>
    </bf-breadcrumbs>
    <h1>${t.greeting(citizen.firstName)}</h1>
    <p>${t.lead}</p>
    <bf-alert variant="warning" heading=${t.urgentHeading(format(urgent.expiresAt!))}>
      <p>${t.urgent}</p>
      <p>
        <bf-link
          ><a href="#ebox-${urgentMessageId}" @click=${fromAlert}>${t.urgentLink}</a></bf-link
        >
      </p>
    </bf-alert>
    <h2>${t.proceduresHeading}</h2>
    <ul class="page-items">
      ${t.procedures.map(
        (procedure) =>
          html`<li>
            <h3>${procedure.title}</h3>
            <p><bf-tag variant=${procedure.variant}>${procedure.status}</bf-tag></p>
            <p>${procedure.text(format(procedure.date))}</p>
            <p>
              <bf-link><a href=${procedure.href}>${procedure.action}</a></bf-link>
            </p>
          </li>`,
      )}
    </ul>
    <h2>${t.knownHeading}</h2>
    <p>${t.known}</p>
    <bf-summary-list>
      ${t.knownRows.map(
        (row) =>
          html`<bf-summary-list-row
            question=${row.question}
            source=${row.source}
            href=${row.change ? '#change' : ''}
            change-label=${row.change ?? ''}
            >${row.answer}</bf-summary-list-row
          >`,
      )}
    </bf-summary-list>
    <h2 id="ebox">${t.eboxHeading}</h2>
    <p>${t.ebox}</p>
    <bf-ebox-list .now=${inboxNow} .messages=${messages} @bf-ebox-open=${fromList}></bf-ebox-list>
    <bf-ebox-message
      hidden
      heading-level="3"
      back-href="#ebox"
      .now=${inboxNow}
      @bf-ebox-back=${back}
    ></bf-ebox-message>
    ${fullHelp(locale, { headingLevel: 2 })}`;
  return pageFrame(locale, { main, signedIn: citizen.name, now: inboxNow });
}
