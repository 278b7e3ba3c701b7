// e-Box messages for the tests: a realistic one, and data as broken as an API or a host can send.
import type { EboxMessage } from '@belfry/components';

/** A day as `YYYY-MM-DD`, `days` after 15 June 2026 (the tests' "now"). */
export const now = new Date(2026, 5, 15, 10, 0);
export const day = (days: number): string => {
  const date = new Date(2026, 5, 15 + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** A tax assessment from FPS Finance: registered, with a payment, two documents and a reply. */
export function taxAssessment(overrides: Partial<EboxMessage> = {}): EboxMessage {
  return {
    id: 'fin-2026-000123',
    subject: {
      nl: 'Aanslagbiljet personenbelasting 2026',
      fr: 'Avertissement-extrait de rôle impôt des personnes physiques 2026',
      de: 'Steuerbescheid Steuer der natürlichen Personen 2026',
      en: 'Personal income tax assessment 2026',
    },
    receivedAt: '2026-06-10T08:30:00+02:00',
    expiresAt: day(3),
    read: false,
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
      en: 'Dear Sir or Madam,\n\nYour tax assessment for 2026 is attached.\n\nPlease pay the amount below by the due date.',
      nl: 'Geachte mevrouw, geachte heer,\n\nIn bijlage vindt u uw aanslagbiljet 2026.\n\nBetaal het bedrag hieronder vóór de vervaldag.',
    },
    attachments: [
      {
        title: 'Explanatory notes',
        fileName: 'notes.pdf',
        mediaType: 'application/pdf',
        sizeKb: 1200,
        signed: false,
        main: false,
        url: '/ebox/fin-2026-000123/notes.pdf',
      },
      {
        title: 'Tax assessment 2026',
        fileName: 'assessment-2026.pdf',
        mediaType: 'application/pdf',
        sizeKb: 240,
        signed: true,
        main: true,
        url: '/ebox/fin-2026-000123/assessment-2026.pdf',
      },
    ],
    payment: {
      amount: 1250.37,
      currency: 'EUR',
      dueDate: day(40),
      iban: 'BE68539007547034',
      bic: 'BPOTBEB1',
      reference: '090933755493',
    },
    replyAllowed: true,
    ...overrides,
  };
}

/** Data as broken as it comes: each must show something sensible, without an exception. */
export const hostileMessages: Record<string, unknown> = {
  'an empty object': {},
  'no sender, no dates, no subject': { id: 'x', subject: {}, read: false, registeredMail: false },
  'invalid dates everywhere': taxAssessment({
    receivedAt: 'yesterday',
    expiresAt: '2026-02-30',
    payment: { amount: 10, dueDate: 'soon', iban: 'BE68539007547034' },
  }),
  'markup in the subject and body': taxAssessment({
    subject: { en: '<img src=x onerror="window.hacked=1">Tax' },
    body: { en: '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>' },
  }),
  'a 200-character word': taxAssessment({
    subject: { en: 'W'.repeat(200) },
    body: { en: 'B'.repeat(200) },
    attachments: [
      {
        title: 'T'.repeat(200),
        fileName: 'x.pdf',
        mediaType: 'application/pdf',
        sizeKb: 2,
        signed: false,
        main: true,
        url: '/x.pdf',
      },
    ],
  }),
  'only unknown languages': taxAssessment({
    subject: { es: 'Liquidación del impuesto' } as never,
    body: { xx_invalid: 'Texto' } as never,
    sender: { id: '1', name: { es: 'Hacienda' } as never },
  }),
  'wrong types in every field': {
    id: 42,
    subject: 'A plain string',
    receivedAt: { year: 2026 },
    expiresAt: NaN,
    read: 'yes',
    registeredMail: 'true',
    sender: 'FPS Finance',
    messageType: 7,
    attachments: [
      null,
      'x',
      { title: 5, sizeKb: 'big', mediaType: null, url: 'javascript:alert(1)' },
    ],
    payment: { amount: 'NaN', currency: 'euro', iban: 12, reference: {}, dueDate: Infinity },
    body: 12,
    replyAllowed: 'no',
  },
  'a hostile attachment and contact': taxAssessment({
    attachments: [
      {
        title: 'Pay here',
        fileName: 'a.pdf',
        mediaType: 'application/pdf',
        sizeKb: -5,
        signed: true,
        main: true,
        url: 'javascript:alert(1)',
      },
    ],
    sender: {
      id: '1',
      name: { en: 'FPS Finance' },
      helpdesk: { phone: '<b>02</b>', email: 'not an address', url: 'data:text/html,<script>' },
    },
  }),
};

/** Words that must never reach the screen: signs of a value shown without a check. */
export const brokenWords = /Invalid Date|NaN|undefined|null|\[object Object\]|Infinity/;

/** Everything the element shows, its shadow roots and theirs included, as text. */
export function renderedText(root: Node): string {
  let textContent = '';
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) textContent += node.textContent;
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return textContent.replace(/\s+/g, ' ').trim();
}
