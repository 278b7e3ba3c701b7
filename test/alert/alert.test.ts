import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@belfry/components/alert';
import { BfAlert, alertVariants } from '@belfry/components';
import { forEachLocale } from '../helpers/locales.js';
import { afterAnnouncerPause, announced, clearAnnouncements } from './announcements.js';
import { warningsDuring as warningsOf } from '../helpers/warnings.js';

const shadow = (el: BfAlert) => el.shadowRoot!;
const base = (el: BfAlert) => shadow(el).querySelector<HTMLElement>('[part="base"]')!;
const heading = (el: BfAlert) => shadow(el).querySelector<HTMLElement>('[part="heading"]');
const closeButton = (el: BfAlert) => shadow(el).querySelector<HTMLButtonElement>('[part="close"]');
/** The text of the kind a screen reader hears (hidden on screen). */
const kindText = (el: BfAlert) =>
  shadow(el).querySelector('.visually-hidden')?.textContent?.trim() ?? null;

describe('bf-alert', () => {
  beforeEach(async () => {
    document.documentElement.lang = 'en';
    // Messages of the previous test still on their way are let through, then cleared.
    await afterAnnouncerPause();
    clearAnnouncements();
  });
  afterEach(() => document.documentElement.removeAttribute('lang'));

  describe('kinds', () => {
    for (const variant of alertVariants) {
      it(`${variant}: its own colours, its icon hidden from screen readers, and its kind in words`, async () => {
        const el = await fixture<BfAlert>(
          html`<bf-alert variant=${variant} heading="Opening hours"
            ><p>Open on weekdays.</p></bf-alert
          >`,
        );
        expect(base(el).classList.contains(`alert--${variant}`)).to.equal(true);
        const icon = shadow(el).querySelector('[part="icon"]')!;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        expect(icon.querySelectorAll('path').length).to.be.greaterThan(0);
        const words = {
          info: 'Information',
          success: 'Success',
          warning: 'Warning',
          error: 'Error',
        };
        // In the heading, so that heading navigation says it too.
        expect(heading(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          `${words[variant]}: Opening hours`,
        );
      });
    }

    it('gives every kind a different background colour', async () => {
      const wrapper = await fixture(
        html`<div>
          ${alertVariants.map((v) => html`<bf-alert variant=${v}><p>Text</p></bf-alert>`)}
        </div>`,
      );
      const colours = [...wrapper.querySelectorAll('bf-alert')].map(
        (el) => getComputedStyle(base(el)).backgroundColor,
      );
      expect(new Set(colours).size).to.equal(4);
    });

    it('falls back to info with a warning for an unknown variant', async () => {
      let el!: BfAlert;
      const warnings = await warningsOf(async () => {
        el = await fixture<BfAlert>(html`<bf-alert variant="danger"><p>Text</p></bf-alert>`);
      });
      expect(base(el).classList.contains('alert--info')).to.equal(true);
      expect(warnings.join('\n')).to.match(/variant="danger" is unknown; "info" is used/);
    });

    it('leaves the kind out when the heading says it already', async () => {
      const el = await fixture<BfAlert>(
        html`<bf-alert variant="error" heading="Error in your application"><p>…</p></bf-alert>`,
      );
      expect(kindText(el)).to.equal(null);
      expect(heading(el)!.textContent!.trim()).to.equal('Error in your application');
    });

    it('puts the kind before the text when there is no heading', async () => {
      const el = await fixture<BfAlert>(
        html`<bf-alert variant="warning"><p>Your session ends in 5 minutes.</p></bf-alert>`,
      );
      expect(heading(el)).to.equal(null);
      expect(kindText(el)).to.equal('Warning:');
    });

    it('says the kind in the page’s language', async () => {
      const expected = { nl: 'Fout:', fr: 'Erreur\u00a0:', de: 'Fehler:', en: 'Error:' };
      await forEachLocale(async (locale) => {
        const el = await fixture<BfAlert>(
          html`<bf-alert variant="error" heading="Betaling"><p>…</p></bf-alert>`,
        );
        expect(kindText(el), locale).to.equal(expected[locale]);
      });
    });
  });

  describe('heading', () => {
    it('is an <h2> by default and follows heading-level', async () => {
      const el = await fixture<BfAlert>(html`<bf-alert heading="Opening hours"></bf-alert>`);
      expect(heading(el)!.localName).to.equal('h2');
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(heading(el)!.localName).to.equal('h4');
    });

    it('keeps level 2 with a warning for a level outside 2–6', async () => {
      let el!: BfAlert;
      const warnings = await warningsOf(async () => {
        el = await fixture<BfAlert>(html`<bf-alert heading="Hours" heading-level="9"></bf-alert>`);
      });
      expect(heading(el)!.localName).to.equal('h2');
      expect(warnings.join('\n')).to.match(/heading-level="9"/);
    });

    it('renders the heading as text, never as markup', async () => {
      const el = await fixture<BfAlert>(
        html`<bf-alert heading="<img src=x onerror=alert(1)>"></bf-alert>`,
      );
      expect(heading(el)!.querySelector('img')).to.equal(null);
      expect(heading(el)!.textContent).to.contain('<img src=x onerror=alert(1)>');
    });
  });

  describe('the message', () => {
    it('stays in the light DOM and is shown through the default slot', async () => {
      const el = await fixture<BfAlert>(
        html`<bf-alert
          ><p>Read the <a href="/help">help page</a>.</p></bf-alert
        >`,
      );
      const slot = shadow(el).querySelector<HTMLSlotElement>('[part="body"] slot')!;
      expect(slot.assignedElements()[0]!.localName).to.equal('p');
      expect(el.querySelector('a')!.getBoundingClientRect().width).to.be.greaterThan(0);
    });

    it('does not scroll sideways at 320 px with a long word', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px">
          <bf-alert variant="error" heading="Arbeidsongeschiktheidsuitkeringsaanvraag" dismissible
            ><p>Arbeidsongeschiktheidsuitkeringsaanvraagformulierenverwerking</p></bf-alert
          >
        </div>`,
      );
      const el = wrapper.querySelector('bf-alert')!;
      expect(el.scrollWidth).to.be.at.most(320);
      expect(base(el).scrollWidth).to.be.at.most(base(el).clientWidth + 1);
    });
  });

  describe('announcements', () => {
    it('announces an error that appears, assertively, with its kind, heading and text', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML =
        '<bf-alert variant="error" heading="Payment failed"><p>Your card was refused.</p></bf-alert>';
      await waitUntil(() => announced('assertive') !== '', 'nothing was announced');
      expect(announced('assertive')).to.equal('Error: Payment failed. Your card was refused.');
      expect(announced('polite')).to.equal('');
    });

    it('announces a success that appears, politely', async () => {
      await fixture<BfAlert>(
        html`<bf-alert variant="success" heading="Application sent"
          ><p>We will answer within 10 days.</p></bf-alert
        >`,
      );
      await waitUntil(() => announced('polite') !== '');
      expect(announced('polite')).to.equal(
        'Success: Application sent. We will answer within 10 days.',
      );
    });

    it('does not announce information or a warning that appears, unless asked', async () => {
      await fixture(
        html`<div>
          <bf-alert variant="info" heading="Opening hours"><p>…</p></bf-alert>
          <bf-alert variant="warning" heading="Maintenance"><p>…</p></bf-alert>
        </div>`,
      );
      await afterAnnouncerPause();
      expect(announced('polite') + announced('assertive')).to.equal('');
      await fixture(
        html`<bf-alert variant="warning" announce="polite" heading="Session"
          ><p>Your session ends in 5 minutes.</p></bf-alert
        >`,
      );
      await waitUntil(() => announced('polite') !== '');
      expect(announced('polite')).to.equal('Warning: Session. Your session ends in 5 minutes.');
    });

    it('says nothing for an error with announce="off"', async () => {
      await fixture(html`<bf-alert variant="error" announce="off"><p>…</p></bf-alert>`);
      await afterAnnouncerPause();
      expect(announced('assertive')).to.equal('');
    });

    it('announces once, not on later updates', async () => {
      const el = await fixture<BfAlert>(
        html`<bf-alert variant="success" heading="Saved"><p>…</p></bf-alert>`,
      );
      await waitUntil(() => announced('polite') !== '');
      clearAnnouncements();
      el.heading = 'Saved again';
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      await afterAnnouncerPause();
      expect(announced('polite')).to.equal('');
    });

    it('announces again when shown after being hidden', async () => {
      const el = await fixture<BfAlert>(
        html`<bf-alert variant="error" heading="Payment failed" hidden
          ><p>Try again.</p></bf-alert
        >`,
      );
      await afterAnnouncerPause();
      expect(announced('assertive'), 'hidden: nothing to hear').to.equal('');
      el.hidden = false;
      await waitUntil(() => announced('assertive') !== '');
      expect(announced('assertive')).to.equal('Error: Payment failed. Try again.');
      clearAnnouncements();
      el.removeAttribute('hidden');
      el.setAttribute('hidden', '');
      await el.updateComplete;
      el.removeAttribute('hidden');
      await waitUntil(() => announced('assertive') !== '', 'again after hidden → shown');
    });

    it('does not announce an alert that was in the page when its script ran', async () => {
      // A page's own HTML: the element is there before its class is defined, and is upgraded by
      // the definition, as when belfry.js loads after the page.
      class StaticAlert extends BfAlert {}
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <static-test-alert variant="error" heading="Payment failed"
            ><p>Your card was refused.</p></static-test-alert
          >
        </div>`,
      );
      StaticAlert.define('static-test-alert');
      const el = wrapper.querySelector<BfAlert>('static-test-alert')!;
      await el.updateComplete;
      await afterAnnouncerPause();
      expect(heading(el)!.textContent).to.contain('Payment failed');
      expect(announced('assertive')).to.equal('');
      // Moved elsewhere by a script later on, it does appear.
      document.body.append(el);
      try {
        await waitUntil(() => announced('assertive') !== '', 're-inserted later');
      } finally {
        el.remove();
      }
    });

    it('speaks in the alert’s language through the page’s one announcer, with no live region of its own', async () => {
      document.documentElement.lang = 'nl-BE';
      const el = await fixture<BfAlert>(
        html`<bf-alert variant="error" heading="Betaling mislukt"
          ><p>Probeer opnieuw.</p></bf-alert
        >`,
      );
      await waitUntil(() => announced('assertive') !== '');
      expect(announced('assertive')).to.equal('Fout: Betaling mislukt. Probeer opnieuw.');
      expect(shadow(el).querySelector('[role="alert"], [role="status"], [aria-live]')).to.equal(
        null,
      );
      expect(document.querySelectorAll('[data-bf-announcer="assertive"]').length).to.equal(1);
    });
  });

  describe('dismissing', () => {
    it('has no close button unless dismissible', async () => {
      const el = await fixture<BfAlert>(html`<bf-alert heading="Hours"></bf-alert>`);
      expect(closeButton(el)).to.equal(null);
    });

    it('names the close button after the heading, in four languages', async () => {
      const expected = {
        nl: 'Bericht sluiten: Openingsuren',
        fr: 'Fermer le message\u00a0: Openingsuren',
        de: 'Meldung schließen: Openingsuren',
        en: 'Close message: Openingsuren',
      };
      await forEachLocale(async (locale) => {
        const el = await fixture<BfAlert>(
          html`<bf-alert dismissible heading="Openingsuren"><p>…</p></bf-alert>`,
        );
        expect(closeButton(el)!.getAttribute('aria-label'), locale).to.equal(expected[locale]);
      });
    });

    it('names the close button after the kind when there is no heading', async () => {
      const el = await fixture<BfAlert>(
        html`<bf-alert dismissible variant="warning"><p>…</p></bf-alert>`,
      );
      expect(closeButton(el)!.getAttribute('aria-label')).to.equal('Close message: Warning');
    });

    it('fires bf-alert-dismiss and hides on a click', async () => {
      const el = await fixture<BfAlert>(
        html`<bf-alert dismissible variant="success"><p>Saved.</p></bf-alert>`,
      );
      setTimeout(() => closeButton(el)!.click());
      const event = await oneEvent(el, 'bf-alert-dismiss');
      expect(event.detail).to.deep.equal({ variant: 'success' });
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(el.hidden).to.equal(true);
      expect(el.hasAttribute('hidden')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('stays open when a listener calls preventDefault()', async () => {
      const el = await fixture<BfAlert>(html`<bf-alert dismissible><p>…</p></bf-alert>`);
      el.addEventListener('bf-alert-dismiss', (event) => event.preventDefault());
      closeButton(el)!.click();
      await aTimeout(0);
      expect(el.hidden).to.equal(false);
      expect(el.dismiss()).to.equal(false);
    });

    it('dismiss() hides it from a script without moving focus that was elsewhere', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <input aria-label="Name" />
          <bf-alert dismissible><p>…</p></bf-alert>
          <button>Next</button>
        </div>`,
      );
      const input = wrapper.querySelector('input')!;
      input.focus();
      const el = wrapper.querySelector('bf-alert')!;
      expect(el.dismiss()).to.equal(true);
      expect(el.hidden).to.equal(true);
      expect(document.activeElement).to.equal(input);
    });
  });
});
