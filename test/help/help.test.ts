import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@belfry/components/help';
import type { BfHelp, BfHelpOption, HelpAssistantDetail } from '@belfry/components';
import { afterAnnouncerPause, announced, clearAnnouncements } from '../alert/announcements.js';
import { warningsDuring } from '../helpers/warnings.js';
import {
  clickSubmit,
  control,
  controlledHandler,
  entry,
  fillCallback,
  locations,
  optionsOf,
  panel,
  settle,
  submitButton,
  within,
} from './fixtures.js';

async function callbackForm(handler: unknown, lang = 'nl-BE'): Promise<BfHelpOption> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <bf-help open .requestCallback=${handler}>
        <bf-help-option kind="callback"></bf-help-option>
      </bf-help>
    </div>`,
  );
  const option = wrapper.querySelector('bf-help-option')!;
  await settle(option);
  return option;
}

/** Replaces `navigator.onLine` for one test. */
function goOffline(): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
  Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
  return () => Object.defineProperty(Navigator.prototype, 'onLine', descriptor);
}

describe('bf-help', () => {
  beforeEach(clearAnnouncements);

  describe('with attributes alone', () => {
    it('is a closed heading button that opens a panel with "Call us" and a tel: link', async () => {
      const help = await fixture<BfHelp>(
        html`<bf-help phone="+3222222222" hours="Mo-Fr 08:30-16:30" lang="en"></bf-help>`,
      );
      const button = entry(help);
      expect(button.closest('h2')).to.exist;
      expect(button.textContent).to.contain('Need help?');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel(help).hasAttribute('hidden')).to.be.true;

      button.click();
      await help.updateComplete;
      expect(help.open).to.be.true;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(panel(help).hasAttribute('hidden')).to.be.false;

      const [call] = optionsOf(help);
      await settle(call!);
      expect(call!.kind).to.equal('call');
      expect(within(call!).querySelector('h3')!.textContent).to.contain('Call us');
      const link = within(call!).querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(link.getAttribute('href')).to.equal('tel:+3222222222');
      expect(link.textContent).to.equal('02 222 22 22');
    });

    it('shows the options its properties give, in a fixed order, and the channels last', async () => {
      const help = await fixture<BfHelp>(
        html`<bf-help
          open
          phone="02 222 22 22"
          assistant
          appointment-href="/afspraak"
          .requestCallback=${() => Promise.resolve({ reference: 'X' })}
          .locations=${locations}
          ><p slot="channels">Per post: Kruidtuinlaan 50, 1000 Brussel.</p></bf-help
        >`,
      );
      expect(optionsOf(help).map((option) => option.kind)).to.deep.equal([
        'call',
        'callback',
        'assistant',
        'finder',
        'appointment',
      ]);
      const channels = help.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="channels"]')!;
      expect(channels.assignedElements()).to.have.length(1);
    });

    it('names itself in the page language and takes another heading', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <bf-help lang="fr-BE" phone="022222222"></bf-help>
          <bf-help lang="de-BE" phone="022222222"></bf-help>
          <bf-help lang="nl-BE" phone="022222222" heading="Vragen over uw pensioen?"></bf-help>
        </div>`,
      );
      const [fr, de, nl] = [...wrapper.querySelectorAll('bf-help')];
      await Promise.all([fr!.updateComplete, de!.updateComplete, nl!.updateComplete]);
      expect(entry(fr!).textContent!.trim()).to.equal('Besoin d’aide ?');
      expect(entry(de!).textContent!.trim()).to.equal('Brauchen Sie Hilfe?');
      expect(entry(nl!).textContent!.trim()).to.equal('Vragen over uw pensioen?');
    });
  });

  describe('with option children', () => {
    it('shows them in the order written, with the help’s phone and their own content', async () => {
      const help = await fixture<BfHelp>(
        html`<bf-help open phone="02 222 22 22" lang="nl-BE">
          <bf-help-option kind="appointment" href="/afspraak"
            ><p>In Brussel, Gent en Luik.</p></bf-help-option
          >
          <bf-help-option kind="call"></bf-help-option>
        </bf-help>`,
      );
      const [appointment, call] = optionsOf(help);
      await settle(appointment!);
      await settle(call!);
      expect(optionsOf(help).map((option) => option.kind)).to.deep.equal(['appointment', 'call']);
      // The help draws no options of its own beside the children.
      expect(help.shadowRoot!.querySelectorAll('bf-help-option')).to.have.length(0);
      expect(within(call!).querySelector('a')!.getAttribute('href')).to.equal('tel:+3222222222');
      expect(within(appointment!).querySelector('a')!.getAttribute('href')).to.equal('/afspraak');
      expect(within(appointment!).querySelector('h3')!.textContent).to.contain(
        'Een afspraak maken',
      );
      expect(appointment!.querySelector('p')!.textContent).to.equal('In Brussel, Gent en Luik.');
    });

    it('gives option headings the level below its own', async () => {
      const help = await fixture<BfHelp>(
        html`<bf-help open heading-level="3" phone="022222222">
          <bf-help-option kind="call"></bf-help-option>
        </bf-help>`,
      );
      const [call] = optionsOf(help);
      await settle(call!);
      expect(help.shadowRoot!.querySelector('h3 [part="entry"]')).to.exist;
      expect(within(call!).querySelector('h4')).to.exist;
    });

    it('warns and falls back for a bad kind, phone or appointment link, and never throws', async () => {
      const warnings = await warningsDuring(async () => {
        const help = await fixture<BfHelp>(
          html`<bf-help open>
            <bf-help-option kind="pigeon" phone="call me"></bf-help-option>
            <bf-help-option kind="appointment" href="javascript:alert(1)"></bf-help-option>
          </bf-help>`,
        );
        const [call, appointment] = optionsOf(help);
        await settle(call!);
        await settle(appointment!);
        expect(within(call!).textContent).to.contain('call me');
        expect(within(call!).querySelector('a')).to.equal(null);
        expect(within(appointment!).querySelector('a')).to.equal(null);
      });
      expect(warnings.join('\n')).to.match(/kind="pigeon"/);
      expect(warnings.join('\n')).to.match(/not a number that can be dialled/);
      expect(warnings.join('\n')).to.match(/not a safe URL/);
    });
  });

  describe('in a dialog', () => {
    it('opens a modal bf-dialog named by the heading, and closes back to the entry', async () => {
      const help = await fixture<BfHelp>(
        html`<bf-help panel="dialog" phone="022222222" lang="en"></bf-help>`,
      );
      const button = entry(help);
      expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
      const dialog = help.shadowRoot!.querySelector('bf-dialog')!;
      button.click();
      await help.updateComplete;
      await dialog.updateComplete;
      expect(dialog.open).to.be.true;
      expect(dialog.heading).to.equal('Need help?');
      const native = dialog.shadowRoot!.querySelector('dialog')!;
      expect(native.matches(':modal')).to.be.true;
      dialog.requestClose('close-button');
      await help.updateComplete;
      expect(help.open).to.be.false;
    });
  });

  describe('call back', () => {
    it('sends the request with a normalised phone and the page language proposed', async () => {
      const { handler, requests, resolve } = controlledHandler();
      const option = await callbackForm(handler, 'fr-BE');
      expect(control(option, 'language').closest('bf-radio')!.getAttribute('value')).to.equal('nl');
      const chosen = within(option).querySelector<HTMLInputElement>(
        'input[name="language"]:checked',
      )!;
      expect(chosen.value).to.equal('fr');
      await fillCallback(option, { phone: '+32 (0)470 12.34.56', slot: 'morning' });
      clickSubmit(option);
      await waitUntil(() => requests.length === 1);
      expect(requests[0]).to.deep.equal({
        name: 'An Peeters',
        phone: '+32470123456',
        language: 'fr',
        timeSlot: 'morning',
        topic: 'Mijn pensioenattest',
      });
      resolve('CB-2026-004512');
    });

    it('on success shows the reference number and moves focus to the confirmation', async () => {
      const { handler, resolve } = controlledHandler();
      const option = await callbackForm(handler, 'en');
      await fillCallback(option);
      clickSubmit(option);
      await option.updateComplete;
      expect(option.callbackState).to.equal('sending');
      resolve('CB-2026-004512');
      await waitUntil(() => option.callbackState === 'sent');
      await option.updateComplete;
      const confirmation = within(option).querySelector<HTMLElement>('[part="confirmation"]')!;
      expect(within(option).activeElement).to.equal(confirmation);
      expect(confirmation.querySelector('.reference')!.textContent).to.equal('CB-2026-004512');
      expect(confirmation.textContent).to.contain('We will call you on 0470 12 34 56');
      expect(within(option).querySelector('form')).to.equal(null);
    });

    it('on failure keeps every answer, says so, and sends again with "Try again"', async () => {
      const { handler, requests, resolve, reject } = controlledHandler();
      const option = await callbackForm(handler, 'en');
      await fillCallback(option, {
        name: 'Jan Janssens',
        topic: 'Kinderbijslag',
        slot: 'afternoon',
      });
      clickSubmit(option);
      await waitUntil(() => requests.length === 1);
      reject();
      await waitUntil(() => option.callbackState === 'failed');
      await settle(option);

      expect(control(option, 'name').value).to.equal('Jan Janssens');
      expect(control(option, 'phone').value).to.equal('0470 12 34 56');
      expect(control<HTMLTextAreaElement>(option, 'topic').value).to.equal('Kinderbijslag');
      expect(control<HTMLSelectElement>(option, 'time-slot').value).to.equal('afternoon');
      const alert = within(option).querySelector('bf-alert')!;
      expect(alert.getAttribute('variant')).to.equal('error');
      expect(alert.textContent).to.contain('Something went wrong on our side');
      expect(submitButton(option).textContent!.trim()).to.equal('Try again');
      await afterAnnouncerPause();
      expect(announced('assertive')).to.contain('Your request was not sent');

      clickSubmit(option);
      await waitUntil(() => requests.length === 2);
      expect(requests[1]).to.deep.equal(requests[0]);
      resolve('CB-2');
      await waitUntil(() => option.callbackState === 'sent');
    });

    it('offline: sends nothing, keeps the answers and says to try again once connected', async () => {
      const { handler, requests } = controlledHandler();
      const option = await callbackForm(handler, 'nl-BE');
      await fillCallback(option);
      const restore = goOffline();
      try {
        clickSubmit(option);
        await waitUntil(() => option.callbackState === 'offline');
        await settle(option);
      } finally {
        restore();
      }
      expect(requests).to.have.length(0);
      expect(control(option, 'name').value).to.equal('An Peeters');
      expect(within(option).querySelector('bf-alert')!.textContent).to.contain(
        'U bent niet verbonden met het internet',
      );
      await afterAnnouncerPause();
      expect(announced('assertive')).to.contain('U bent niet verbonden');
    });

    it('a rejection while the browser went offline is reported as offline', async () => {
      const { handler, requests, reject } = controlledHandler();
      const option = await callbackForm(handler, 'en');
      await fillCallback(option);
      clickSubmit(option);
      await waitUntil(() => requests.length === 1);
      const restore = goOffline();
      try {
        reject();
        await waitUntil(() => option.callbackState === 'offline');
      } finally {
        restore();
      }
    });

    it('cannot be sent twice: clicks and Enter while sending are ignored', async () => {
      const { handler, requests, resolve } = controlledHandler();
      const option = await callbackForm(handler, 'en');
      await fillCallback(option);
      clickSubmit(option);
      clickSubmit(option);
      await option.updateComplete;
      expect(submitButton(option).hasAttribute('loading')).to.be.true;
      clickSubmit(option);
      within(option).querySelector('form')!.requestSubmit();
      await aTimeout(50);
      expect(requests).to.have.length(1);
      resolve('CB-1');
      await waitUntil(() => option.callbackState === 'sent');
      expect(requests).to.have.length(1);
    });

    it('does not send an incomplete form: the error summary lists what is missing', async () => {
      const { handler, requests } = controlledHandler();
      const option = await callbackForm(handler, 'en');
      control(option, 'phone').value = '12';
      clickSubmit(option);
      await aTimeout(50);
      await settle(option);
      expect(requests).to.have.length(0);
      const summary = within(option).querySelector('bf-error-summary')!;
      const links = [...summary.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent);
      expect(links).to.have.length(2);
      expect(option.callbackState).to.equal('editing');
    });

    it('treats a result without a reference as a failure, with a warning', async () => {
      const warnings = await warningsDuring(async () => {
        const option = await callbackForm(() => Promise.resolve({}), 'en');
        await fillCallback(option);
        clickSubmit(option);
        await waitUntil(() => option.callbackState === 'failed');
      });
      expect(warnings.join('\n')).to.match(/without a reference/);
    });

    it('without a handler says to call instead of showing a form that cannot work', async () => {
      const warnings = await warningsDuring(async () => {
        const option = await callbackForm(undefined, 'en');
        expect(within(option).querySelector('form')).to.equal(null);
        expect(within(option).textContent).to.contain('You cannot ask for a call back');
      });
      expect(warnings.join('\n')).to.match(/no requestCallback handler/);
    });

    it('offers the host’s time slots', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en">
          <bf-help
            open
            .requestCallback=${() => Promise.resolve({ reference: 'X' })}
            .timeSlots=${[
              { value: 'mon', label: 'Monday' },
              { value: '', label: 'ignored' },
            ]}
          ></bf-help>
        </div>`,
      );
      const [option] = optionsOf(wrapper.querySelector('bf-help')!);
      await settle(option!);
      const choices = [...control<HTMLSelectElement>(option!, 'time-slot').options];
      expect(choices.map((choice) => choice.value)).to.deep.equal(['mon']);
    });
  });

  describe('digital assistant', () => {
    it('fires bf-help-assistant with the language and hands over, the other options staying', async () => {
      const help = await fixture<BfHelp>(
        html`<bf-help open lang="de-BE">
          <bf-help-option kind="assistant"></bf-help-option>
          <bf-help-option kind="call" phone="022222222"></bf-help-option>
        </bf-help>`,
      );
      const [assistant, call] = optionsOf(help);
      await settle(assistant!);
      const start = within(assistant!).querySelector('bf-button')!;
      expect(start.textContent).to.contain('Digitalen Assistenten starten');
      setTimeout(() => start.click());
      const event = (await oneEvent(help, 'bf-help-assistant')) as CustomEvent<HelpAssistantDetail>;
      expect(event.detail).to.deep.equal({ language: 'de' });
      await assistant!.updateComplete;
      expect(within(assistant!).querySelector('.handover')!.textContent).to.contain(
        'hilft Ihnen ein Mensch',
      );
      expect(call!.checkVisibility()).to.be.true;
      await afterAnnouncerPause();
      expect(announced()).to.contain('Der digitale Assistent wird geöffnet');
    });
  });

  describe('finder', () => {
    async function finder(lang = 'en') {
      const help = await fixture<BfHelp>(
        html`<bf-help open lang=${lang} .locations=${locations}></bf-help>`,
      );
      const [option] = optionsOf(help);
      await settle(option!);
      return option!;
    }

    async function search(option: BfHelpOption, code: string) {
      const input = control(option, 'postal-code');
      input.value = code;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      within(option).querySelector('form')!.requestSubmit();
      await option.updateComplete;
    }

    it('lists the nearest places for a postal code and announces how many', async () => {
      const option = await finder();
      await search(option, '1020');
      const names = [...within(option).querySelectorAll('.place strong')].map((n) => n.textContent);
      // Laken (1020) itself, then Brussel-Stad (same municipality), then the 10xx area, then 1xxx.
      expect(names).to.deep.equal([
        'Helper Laken',
        'Loket Brussel-Stad',
        'Digitaal Huis Schaarbeek',
        'Bibliotheek Evere',
      ]);
      expect(within(option).querySelector('.count')!.textContent).to.contain(
        '4 places found near 1020',
      );
      const first = within(option).querySelector('.place')!;
      expect(first.textContent).to.contain('Digital helper');
      expect(first.textContent).to.contain('In your postal code');
      await afterAnnouncerPause();
      expect(announced()).to.equal('4 places found near 1020');
    });

    it('shows each place’s phone as a tel: link and its page', async () => {
      const option = await finder('nl-BE');
      await search(option, '1030');
      const place = within(option).querySelector('.place')!;
      expect(place.querySelector('a[href="tel:+3222447511"]')).to.exist;
      expect(place.querySelector('a[href="https://example.org/schaarbeek"]')!.textContent).to.equal(
        'Meer over Digitaal Huis Schaarbeek',
      );
    });

    it('says so, with a way out, when nothing is near', async () => {
      const option = await finder('fr-BE');
      await search(option, '8000');
      expect(within(option).querySelector('.results')).to.equal(null);
      expect(within(option).querySelector('.count')!.textContent).to.contain(
        'Aucun aidant numérique ni guichet trouvé près de 8000. Appelez-nous',
      );
      await afterAnnouncerPause();
      expect(announced()).to.contain('Aucun aidant numérique');
    });

    it('does not search with an invalid postal code: the field says why', async () => {
      const option = await finder();
      await search(option, '999');
      await settle(option);
      expect(within(option).querySelector('.count')).to.equal(null);
      const field = within(option).querySelector('bf-text-field')!;
      expect(field.querySelector('[slot="error"]')!.textContent).to.not.equal('');
    });
  });

  it('has no horizontal overflow at 320 px (400 % zoom of 1280 px), with a failed call back', async () => {
    const { handler, requests, reject } = controlledHandler();
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 320px" lang="de-BE">
        <bf-help open phone="022222222" .requestCallback=${handler} .locations=${locations}>
        </bf-help>
      </div>`,
    );
    const help = wrapper.querySelector('bf-help')!;
    const options = optionsOf(help);
    for (const option of options) await settle(option);
    const callback = options.find((option) => option.kind === 'callback')!;
    await fillCallback(callback);
    clickSubmit(callback);
    await waitUntil(() => requests.length === 1);
    reject();
    await waitUntil(() => callback.callbackState === 'failed');
    await settle(callback);
    expect(wrapper.scrollWidth).to.be.at.most(320);
    for (const option of options) {
      expect(option.scrollWidth, option.kind).to.be.at.most(option.clientWidth);
    }
  });
});

