// A realistic e-Box mailbox, generated from a seed: the same seed, count and reference time
// always give the same messages, in Node and in a browser alike. Shared by the e-Box component
// tests, the local e-Box service and its example page (test/e2e/ebox-server/) and the benchmark.
// Senders, message types and subjects are what a Belgian citizen receives (tax, pension, social
// security, city hall, health insurer); some subjects lack a language, as real ones do; payments
// carry a valid Belgian IBAN and structured reference. A few hostile records are mixed in, with
// fixed ids (`hostileIds`), to prove that bad data never breaks a list.
// Plain JavaScript with types in ebox-mailbox.d.ts, so that Node runs it without a build step.

/** The reference time of a mailbox when none is given: every default mailbox is the same. */
export const defaultNow = '2026-12-01T09:00:00.000Z';

const dayMs = 86_400_000;

/**
 * A small, fast seeded generator (mulberry32): numbers in [0, 1). Not for secrets; for data
 * that must come out the same every time.
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Belgian company number from its first eight digits: the last two are 97 − (n mod 97). */
function companyNumber(firstEight) {
  const check = 97 - (Number(firstEight) % 97);
  return `${firstEight}${String(check).padStart(2, '0')}`;
}

/** The IBAN check digits of a country code and national account number (ISO 13616, mod 97). */
function ibanCheck(country, account) {
  const digits = `${account}${country}00`.replace(/[A-Z]/g, (letter) =>
    String(letter.charCodeAt(0) - 55),
  );
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return String(98 - remainder).padStart(2, '0');
}

/** A valid Belgian IBAN (electronic form) from a bank code and a seven-digit account number. */
export function belgianIban(bank, account) {
  const first = `${bank}${account}`;
  const check = Number(first) % 97 || 97;
  const national = `${first}${String(check).padStart(2, '0')}`;
  return `BE${ibanCheck('BE', national)}${national}`;
}

/** A valid structured reference (`+++123/4567/89002+++`) from ten digits: mod 97 check. */
export function structuredReference(tenDigits) {
  const check = Number(tenDigits) % 97 || 97;
  const digits = `${tenDigits}${String(check).padStart(2, '0')}`;
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}

// Identifiers are made up (with valid check digits); the names are the organisations' own.
/** The organisations that write to this mailbox, with their helpdesks and payment accounts. */
export const senders = [
  {
    id: companyNumber('03083571'),
    name: { nl: 'FOD Financiën', fr: 'SPF Finances', de: 'FÖD Finanzen' },
    helpdesk: { phone: '+32 2 572 57 57' },
    account: belgianIban('679', '2005502'),
    weight: 22,
  },
  {
    id: companyNumber('02069844'),
    name: {
      nl: 'Federale Pensioendienst',
      fr: 'Service fédéral des Pensions',
      de: 'Föderaler Pensionsdienst',
    },
    helpdesk: { phone: '1765' },
    weight: 10,
  },
  {
    id: companyNumber('02067313'),
    name: {
      nl: 'Rijksdienst voor Sociale Zekerheid',
      fr: 'Office national de sécurité sociale',
      de: 'Landesamt für soziale Sicherheit',
    },
    helpdesk: { phone: '+32 2 509 59 59' },
    account: belgianIban('679', '2003522'),
    weight: 12,
  },
  {
    id: companyNumber('02063730'),
    name: {
      nl: 'Rijksdienst voor Arbeidsvoorziening',
      fr: 'Office national de l’emploi',
      de: 'Landesamt für Arbeitsbeschaffung',
    },
    weight: 6,
  },
  {
    id: companyNumber('02075213'),
    name: { nl: 'Stad Gent' },
    helpdesk: { phone: '09 210 10 10' },
    account: belgianIban('091', '0196336'),
    weight: 6,
  },
  {
    id: companyNumber('02075196'),
    name: { fr: 'Ville de Liège' },
    account: belgianIban('091', '0005245'),
    weight: 4,
  },
  {
    id: companyNumber('02075289'),
    name: { de: 'Stadt Eupen' },
    account: belgianIban('091', '0003224'),
    weight: 3,
  },
  {
    id: companyNumber('02075307'),
    name: { nl: 'Gemeente Schaarbeek', fr: 'Commune de Schaerbeek' },
    account: belgianIban('096', '0000111'),
    weight: 4,
  },
  {
    id: companyNumber('04113027'),
    name: {
      nl: 'Christelijke Mutualiteit',
      fr: 'Mutualité chrétienne',
      de: 'Christliche Krankenkasse',
    },
    account: belgianIban('798', '5004302'),
    weight: 10,
  },
  {
    id: companyNumber('04113045'),
    name: { nl: 'Solidaris', fr: 'Solidaris', de: 'Solidaris' },
    account: belgianIban('877', '8041001'),
    weight: 6,
  },
  {
    id: companyNumber('02081472'),
    name: {
      nl: 'FOD Mobiliteit en Vervoer',
      fr: 'SPF Mobilité et Transports',
      de: 'FÖD Mobilität und Transportwesen',
    },
    weight: 4,
  },
  {
    id: companyNumber('03083565'),
    name: { nl: 'FOD Justitie', fr: 'SPF Justice', de: 'FÖD Justiz' },
    account: belgianIban('679', '2004290'),
    weight: 3,
  },
].map((sender) => Object.freeze(sender));

