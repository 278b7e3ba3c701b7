import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@belfry/components/ebox-message';
import type { BfEboxMessage, EboxMessage } from '@belfry/components';
import { forEachLocale, settle } from '../helpers/locales.js';
import { warningsDuring } from '../helpers/warnings.js';
import { brokenWords, day, hostileMessages, now, renderedText, taxAssessment } from './messages.js';

const shadow = (el: BfEboxMessage) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: BfEboxMessage, selector: string) =>
  shadow(el).querySelector<T>(selector);
const $$ = (el: BfEboxMessage, selector: string) => [...shadow(el).querySelectorAll(selector)];

async function render(message: unknown, extra: Partial<BfEboxMessage> = {}) {
  const el = await fixture<BfEboxMessage>(
    html`<bf-ebox-message .message=${message as EboxMessage} .now=${now}></bf-ebox-message>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

/** The label and value of each row of a `<dl>`, as text. */
const rows = (list: Element | null) =>
  [...(list?.querySelectorAll(':scope > div') ?? [])].map((row) => [
    row.querySelector('dt')!.textContent!.trim(),
    renderedText(row.querySelector('dd')!),
  ]);

/** Presses a copy button and waits for its outcome beside it. */
async function pressCopy(el: BfEboxMessage, field: string): Promise<void> {
  const button = $(el, `[data-copy="${field}"]`)!;
  button.click();
  // The outcome waits for the announcer's pause; a busy machine may take a few seconds.
  await waitUntil(
    () => button.parentElement!.querySelector('.copy-status'),
    `no outcome for ${field}`,
    { timeout: 5000 },
  );
}

/** Replaces `navigator.clipboard` for one test. */
function stubClipboard(written: string[], refuse = false): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (text: string) =>
        refuse ? Promise.reject(new Error('refused')) : (written.push(text), Promise.resolve()),
    },
  });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

describe('bf-ebox-message', () => {
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('shows the subject as a heading of the level asked for, and its sections one below', async () => {
    let el = await render(taxAssessment());
    expect($(el, 'h2.subject')!.textContent!.trim()).to.equal(
      'Personal income tax assessment 2026',
    );
    expect($$(el, 'h3').map((h) => h.textContent!.trim())).to.deep.equal([
      'Payment',
      'Attached documents (2)',
      'Questions about this message?',
    ]);
    expect($(el, 'bf-alert')!.getAttribute('heading-level')).to.equal('3');
    el = await fixture<BfEboxMessage>(
      html`<bf-ebox-message heading-level="4" .message=${taxAssessment()}></bf-ebox-message>`,
    );
    expect($(el, 'h4.subject')).to.exist;
    expect($$(el, 'h5')).to.have.length(3);
  });

  it('shows the sender, type, received date and expiry in the Belgian format of the page', async () => {
    document.documentElement.lang = 'nl-BE';
    const el = await render(taxAssessment());
    const details = rows($(el, '[part="details"]'));
    expect(details[0]).to.deep.equal(['Afzender', 'FOD Financiën']);
    expect(details[1]).to.deep.equal(['Soort bericht', 'Aanslagbiljet']);
    expect(details[2]).to.deep.equal(['Ontvangen op', '10 juni 2026']);
    expect(details[3]).to.deep.equal([
      'Blijft in uw e-Box tot',
      '18 juni 2026 Vervalt over 3 dagen',
    ]);
    expect($(el, 'bf-tag')!.getAttribute('variant')).to.equal('warning');
  });

  it('shows an expired message as expired, and no expiry row when there is no date', async () => {
    let el = await render(taxAssessment({ expiresAt: day(-1) }));
    expect($(el, 'bf-tag')!.getAttribute('variant')).to.equal('error');
    expect($(el, 'bf-tag')!.textContent!.trim()).to.equal('Expired');
    el = await render(taxAssessment({ expiresAt: day(60) }));
    expect($(el, 'bf-tag')).to.equal(null);
    expect(renderedText($(el, '[part="details"]')!)).to.contain('14 August 2026');
    el = await render(taxAssessment({ expiresAt: null }));
    expect(rows($(el, '[part="details"]')).map(([label]) => label)).to.not.include(
      'Stays in your e-Box until',
    );
  });

  it('marks a subject, sender and body shown in another language with that language', async () => {
    const el = await render(
      taxAssessment({
        subject: { fr: 'Avertissement-extrait de rôle', nl: 'Aanslagbiljet' },
        sender: { id: '1', name: { de: 'FÖD Finanzen' } },
        body: { nl: 'Geachte heer.' },
      }),
    );
    const subject = $(el, '.subject span')!;
    expect(subject.textContent).to.equal('Aanslagbiljet');
    expect(subject.getAttribute('lang')).to.equal('nl');
    expect($(el, '[part="details"] dd span')!.getAttribute('lang')).to.equal('de');
    expect($(el, '[part="body"]')!.getAttribute('lang')).to.equal('nl');
  });

  it('explains a registered letter in plain words, and only for a registered letter', async () => {
    let el = await render(taxAssessment());
    const notice = $(el, 'bf-alert')!;
    expect(notice.getAttribute('heading')).to.equal('Registered mail');
    expect(notice.textContent).to.contain('counts as received, even if you do not open it');
    // Read with the message, not announced as if something had just happened.
    expect(notice.getAttribute('announce')).to.equal('off');
    el = await render(taxAssessment({ registeredMail: false }));
    expect($(el, 'bf-alert')).to.equal(null);
  });

  it('shows the body as paragraphs of text, never as HTML', async () => {
    let el = await render(taxAssessment({ body: { en: 'One\nline two\n\n  \n\nThree' } }));
    const paragraphs = $$(el, '[part="body"] p').map((p) => p.textContent);
    expect(paragraphs).to.deep.equal(['One\nline two', 'Three']);
    el = await render(hostileMessages['markup in the subject and body']);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect($(el, '.subject')!.textContent).to.contain('<img src=x onerror');
    expect($(el, '[part="body"] p')!.textContent).to.contain('<script>');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('says the content is in the documents when there is no text', async () => {
    const el = await render(taxAssessment({ body: undefined }));
    expect($(el, '[part="body"]')!.textContent!.trim()).to.equal(
      'The content of this message is in the attached documents.',
    );
  });

  it('lists the documents, the main one first, with type, size, signature and a download link', async () => {
    const el = await render(taxAssessment());
    const items = $$(el, '.attachment');
    expect(items).to.have.length(2);
    const [main, annex] = items;
    const link = main!.querySelector('a')!;
    expect(link.textContent).to.equal('Download Tax assessment 2026');
    expect(link.getAttribute('href')).to.equal('/ebox/fin-2026-000123/assessment-2026.pdf');
    expect(link.getAttribute('download')).to.equal('assessment-2026.pdf');
    await main!.querySelector('bf-link')!.updateComplete;
    // The link's name carries its type and size: "Download Tax assessment 2026 (PDF, 240 kB)".
    const phrase = link.getAttribute('aria-labelledby')!.split(' ')[1]!;
    expect(main!.querySelector(`#${phrase}`)!.textContent).to.equal('(PDF, 240\u00a0kB)');
    expect(main!.querySelector('.facts')!.textContent).to.equal(
      'Main document · Signed electronically',
    );
    expect(annex!.querySelector('.facts')!.textContent).to.equal(
      'Annex · Not signed electronically',
    );
  });

  it('takes download addresses from the host, and refuses unsafe ones', async () => {
    const attachment = { ...taxAssessment().attachments![1]!, url: undefined };
    const el = await render(taxAssessment({ attachments: [attachment] }), {
      attachmentUrl: (file, message) => `/download/${message.id}/${file.fileName}`,
    });
    expect($(el, '.attachment a')!.getAttribute('href')).to.equal(
      '/download/fin-2026-000123/assessment-2026.pdf',
    );
    el.attachmentUrl = () => 'javascript:alert(1)';
    await el.updateComplete;
    expect($(el, '.attachment a')).to.equal(null);
    expect($(el, '.attachment')!.textContent).to.contain('Cannot be downloaded here');
    el.attachmentUrl = () => {
      throw new Error('offline');
    };
    const warnings = await warningsDuring(async () => {
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.join()).to.contain('attachmentUrl threw');
    expect($(el, '.attachment-title')!.textContent).to.equal('Tax assessment 2026');
  });

  it('shows the payment: amount, due date, account and reference as citizens write them', async () => {
    document.documentElement.lang = 'fr-BE';
    const el = await render(taxAssessment());
    const payment = rows($(el, '[part="payment"] dl'));
    expect(payment.map(([label]) => label)).to.deep.equal([
      'Montant à payer',
      'À payer au plus tard le',
      'Numéro de compte (IBAN)',
      'BIC',
      'Communication structurée',
    ]);
    expect(payment[0]![1]).to.match(/^1\s250,37\s€ Copier$/);
    expect(payment[1]![1]).to.equal('25 juillet 2026');
    expect(payment[2]![1]).to.equal('BE68 5390 0754 7034 Copier');
    expect(payment[4]![1]).to.equal('+++090/9337/55493+++ Copier');
  });

  it('shows a free reference as it is, and leaves out what is missing', async () => {
    const el = await render(
      taxAssessment({ payment: { amount: 20, reference: 'Invoice 2026/17' } }),
    );
    const payment = rows($(el, '[part="payment"] dl'));
    expect(payment.map(([label]) => label)).to.deep.equal(['Amount to pay', 'Payment reference']);
    expect(payment[1]![1]).to.equal('Invoice 2026/17 Copy');
  });

  it('names each copy button after what it copies, in every language', async () => {
    const names = {
      nl: ['Bedrag kopiëren', 'Rekeningnummer kopiëren', 'Mededeling kopiëren'],
      fr: ['Copier le montant', 'Copier le numéro de compte', 'Copier la communication'],
      de: ['Betrag kopieren', 'Kontonummer kopieren', 'Mitteilung kopieren'],
      en: ['Copy the amount', 'Copy the account number', 'Copy the reference'],
    };
    const el = await render(taxAssessment());
    await forEachLocale(async (locale) => {
      await settle();
      await el.updateComplete;
      const buttons = $$(el, '[data-copy]');
      expect(buttons.map((button) => button.getAttribute('label'))).to.deep.equal(names[locale]);
      for (const button of buttons) {
        // The visible word is part of the name (WCAG 2.5.3, label in name).
        const visible = button.textContent!.trim().toLowerCase();
        expect(button.getAttribute('label')!.toLowerCase()).to.contain(visible);
      }
    });
  });

  it('copies what a banking app accepts and says "Copied", on screen and to screen readers', async () => {
    const written: string[] = [];
    const restore = stubClipboard(written);
    try {
      document.documentElement.lang = 'nl-BE';
      const el = await render(taxAssessment());
      for (const field of ['amount', 'iban', 'reference']) {
        await pressCopy(el, field);
      }
      expect(written).to.deep.equal(['1250,37', 'BE68539007547034', '090933755493']);
      const status = $(el, '.copy-status')!;
      expect(status.textContent).to.equal('Gekopieerd');
      // Shown beside the reference's button only; the announcer speaks it.
      expect(status.closest('.payment-row')!.querySelector('dt')!.textContent).to.equal(
        'Gestructureerde mededeling',
      );
      expect(status.getAttribute('aria-hidden')).to.equal('true');
      const region = document.querySelector('[data-bf-announcer="polite"]')!;
      expect(region.textContent!.trim()).to.equal('Gekopieerd');
    } finally {
      restore();
    }
  });

  it('says when copying failed and what to do, without throwing', async () => {
    const restore = stubClipboard([], true);
    const exec = document.execCommand;
    document.execCommand = () => false;
    try {
      const el = await render(taxAssessment());
      await pressCopy(el, 'iban');
      expect($(el, '.copy-status--failed')!.textContent).to.equal(
        'Could not copy. Select the text and copy it yourself.',
      );
      const region = document.querySelector('[data-bf-announcer="assertive"]')!;
      expect(region.textContent).to.contain('Could not copy');
    } finally {
      document.execCommand = exec;
      restore();
    }
  });

  it('offers Reply only when replying is allowed, and fires bf-ebox-reply', async () => {
    let el = await render(taxAssessment());
    const reply = $(el, '[part="actions"] bf-button')!;
    expect(reply.textContent!.trim()).to.equal('Reply');
    setTimeout(() => reply.click());
    const event = await oneEvent(el, 'bf-ebox-reply');
    expect(event.detail.id).to.equal('fin-2026-000123');
    expect(event.detail.message.id).to.equal('fin-2026-000123');
    expect(event.composed).to.equal(true);
    el = await render(taxAssessment({ replyAllowed: false }));
    expect($(el, '[part="actions"]')).to.equal(null);
  });

  it('leads back to the list with a link that a single-page app can take over', async () => {
    const el = await render(taxAssessment(), { backHref: '#inbox' });
    const back = $(el, '[part="actions"] a')!;
    expect(back.textContent).to.equal('Back to your messages');
    expect(back.getAttribute('href')).to.equal('#inbox');
    el.addEventListener('bf-ebox-back', (event) => event.preventDefault(), { once: true });
    setTimeout(() => back.click());
    const event = await oneEvent(el, 'bf-ebox-back');
    expect(event.detail.id).to.equal('fin-2026-000123');
    expect(event.defaultPrevented).to.equal(true);
    expect(location.hash).to.not.equal('#inbox');
    el.backHref = 'javascript:alert(1)';
    await el.updateComplete;
    expect($(el, '[part="actions"] a')).to.equal(null);
  });

  it('shows the helpdesk as phone and website links, the phone dialled in its international form', async () => {
    const el = await render(taxAssessment());
    const contact = $(el, '[part="contact"]')!;
    expect(contact.querySelector('p')!.textContent).to.equal('Contact FPS Finance.');
    const links = [...contact.querySelectorAll('a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(links).to.deep.equal([
      ['02 572 57 57', 'tel:+3225725757'],
      ['finance.belgium.be/en/contact', 'https://finance.belgium.be/en/contact'],
    ]);
  });

  it('links a helpdesk abroad in its international form, and leaves text that is no number unlinked', async () => {
    const phoneOf = async (phone: string) => {
      const el = await render(
        taxAssessment({ sender: { id: '1', name: { en: 'FPS Finance' }, helpdesk: { phone } } }),
      );
      const dd = $(el, '[part="contact"] dd')!;
      return [dd.textContent!.trim(), dd.querySelector('a')?.getAttribute('href') ?? null];
    };
    expect(await phoneOf('0033 1 23 45 67 89')).to.deep.equal([
      '0033 1 23 45 67 89',
      'tel:+33123456789',
    ]);
    expect(await phoneOf('Ask at the counter')).to.deep.equal(['Ask at the counter', null]);
  });

  it('names the sender in the contact sentence in its own language, and leaves out a missing name', async () => {
    let el = await render(
      taxAssessment({
        sender: { id: '1', name: { fr: 'SPF Finances' }, helpdesk: { phone: '02 572 57 57' } },
      }),
    );
    const intro = $(el, '.contact-intro')!;
    expect(intro.textContent!.trim()).to.equal('Contact SPF Finances.');
    expect(intro.querySelector('span')!.getAttribute('lang')).to.equal('fr');
    el = await render(
      taxAssessment({ sender: { id: '1', name: {}, helpdesk: { email: 'help@example.be' } } }),
    );
    expect($(el, '.contact-intro')).to.equal(null);
    expect($(el, '[part="contact"] a')!.getAttribute('href')).to.equal('mailto:help@example.be');
  });

  it('shows codes in a monospace font, and the amount and date in the text font', async () => {
    const el = await render(taxAssessment());
    const font = (index: number) =>
      getComputedStyle($$(el, '.payment-row .value')[index]!).fontFamily;
    expect(font(2)).to.contain('monospace');
    expect(font(4)).to.contain('monospace');
    expect(font(0)).to.not.contain('monospace');
    expect(font(1)).to.not.contain('monospace');
  });

  it('moves focus to the subject on request, without making it a Tab stop', async () => {
    const el = await render(taxAssessment());
    el.focusSubject();
    expect(shadow(el).activeElement).to.equal($(el, '.subject'));
    expect($(el, '.subject')!.tabIndex).to.equal(-1);
  });

  it('follows the page language at run time', async () => {
    const el = await render(taxAssessment());
    document.documentElement.lang = 'de-BE';
    await settle();
    await el.updateComplete;
    expect($(el, '.subject')!.textContent!.trim()).to.equal(
      'Steuerbescheid Steuer der natürlichen Personen 2026',
    );
    expect($(el, 'bf-alert')!.getAttribute('heading')).to.equal('Einschreiben');
  });

  it('shows nothing, with a warning, for a value that is not a message', async () => {
    const warnings = await warningsDuring(() => render('a message'));
    expect(warnings.join()).to.contain('not an e-Box message');
    for (const value of [undefined, null, 42, []]) {
      const el = await render(value);
      expect(shadow(el).children, String(value)).to.have.length(0);
    }
    // No message yet is no mistake: a host that is still loading one gets no warning.
    expect(await warningsDuring(() => render(null))).to.deep.equal([]);
  });

  it('takes the message as JSON in its attribute, as a server writes it', async () => {
    const message = taxAssessment({ receivedAt: '2026-06-10' });
    const el = await fixture<BfEboxMessage>(
      html`<bf-ebox-message message=${JSON.stringify(message)}></bf-ebox-message>`,
    );
    expect($(el, '.subject')!.textContent!.trim()).to.equal('Personal income tax assessment 2026');
    expect(renderedText($(el, '[part="details"]')!)).to.contain('10 June 2026');
    const warnings = await warningsDuring(async () => {
      el.setAttribute('message', '{not json');
      await el.updateComplete;
    });
    expect(warnings.join()).to.contain('must be a JSON object');
    expect(shadow(el).children).to.have.length(0);
  });

  describe('with hostile data', () => {
    for (const [name, message] of Object.entries(hostileMessages)) {
      it(`shows ${name} sensibly: no exception, no broken value on screen`, async () => {
        const el = await render(message);
        const shown = renderedText(shadow(el));
        expect(shown).to.not.match(brokenWords);
        // Always a subject and a sender, in words.
        expect($(el, '.subject')!.textContent!.trim()).to.not.equal('');
        expect(rows($(el, '[part="details"]'))[0]![1]).to.not.equal('');
        expect(shadow(el).querySelector('img, script')).to.equal(null);
        for (const a of shadow(el).querySelectorAll('a')) {
          expect(a.getAttribute('href')).to.not.match(/^\s*(javascript|data):/i);
        }
      });
    }

    it('shows a 200-character word without sideways scrolling at 320 px', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px">
          <bf-ebox-message
            .message=${hostileMessages['a 200-character word'] as EboxMessage}
            .now=${now}
          ></bf-ebox-message>
        </div>`,
      );
      const el = wrapper.querySelector('bf-ebox-message')!;
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(el.scrollWidth).to.be.at.most(320);
      for (const node of shadow(el).querySelectorAll('*')) {
        expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(
          wrapper.getBoundingClientRect().right + 0.5,
        );
      }
    });

    it('shows the realistic message at 320 px without sideways scrolling', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px">
          <bf-ebox-message
            .message=${taxAssessment()}
            .now=${now}
            back-href="#inbox"
          ></bf-ebox-message>
        </div>`,
      );
      const el = wrapper.querySelector('bf-ebox-message')!;
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const wide = [...shadow(el).querySelectorAll('*')]
        .filter(
          (node) =>
            node.getBoundingClientRect().right > wrapper.getBoundingClientRect().right + 0.5 ||
            // Inline boxes have no client width: only boxes are checked for overflow.
            (node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1),
        )
        .map(
          (node) =>
            `${node.localName}.${node.className} ${node.getBoundingClientRect().right} ${node.scrollWidth}/${node.clientWidth}`,
        );
      expect(wide).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(wrapper.scrollWidth).to.be.at.most(320);
    });
  });

  describe('at 400 % zoom (a 320 × 256 window)', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('never scrolls sideways, in any language, with the copy status shown', async () => {
      await setViewport({ width: 320, height: 256 });
      const restore = stubClipboard([]);
      try {
        await forEachLocale(async () => {
          const el = await render(taxAssessment(), { backHref: '#inbox' });
          await pressCopy(el, 'reference');
          expect($(el, '.copy-status')).to.exist;
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
          for (const button of $$(el, 'bf-button')) {
            const box = button.getBoundingClientRect();
            // 44 px targets (WCAG 2.5.8 asks 24; Belfry keeps 44).
            expect(box.height).to.be.at.least(44);
            expect(box.right).to.be.at.most(320);
          }
        });
      } finally {
        restore();
      }
    });
  });
});
