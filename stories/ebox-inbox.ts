// A realistic e-Box: the letters a Belgian citizen receives in a year, as the e-Box REST API
// describes them. Shared by the bf-ebox-list stories and tests. Dates are fixed around `inboxNow`,
// so that "Expires in 4 days" reads the same in every run.
import type { EboxMessage, EboxMessageType, EboxSender } from '@belfry/components';

/** The moment the inbox is looked at: 10 June 2026, 10:00 in Brussels. */
export const inboxNow = new Date('2026-06-10T10:00:00+02:00');

const finance: EboxSender = {
  id: '0308357159',
  name: { nl: 'FOD Financiën', fr: 'SPF Finances', de: 'FÖD Finanzen', en: 'FPS Finance' },
  website: 'https://finances.belgium.be',
};
const pensions: EboxSender = {
  id: '0206738078',
  name: {
    nl: 'Federale Pensioendienst',
    fr: 'Service fédéral des Pensions',
    de: 'Föderaler Pensionsdienst',
    en: 'Federal Pension Service',
  },
};
const socialSecurity: EboxSender = {
  id: '0206731645',
  name: {
    nl: 'Rijksdienst voor Sociale Zekerheid',
    fr: 'Office national de sécurité sociale',
    de: 'Landesamt für soziale Sicherheit',
    en: 'National Social Security Office',
  },
};
const cityHall: EboxSender = {
  id: '0207373429',
  name: {
    nl: 'Stad Brussel',
    fr: 'Ville de Bruxelles',
    de: 'Stadt Brüssel',
    en: 'City of Brussels',
  },
};
const mobility: EboxSender = {
  id: '0308357852',
  name: {
    nl: 'FOD Mobiliteit en Vervoer',
    fr: 'SPF Mobilité et Transports',
    de: 'FÖD Mobilität und Transportwesen',
    en: 'FPS Mobility and Transport',
  },
};
const namur: EboxSender = { id: '0216689981', name: { fr: 'Ville de Namur' } };

const assessment: EboxMessageType = {
  id: 'tax-assessment',
  name: {
    nl: 'Aanslagbiljet',
    fr: 'Avertissement-extrait de rôle',
    de: 'Steuerbescheid',
    en: 'Tax assessment',
  },
};
const letter: EboxMessageType = {
  id: 'letter',
  name: { nl: 'Brief', fr: 'Courrier', de: 'Schreiben', en: 'Letter' },
};
const certificate: EboxMessageType = {
  id: 'certificate',
  name: { nl: 'Attest', fr: 'Attestation', de: 'Bescheinigung', en: 'Certificate' },
};

const pdf = (title: string, fileName: string, sizeKb: number, main = true, signed = true) => ({
  title,
  fileName,
  mediaType: 'application/pdf',
  sizeKb,
  signed,
  main,
});

/** Six messages: a tax assessment to pay, a pension estimate, a social security certificate, a
 * city hall letter that has expired, a registered letter and a letter only in French. */
export const inbox: readonly EboxMessage[] = [
  {
    id: 'msg-2026-0001',
    subject: {
      nl: 'Aanslagbiljet personenbelasting, aanslagjaar 2026',
      fr: 'Avertissement-extrait de rôle à l’impôt des personnes physiques, exercice 2026',
      de: 'Steuerbescheid Einkommensteuer, Steuerjahr 2026',
      en: 'Personal income tax assessment, tax year 2026',
    },
    receivedAt: '2026-06-08T07:12:00+02:00',
    expiresAt: '2026-06-14',
    read: false,
    registeredMail: false,
    sender: finance,
    messageType: assessment,
    attachments: [pdf('Aanslagbiljet 2026', 'aanslagbiljet-2026.pdf', 182)],
    payment: {
      amount: 1234.56,
      currency: 'EUR',
      dueDate: '2026-08-31',
      iban: 'BE39 6792 0022 9319',
      bic: 'PCHQBEBB',
      reference: '+++090/9337/55493+++',
    },
    replyAllowed: false,
  },
  {
    id: 'msg-2026-0002',
    subject: {
      nl: 'Aangetekende zending: inschrijving van uw voertuig',
      fr: 'Envoi recommandé : immatriculation de votre véhicule',
      de: 'Einschreiben: Zulassung Ihres Fahrzeugs',
      en: 'Registered letter: registration of your vehicle',
    },
    receivedAt: '2026-06-05T14:40:00+02:00',
    expiresAt: '2026-09-05',
    read: false,
    registeredMail: true,
    sender: mobility,
    messageType: letter,
    attachments: [pdf('Inschrijvingsbewijs', 'inschrijvingsbewijs.pdf', 96)],
    replyAllowed: true,
  },
  {
    id: 'msg-2026-0003',
    subject: {
      nl: 'Uw pensioenraming',
      fr: 'Votre estimation de pension',
      de: 'Ihre Pensionsschätzung',
      en: 'Your pension estimate',
    },
    receivedAt: '2026-05-21T09:00:00+02:00',
    expiresAt: '2027-05-21',
    read: true,
    registeredMail: false,
    sender: pensions,
    messageType: letter,
    attachments: [pdf('Pensioenraming', 'pensioenraming.pdf', 240)],
    replyAllowed: true,
  },
  {
    id: 'msg-2026-0004',
    subject: {
      nl: 'Attest van sociale zekerheid voor uw werkgever',
      fr: 'Attestation de sécurité sociale pour votre employeur',
      de: 'Bescheinigung der sozialen Sicherheit für Ihren Arbeitgeber',
      en: 'Social security certificate for your employer',
    },
    receivedAt: '2026-05-02T11:30:00+02:00',
    expiresAt: '2026-07-02',
    read: false,
    registeredMail: false,
    sender: socialSecurity,
    messageType: certificate,
    attachments: [
      pdf('Attest', 'attest-rsz.pdf', 64),
      pdf('Toelichting', 'toelichting.pdf', 120, false, false),
    ],
  },
  {
    id: 'msg-2026-0005',
    subject: {
      nl: 'Uw bewonerskaart voor parkeren is klaar',
      fr: 'Votre carte de riverain pour le stationnement est prête',
      de: 'Ihr Anwohnerparkausweis ist bereit',
      en: 'Your resident parking card is ready',
    },
    receivedAt: '2026-03-12T08:15:00+01:00',
    expiresAt: '2026-06-01',
    read: true,
    registeredMail: false,
    sender: cityHall,
    messageType: letter,
    payment: { amount: 10, currency: 'EUR', dueDate: '2026-04-12' },
  },
  {
    id: 'msg-2026-0006',
    subject: { fr: 'Rappel : collecte des encombrants dans votre rue' },
    receivedAt: '2026-02-20T10:00:00+01:00',
    read: true,
    registeredMail: false,
    sender: namur,
    messageType: letter,
  },
];