describe('bf-help call option and opening hours (core, Brussels time)', () => {
  it('shows open now with the closing time, and the weekly hours, in the page language', async () => {
    const help = await fixture<BfHelp>(
      html`<bf-help
        open
        lang="nl-BE"
        phone="02 222 22 22"
        hours="Mo-Fr 08:30-12:00,13:00-16:30"
        .now=${new Date('2026-11-30T10:00:00+01:00')}
      ></bf-help>`,
    );
    const [call] = optionsOf(help);
    await settle(call!);
    const status = within(call!).querySelector('.opening-status')!;
    expect(status.getAttribute('data-state')).to.equal('open');
    expect(status.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Nu open — sluit om 12:00');
    expect(within(call!).querySelectorAll('.opening-row')).to.have.length(2);
  });

  it('is closed on a Belgian public holiday even at a weekday hour', async () => {
    const help = await fixture<BfHelp>(
      html`<bf-help
        open
        lang="en"
        phone="02 222 22 22"
        hours="Mo-Fr 08:30-16:30"
        .now=${new Date('2026-04-06T10:00:00+02:00')}
      ></bf-help>`,
    );
    const [call] = optionsOf(help);
    await settle(call!);
    const status = within(call!).querySelector('.opening-status')!;
    expect(status.getAttribute('data-state')).to.equal('closed');
    expect(status.textContent).to.contain('Easter Monday');
  });

  it('shows hours it cannot read as written, with a warning', async () => {
    const warnings = await warningsDuring(async () => {
      const help = await fixture<BfHelp>(
        html`<bf-help open phone="022222222" hours="weekdays, mornings"></bf-help>`,
      );
      const [call] = optionsOf(help);
      await settle(call!);
      expect(within(call!).querySelector('.opening-status')).to.equal(null);
      expect(within(call!).textContent).to.contain('weekdays, mornings');
    });
    expect(warnings.join('\n')).to.match(/cannot be read/);
  });
});