/** The kinds of message, with how long a message of the kind stays in the e-Box. */
export const messageTypes = Object.freeze(
  [
    {
      id: 'tax-assessment',
      name: { nl: 'Aanslagbiljet', fr: 'Avertissement-extrait de rôle', de: 'Steuerbescheid' },
      validityDays: 730,
    },
    {
      id: 'payment-request',
      name: { nl: 'Betalingsverzoek', fr: 'Demande de paiement', de: 'Zahlungsaufforderung' },
      validityDays: 365,
    },
    {
      id: 'reminder',
      name: { nl: 'Herinnering', fr: 'Rappel', de: 'Erinnerung' },
      validityDays: 120,
    },
    { id: 'decision', name: { nl: 'Beslissing', fr: 'Décision', de: 'Entscheidung' } },
    {
      id: 'certificate',
      name: { nl: 'Attest', fr: 'Attestation', de: 'Bescheinigung' },
      validityDays: 365,
    },
    {
      id: 'notice',
      name: { nl: 'Kennisgeving', fr: 'Notification', de: 'Mitteilung' },
      validityDays: 180,
    },
    {
      id: 'invitation',
      name: { nl: 'Uitnodiging', fr: 'Invitation', de: 'Einladung' },
      validityDays: 60,
    },
  ].map((type) => Object.freeze(type)),
);

// The BIC of the banks behind the accounts above, by bank code (the IBAN's digits 5 to 7).
const bics = { 679: 'PCHQBEBB', '091': 'GKCCBEBB', '096': 'GKCCBEBB' };

const typeById = Object.fromEntries(messageTypes.map((type) => [type.id, type]));

