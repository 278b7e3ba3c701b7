// What <bf-ebox-message> must look like when a server renders it (test/ssr/ssr.test.mjs checks
// each fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox). A
// server passes the message as JSON in the `message` attribute, so that the browser shows the
// same view once the script runs.
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, elements, find, findAll, readableText, shadowRoot } from '../ssr/html.mjs';

const message = {
  id: 'fin-2026-000123',
  subject: {
    nl: 'Aanslagbiljet personenbelasting 2026',
    fr: 'Avertissement-extrait de rôle impôt des personnes physiques 2026',
    de: 'Steuerbescheid Steuer der natürlichen Personen 2026',
  },
  receivedAt: '2026-06-10T08:30:00+02:00',
  // Far enough away that the server and the browser show the same date, whatever the day.
  expiresAt: '2099-12-31',
  read: false,
  registeredMail: true,
  sender: {
    id: '0308357159',
    name: { nl: 'FOD Financiën', fr: 'SPF Finances', de: 'FÖD Finanzen' },
    helpdesk: { phone: '02 572 57 57', url: 'https://finance.belgium.be/nl/contact' },
  },
  body: { nl: 'Geachte mevrouw, geachte heer,\n\nIn bijlage vindt u uw aanslagbiljet.' },
  payment: {
    amount: 1250.37,
    dueDate: '2099-07-25',
    iban: 'BE68539007547034',
    reference: '090933755493',
  },
  replyAllowed: true,
};

const attachments = [
  {
    title: 'Aanslagbiljet 2026',
    fileName: 'aanslagbiljet-2026.pdf',
    mediaType: 'application/pdf',
    sizeKb: 240,
    signed: true,
    main: true,
    url: '/ebox/fin-2026-000123/aanslagbiljet-2026.pdf',
  },
];

function root(fragment) {
  const host = find(fragment, 'bf-ebox-message');
  const shadow = shadowRoot(host);
  assert.ok(shadow, '<bf-ebox-message> has no declarative shadow root');
  return shadow;
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'ebox-message-payment',
    serverLang: 'nl-BE',
    template: html`<bf-ebox-message
      message=${JSON.stringify(message)}
      back-href="/nl/ebox"
    ></bf-ebox-message>`,
    check({ fragment }) {
      const shadow = root(fragment);
      const subject = find(shadow, 'h2');
      assert.equal(readableText(subject), 'Aanslagbiljet personenbelasting 2026');
      const text = readableText(shadow).replace(/\s+/g, ' ');
      assert.match(text, /Ontvangen op 10 juni 2026/);
      assert.match(text, /Aangetekende zending/);
      assert.match(text, /BE68 5390 0754 7034/);
      assert.match(text, /\+\+\+090\/9337\/55493\+\+\+/);
      assert.doesNotMatch(text, /undefined|NaN|Invalid Date/);
      // The copy buttons are named after what they copy; Reply and the back link are there.
      const labels = findAll(shadow, 'bf-button').map((button) => attr(button, 'label'));
      assert.deepEqual(labels, [
        'Bedrag kopiëren',
        'Rekeningnummer kopiëren',
        'Mededeling kopiëren',
        null,
      ]);
      const back = [...elements(shadow)].find(
        (node) => node.tagName === 'a' && attr(node, 'href') === '/nl/ebox',
      );
      assert.ok(back, 'the back link');
    },
  },
  {
    name: 'ebox-message-attachments',
    serverLang: 'fr-BE',
    builtFromChildren:
      'each download link is a <bf-link>, which adds "(PDF, 240 ko)" for screen readers next to its <a> when its script runs (see the link-download fixture)',
    template: html`<bf-ebox-message
      message=${JSON.stringify({ ...message, registeredMail: false, payment: null, attachments })}
    ></bf-ebox-message>`,
    check({ fragment }) {
      const shadow = root(fragment);
      const link = [...elements(shadow)].find(
        (node) => node.tagName === 'a' && attr(node, 'download'),
      );
      assert.equal(readableText(link), 'Télécharger Aanslagbiljet 2026');
      assert.equal(attr(link, 'href'), '/ebox/fin-2026-000123/aanslagbiljet-2026.pdf');
      assert.equal(attr(find(shadow, 'bf-link'), 'file-size'), '240000');
      // The subject in French, from the data; the body only in Dutch, marked as such.
      assert.equal(readableText(find(shadow, 'h2')), message.subject.fr);
      const body = [...elements(shadow)].find((node) => attr(node, 'part') === 'body');
      assert.equal(attr(body, 'lang'), 'nl');
    },
  },
];
