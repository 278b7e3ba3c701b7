// "Only once" in the call-back form: a signed-in citizen finds the name, phone number and language
// the service already knows in the form, can change each, and never loses what they changed. This
// page does not load the known-value support (`@belfry/components/known-values`), as a page that
// imports only the help: the known details are ordinary prefilled fields. known-values.test.ts
// loads it (the details shown as text with their source).
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@belfry/components/help';
import type { BfHelp, BfHelpOption, CallbackKnown } from '@belfry/components';
import { warningsDuring } from '../helpers/warnings.js';
import {
  chooseLanguage,
  clickSubmit,
  control,
  controlledHandler,
  fillCallback,
  optionsOf,
  proposedLanguage,
  settle,
  signedIn,
  within,
} from './fixtures.js';

/** A help with a call-back option written as a child, on a page in `lang`. */
async function signedInForm(
  handler: unknown,
  known: unknown,
  lang = 'nl-BE',
): Promise<{ help: BfHelp; option: BfHelpOption }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <bf-help open .requestCallback=${handler} .known=${known}>
        <bf-help-option kind="callback"></bf-help-option>
      </bf-help>
    </div>`,
  );
  const help = wrapper.querySelector('bf-help')!;
  const option = wrapper.querySelector('bf-help-option')!;
  await settle(option);
  return { help, option };
}

/** Types into a field as a citizen would (the native control fires `input`). */
async function type(option: BfHelpOption, name: string, value: string): Promise<void> {
  const field = control<HTMLInputElement | HTMLTextAreaElement>(option, name);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(option);
}

describe('bf-help call back for a signed-in citizen (known details)', () => {
  it('starts with the known name, phone and language, and sends them', async () => {
    const { handler, requests, resolve } = controlledHandler();
    const { option } = await signedInForm(handler, signedIn, 'nl-BE');
    expect(control(option, 'name').value).to.equal('Marie Dubois');
    // Grouped as people read it; sent in international form.
    expect(control(option, 'phone').value).to.equal('0470 98 76 54');
    // The known language over the page's.
    expect(proposedLanguage(option)).to.equal('fr');

    await type(option, 'topic', 'Mon attestation de pension');
    clickSubmit(option);
    await waitUntil(() => requests.length === 1);
    expect(requests[0]).to.deep.equal({
      name: 'Marie Dubois',
      phone: '+32470987654',
      language: 'fr',
      timeSlot: 'any',
      topic: 'Mon attestation de pension',
    });
    resolve('CB-2026-004513');
    await waitUntil(() => option.callbackState === 'sent');
  });

  it('takes details written as plain text, and a language tag such as de-BE', async () => {
    const { option } = await signedInForm(
      () => Promise.resolve({ reference: 'X' }),
      { name: '  Jan Peeters ', phone: '02 222 22 22', language: 'de-BE' },
      'en',
    );
    expect(control(option, 'name').value).to.equal('Jan Peeters');
    expect(control(option, 'phone').value).to.equal('02 222 22 22');
    expect(proposedLanguage(option)).to.equal('de');
  });

  it('sends what the citizen changed, not the known details', async () => {
    const { handler, requests, resolve } = controlledHandler();
    const { option } = await signedInForm(handler, signedIn, 'fr-BE');
    await fillCallback(option, { name: 'Marie Dubois-Peeters', phone: '0485 11 22 33' });
    await chooseLanguage(option, 'nl');
    clickSubmit(option);
    await waitUntil(() => requests.length === 1);
    expect(requests[0]).to.include({
      name: 'Marie Dubois-Peeters',
      phone: '+32485112233',
      language: 'nl',
    });
    resolve('CB-1');
    await waitUntil(() => option.callbackState === 'sent');
  });

  it('keeps what the citizen changed after a failed send, even when the host gives the details again', async () => {
    const { handler, requests, resolve, reject } = controlledHandler();
    const { help, option } = await signedInForm(handler, signedIn, 'nl-BE');
    await type(option, 'name', 'Marie Janssens');
    await chooseLanguage(option, 'de');
    clickSubmit(option);
    await waitUntil(() => requests.length === 1);
    reject();
    await waitUntil(() => option.callbackState === 'failed');
    await settle(option);

    expect(within(option).querySelector('bf-alert')).to.exist;
    expect(control(option, 'name').value).to.equal('Marie Janssens');
    expect(control(option, 'phone').value).to.equal('0470 98 76 54');
    expect(proposedLanguage(option)).to.equal('de');

    // A host that renders again passes a new object, here with other details: what the citizen
    // changed stays; what they left alone follows the service, as a field's known value does.
    help.known = {
      name: { value: 'Marie Dubois-Martin', source: 'national-register' },
      phone: '0471 00 00 00',
      language: 'en',
    };
    await settle(option);
    expect(control(option, 'name').value).to.equal('Marie Janssens');
    expect(control(option, 'phone').value).to.equal('0471 00 00 00');
    expect(proposedLanguage(option)).to.equal('de');

    clickSubmit(option);
    await waitUntil(() => requests.length === 2);
    expect(requests[1]).to.include({
      name: 'Marie Janssens',
      phone: '+32471000000',
      language: 'de',
    });
    resolve('CB-2');
    await waitUntil(() => option.callbackState === 'sent');
  });

  it('keeps what the citizen changed when they are offline', async () => {
    const { handler, requests } = controlledHandler();
    const { option } = await signedInForm(handler, signedIn, 'en');
    await type(option, 'phone', '0499 12 34 56');
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    try {
      clickSubmit(option);
      await waitUntil(() => option.callbackState === 'offline');
    } finally {
      Object.defineProperty(Navigator.prototype, 'onLine', descriptor);
    }
    await settle(option);
    expect(requests).to.have.length(0);
    expect(control(option, 'phone').value).to.equal('0499 12 34 56');
    expect(control(option, 'name').value).to.equal('Marie Dubois');
    expect(proposedLanguage(option)).to.equal('fr');
  });

  it('proposes a language known after the form showed, until the citizen chooses one', async () => {
    const { help, option } = await signedInForm(
      () => Promise.resolve({ reference: 'X' }),
      undefined,
      'nl-BE',
    );
    expect(proposedLanguage(option)).to.equal('nl');
    expect(control(option, 'name').value).to.equal('');

    help.known = { name: 'Marie Dubois', language: 'fr' };
    await settle(option);
    expect(proposedLanguage(option)).to.equal('fr');
    expect(control(option, 'name').value).to.equal('Marie Dubois');

    await chooseLanguage(option, 'en');
    help.known = { name: 'Marie Dubois', language: 'de' };
    await settle(option);
    expect(proposedLanguage(option)).to.equal('en');
  });

  it('gives the help’s known details to the option it draws, and lets an option have its own', async () => {
    const drawn = await fixture<BfHelp>(
      html`<bf-help
        open
        lang="en"
        .requestCallback=${() => Promise.resolve({ reference: 'X' })}
        .known=${signedIn}
      ></bf-help>`,
    );
    const [implicit] = optionsOf(drawn);
    await settle(implicit!);
    expect(control(implicit!, 'name').value).to.equal('Marie Dubois');
    expect(proposedLanguage(implicit!)).to.equal('fr');

    const own: CallbackKnown = { name: 'Luc Martin', language: 'nl' };
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <bf-help
          open
          .requestCallback=${() => Promise.resolve({ reference: 'X' })}
          .known=${signedIn}
        >
          <bf-help-option kind="callback" .known=${own}></bf-help-option>
        </bf-help>
      </div>`,
    );
    const option = wrapper.querySelector('bf-help-option')!;
    await settle(option);
    expect(control(option, 'name').value).to.equal('Luc Martin');
    expect(control(option, 'phone').value).to.equal('');
    expect(proposedLanguage(option)).to.equal('nl');
  });

  it('ignores what it cannot use, with a warning, and never throws', async () => {
    const cases: {
      known: unknown;
      name: string;
      phone: string;
      language: string;
      warning: RegExp;
    }[] = [
      {
        known: '{"name": "Marie Dubois"}',
        name: '',
        phone: '',
        language: 'en',
        warning: /known must be an object .*not a string; it is ignored/,
      },
      {
        known: [signedIn],
        name: '',
        phone: '',
        language: 'en',
        warning: /known must be an object .*not a list/,
      },
      {
        known: { name: 42, phone: '0470 98 76 54', language: 'es' },
        name: '',
        phone: '0470 98 76 54',
        language: 'en',
        warning:
          /known\.name must be text or \{ value, source \}[\s\S]*known\.language "es" is not nl, fr, de or en/,
      },
      {
        known: { name: 'Marie Dubois', phone: { value: '0470 98 76 54', source: 7 } },
        name: 'Marie Dubois',
        phone: '',
        language: 'en',
        warning: /known\.phone must be text or \{ value, source \}/,
      },
      {
        known: { name: { value: 'Marie Dubois' }, phone: '123', language: 'fr' },
        name: 'Marie Dubois',
        phone: '',
        language: 'fr',
        warning: /known\.phone is not a Belgian phone number; it is ignored/,
      },
    ];
    for (const given of cases) {
      let option: BfHelpOption | undefined;
      const warnings = await warningsDuring(async () => {
        ({ option } = await signedInForm(
          () => Promise.resolve({ reference: 'X' }),
          given.known,
          'en',
        ));
      });
      expect(warnings.join('\n'), JSON.stringify(given.known)).to.match(given.warning);
      // The citizen's number is never written to the console.
      expect(warnings.join('\n')).not.to.contain('123');
      expect(control(option!, 'name').value).to.equal(given.name);
      expect(control(option!, 'phone').value).to.equal(given.phone);
      expect(proposedLanguage(option!)).to.equal(given.language);
    }
  });

  it('still checks the phone number on send when the known one was ignored', async () => {
    const { handler, requests } = controlledHandler();
    const { option } = await signedInForm(handler, { name: 'Marie Dubois', phone: '0470' }, 'en');
    expect(control(option, 'phone').value).to.equal('');
    await type(option, 'phone', '12');
    clickSubmit(option);
    await aTimeout(50);
    await settle(option);
    expect(requests).to.have.length(0);
    const summary = within(option).querySelector('bf-error-summary')!;
    const links = [...summary.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent ?? '');
    expect(links).to.have.length(1);
    expect(links[0]).to.match(/phone/i);
    expect(option.callbackState).to.equal('editing');
  });
});