// What each sender writes: a subject per language ({year}, {quarter}, {month} filled in), the
// message type, and what comes with it. `payment` is a range of amounts in euro.
const templates = {
  'FOD Financiën': [
    {
      type: 'tax-assessment',
      subject: {
        nl: 'Aanslagbiljet personenbelasting, aanslagjaar {year}',
        fr: 'Avertissement-extrait de rôle impôt des personnes physiques, exercice d’imposition {year}',
        de: 'Steuerbescheid Steuer der natürlichen Personen, Steuerjahr {year}',
      },
      payment: [45, 3800],
      file: 'aanslagbiljet-{year}',
    },
    {
      type: 'notice',
      subject: {
        nl: 'Uw voorstel van vereenvoudigde aangifte {year}',
        fr: 'Votre proposition de déclaration simplifiée {year}',
        de: 'Ihr Vorschlag einer vereinfachten Erklärung {year}',
      },
      file: 'voorstel-vereenvoudigde-aangifte-{year}',
    },
    {
      type: 'reminder',
      subject: {
        nl: 'Herinnering: betaal uw personenbelasting',
        fr: 'Rappel : payez votre impôt des personnes physiques',
        de: 'Erinnerung: Zahlen Sie Ihre Steuer der natürlichen Personen',
      },
      payment: [45, 3800],
      registered: 0.15,
    },
    {
      type: 'decision',
      subject: {
        nl: 'Beslissing over uw bezwaarschrift',
        fr: 'Décision concernant votre réclamation',
        de: 'Entscheidung über Ihren Widerspruch',
      },
      registered: 0.4,
      file: 'beslissing-bezwaar',
      reply: true,
    },
  ],
  'Federale Pensioendienst': [
    {
      type: 'decision',
      subject: {
        nl: 'De berekening van uw pensioen',
        fr: 'Le calcul de votre pension',
        de: 'Die Berechnung Ihrer Pension',
      },
      registered: 0.1,
      file: 'pensioenberekening',
      reply: true,
    },
    {
      type: 'certificate',
      subject: {
        nl: 'Fiscale fiche {year} van uw pensioen',
        fr: 'Fiche fiscale {year} de votre pension',
        de: 'Steuerbescheinigung {year} Ihrer Pension',
      },
      file: 'fiscale-fiche-281-11-{year}',
    },
    {
      type: 'notice',
      subject: {
        nl: 'Uw pensioen wordt op {day} {month} betaald',
        fr: 'Votre pension sera payée le {day} {month}',
        de: 'Ihre Pension wird am {day}. {month} gezahlt',
      },
    },
  ],
  'Rijksdienst voor Sociale Zekerheid': [
    {
      type: 'payment-request',
      subject: {
        nl: 'Bijdragebericht {quarter}e kwartaal {year}',
        fr: 'Avis de cotisations {quarter}e trimestre {year}',
        de: 'Beitragsmitteilung {quarter}. Quartal {year}',
      },
      payment: [120, 2600],
      file: 'bijdragebericht-{year}-{quarter}',
    },
    {
      type: 'certificate',
      subject: {
        nl: 'Attest van uw sociale bijdragen {year}',
        fr: 'Attestation de vos cotisations sociales {year}',
        de: 'Bescheinigung Ihrer Sozialbeiträge {year}',
      },
      file: 'attest-bijdragen-{year}',
    },
  ],
  'Rijksdienst voor Arbeidsvoorziening': [
    {
      type: 'decision',
      subject: {
        nl: 'Beslissing over uw recht op een uitkering',
        fr: 'Décision sur votre droit aux allocations',
        de: 'Entscheidung über Ihren Anspruch auf Leistungen',
      },
      registered: 0.3,
      file: 'beslissing-uitkering',
      reply: true,
    },
    {
      type: 'invitation',
      subject: {
        nl: 'Uitnodiging voor een gesprek op {day} {month}',
        fr: 'Invitation à un entretien le {day} {month}',
        de: 'Einladung zu einem Gespräch am {day}. {month}',
      },
      reply: true,
    },
  ],
  city: [
    {
      type: 'tax-assessment',
      subject: {
        nl: 'Aanslagbiljet gemeentebelasting {year}',
        fr: 'Avertissement-extrait de rôle taxe communale {year}',
        de: 'Steuerbescheid Gemeindesteuer {year}',
      },
      payment: [25, 480],
      file: 'gemeentebelasting-{year}',
    },
    {
      type: 'notice',
      subject: {
        nl: 'Uw nieuwe identiteitskaart ligt klaar',
        fr: 'Votre nouvelle carte d’identité est prête',
        de: 'Ihr neuer Personalausweis liegt bereit',
      },
    },
    {
      type: 'certificate',
      subject: {
        nl: 'Bevestiging van uw adreswijziging',
        fr: 'Confirmation de votre changement d’adresse',
        de: 'Bestätigung Ihrer Adressänderung',
      },
      file: 'bevestiging-adreswijziging',
    },
  ],
  insurer: [
    {
      type: 'notice',
      subject: {
        nl: 'Terugbetaling van uw medische kosten van {month}',
        fr: 'Remboursement de vos frais médicaux de {month}',
        de: 'Erstattung Ihrer Arztkosten vom {month}',
      },
      file: 'terugbetaling-{month}',
    },
    {
      type: 'payment-request',
      subject: {
        nl: 'Bijdrage aanvullende verzekering {year}',
        fr: 'Cotisation assurance complémentaire {year}',
        de: 'Beitrag Zusatzversicherung {year}',
      },
      payment: [36, 190],
    },
    {
      type: 'certificate',
      subject: {
        nl: 'Attest arbeidsongeschiktheid',
        fr: 'Attestation d’incapacité de travail',
        de: 'Bescheinigung der Arbeitsunfähigkeit',
      },
      file: 'attest-arbeidsongeschiktheid',
      reply: true,
    },
  ],
  'FOD Mobiliteit en Vervoer': [
    {
      type: 'certificate',
      subject: {
        nl: 'Inschrijvingsbewijs van uw voertuig',
        fr: 'Certificat d’immatriculation de votre véhicule',
        de: 'Zulassungsbescheinigung Ihres Fahrzeugs',
      },
      file: 'inschrijvingsbewijs',
    },
  ],
  'FOD Justitie': [
    {
      type: 'payment-request',
      subject: {
        nl: 'Onmiddellijke inning: snelheidsovertreding',
        fr: 'Perception immédiate : excès de vitesse',
        de: 'Sofortige Erhebung: Geschwindigkeitsüberschreitung',
      },
      payment: [53, 330],
      registered: 1,
      file: 'onmiddellijke-inning',
    },
  ],
};

const months = {
  nl: 'januari februari maart april mei juni juli augustus september oktober november december',
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
};
for (const language of Object.keys(months)) months[language] = months[language].split(' ');

function templatesOf(sender) {
  const name = sender.name.nl ?? sender.name.fr ?? sender.name.de;
  if (templates[name]) return templates[name];
  if (/Mutualiteit|Solidaris/.test(name)) return templates.insurer;
  return templates.city;
}

function fill(text, values, language) {
  return text.replace(/\{(\w+)\}/g, (_, key) =>
    key === 'month' ? months[language][values.month] : String(values[key]),
  );
}

/** The ISO day (`YYYY-MM-DD`) of a time in UTC. */
const isoDay = (time) => new Date(time).toISOString().slice(0, 10);

/**
 * The mailbox's hostile records, by id: a subject with HTML in it, a word of 200 characters, no
 * dates (one missing, one not a date), a subject only in a language the model does not know, and
 * a message without a sender. Each is off the model on purpose.
 */
export const hostileIds = Object.freeze({
  html: 'hostile-html',
  longWord: 'hostile-long-word',
  noDate: 'hostile-no-date',
  unknownLanguage: 'hostile-unknown-language',
  noSender: 'hostile-no-sender',
});

/** A word of 200 letters: no space to break at. */
export const longWord = `Aanslagbiljet${'verkeersbelasting'.repeat(12)}`.slice(0, 200);

function hostileMessages(now, finance) {
  const at = (daysAgo) => new Date(now - daysAgo * dayMs).toISOString();
  const type = typeById.notice;
  return [
    {
      id: hostileIds.html,
      subject: {
        nl: '<img src="x" onerror="window.__eboxHacked = true">Belangrijk bericht',
        fr: '<img src="x" onerror="window.__eboxHacked = true">Message important',
        de: '<img src="x" onerror="window.__eboxHacked = true">Wichtige Nachricht',
      },
      receivedAt: at(0.2),
      expiresAt: at(-30),
      read: false,
      registeredMail: false,
      sender: finance,
      messageType: type,
      attachments: [],
      replyAllowed: false,
    },
    {
      id: hostileIds.longWord,
      subject: { nl: longWord, fr: longWord, de: longWord },
      receivedAt: at(1.3),
      expiresAt: at(-90),
      read: true,
      registeredMail: false,
      sender: finance,
      messageType: type,
      attachments: [],
      replyAllowed: false,
    },
    {
      id: hostileIds.noDate,
      subject: {
        nl: 'Bericht zonder datum',
        fr: 'Message sans date',
        de: 'Nachricht ohne Datum',
      },
      expiresAt: 'binnenkort',
      read: false,
      registeredMail: false,
      sender: finance,
      messageType: type,
      replyAllowed: false,
    },
    {
      id: hostileIds.unknownLanguage,
      subject: { es: 'Aviso de pago' },
      receivedAt: at(4.5),
      expiresAt: null,
      read: true,
      registeredMail: false,
      sender: finance,
      attachments: [],
    },
    {
      id: hostileIds.noSender,
      subject: {
        nl: 'Bericht van een onbekende afzender',
        fr: 'Message d’un expéditeur inconnu',
        de: 'Nachricht eines unbekannten Absenders',
      },
      receivedAt: at(6.7),
      read: true,
      registeredMail: false,
      attachments: [],
    },
  ];
}

/**
 * Generates a mailbox of `count` messages (10,000 by default), newest first, the hostile records
 * among them (unless `hostile` is false). Deterministic for a given `seed`, `count` and `now`
 * (the moment the mailbox is seen: received dates lie before it, expiry dates around it).
 *
 * @param {{ count?: number, seed?: number, now?: string | number | Date, hostile?: boolean }} [options]
 */
export function generateMailbox({
  count = 10_000,
  seed = 20261201,
  now = defaultNow,
  hostile = true,
} = {}) {
  const random = seededRandom(seed);
  const nowTime = new Date(now).getTime();
  const pick = (list) => list[Math.floor(random() * list.length)];
  const totalWeight = senders.reduce((sum, sender) => sum + sender.weight, 0);
  const pickSender = () => {
    let roll = random() * totalWeight;
    for (const sender of senders) {
      roll -= sender.weight;
      if (roll < 0) return sender;
    }
    return senders[0];
  };
  // What the API gives of a sender: no weight, no account (those are this generator's).
  const publicSenders = new Map(
    senders.map(({ id, name, helpdesk }) => [
      id,
      Object.freeze(helpdesk ? { id, name, helpdesk } : { id, name }),
    ]),
  );

  const hostiles = hostile ? hostileMessages(nowTime, publicSenders.get(senders[0].id)) : [];
  const generated = Math.max(0, Math.trunc(count) - hostiles.length);
  const messages = [];
  // About three years of mail, denser lately: the age in days grows with the square of a roll.
  const spanDays = 3 * 365;
  for (let index = 0; index < generated; index++) {
    const sender = pickSender();
    const template = pick(templatesOf(sender));
    const type = typeById[template.type];
    const ageDays = spanDays * random() ** 1.6;
    const received = nowTime - ageDays * dayMs - Math.floor(random() * 8 * 3_600_000);
    const receivedDate = new Date(received);
    const values = {
      year: receivedDate.getUTCFullYear() - (template.type === 'certificate' ? 1 : 0),
      quarter: 1 + Math.floor(receivedDate.getUTCMonth() / 3),
      month: receivedDate.getUTCMonth(),
      day: 1 + Math.floor(random() * 28),
    };
    // National bodies write in the three languages, though a subject sometimes lacks one;
    // local authorities write only in their region's language(s), as the language laws have them.
    const subject = {};
    for (const language of Object.keys(sender.name)) {
      subject[language] = fill(template.subject[language], values, language);
    }
    const roll = random();
    if (Object.keys(subject).length === 3 && roll < 0.08) delete subject.de;
    else if (Object.keys(subject).length === 3 && roll < 0.1) delete subject.fr;

    // A message leaves the e-Box when its type's validity has run out; one that expired more
    // than a week ago is kept here without an expiry date (as an archived copy would be), so the
    // mailbox holds a few expired messages, not thousands.
    const validity = type.validityDays;
    let expires = validity ? received + validity * dayMs : null;
    if (expires !== null && expires < nowTime - 7 * dayMs) expires = null;
    // Older mail is mostly read; what came lately, or expires soon, is often not.
    const read = random() < (ageDays < 20 ? 0.35 : ageDays < 120 ? 0.85 : 0.97);
    const registeredMail = random() < (template.registered ?? 0.01);

    let payment = null;
    if (template.payment && sender.account) {
      const [low, high] = template.payment;
      const amount = Math.round((low + random() * (high - low)) * 100) / 100;
      const reference = String(Math.floor(random() * 1e10)).padStart(10, '0');
      payment = {
        amount,
        currency: 'EUR',
        dueDate: isoDay(received + (30 + Math.floor(random() * 31)) * dayMs),
        iban: sender.account,
        reference: structuredReference(reference),
      };
      const bic = bics[sender.account.slice(4, 7)];
      if (bic) payment.bic = bic;
    }

    const attachments = [];
    if (template.file) {
      const fileName = `${fill(template.file, values, 'nl')}.pdf`;
      attachments.push({
        title: subject.nl ?? subject.fr ?? subject.de,
        fileName,
        mediaType: 'application/pdf',
        sizeKb: 40 + Math.floor(random() * 900),
        signed: random() < 0.6,
        main: true,
      });
      if (random() < 0.25) {
        attachments.push({
          title: 'Bijlage',
          fileName: 'bijlage.odt',
          mediaType: 'application/vnd.oasis.opendocument.text',
          sizeKb: 12 + Math.floor(random() * 200),
          signed: false,
          main: false,
        });
      }
    }

    const message = {
      id: `msg-${String(index + 1).padStart(5, '0')}`,
      subject,
      receivedAt: new Date(received).toISOString(),
      expiresAt: expires === null ? null : new Date(expires).toISOString(),
      read,
      registeredMail,
      sender: publicSenders.get(sender.id),
      messageType: type,
      attachments,
      replyAllowed: Boolean(template.reply),
    };
    if (payment) message.payment = payment;
    messages.push(message);
  }
  // The hostile records go where their dates put them; the one without a date goes last.
  const all = [...messages, ...hostiles].map((message) => {
    const time = Date.parse(message.receivedAt ?? '');
    return { message, time: Number.isNaN(time) ? -Infinity : time };
  });
  all.sort((a, b) => b.time - a.time || (a.message.id < b.message.id ? -1 : 1));
  return all.slice(0, count).map(({ message }) => message);
}

/** The mailbox summary the API gives: unread messages, and the last receipt date. */
export function mailboxSummary(messages) {
  let unread = 0;
  let lastReceivedAt = null;
  for (const message of messages) {
    if (!message.read) unread++;
    const received = Date.parse(message.receivedAt ?? '');
    if (
      !Number.isNaN(received) &&
      (lastReceivedAt === null || received > Date.parse(lastReceivedAt))
    ) {
      lastReceivedAt = message.receivedAt;
    }
  }
  return { total: messages.length, unread, lastReceivedAt };
}
