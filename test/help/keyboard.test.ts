// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@belfry/components/help';
import type { BfHelp } from '@belfry/components';
import {
  deepActiveElement,
  expectTabOrder,
  focusOn,
  hasFocus,
  press,
} from '../helpers/keyboard.js';
import {
  control,
  controlledHandler,
  entry,
  locations,
  optionsOf,
  settle,
  within,
} from './fixtures.js';

describe('bf-help with the keyboard', () => {
  it('stops Tab at the entry only while closed, and at the options’ links once opened', async () => {
    const help = await fixture<BfHelp>(
      html`<bf-help lang="en" phone="02 222 22 22" appointment-href="/appointment"></bf-help>`,
    );
    await expectTabOrder([entry(help)]);
    focusOn(entry(help));
    await press('Enter');
    await help.updateComplete;
    expect(help.open).to.be.true;
    const [call, appointment] = optionsOf(help);
    await settle(call!);
    await settle(appointment!);
    await expectTabOrder([
      entry(help),
      within(call!).querySelector('a')!,
      within(appointment!).querySelector('a')!,
    ]);
    focusOn(entry(help));
    await press(' ');
    await help.updateComplete;
    expect(help.open).to.be.false;
    expect(hasFocus(entry(help))).to.be.true;
  });

  it('fills in and sends the call-back form with the keyboard alone; focus lands on the confirmation', async () => {
    const { handler, requests, resolve } = controlledHandler();
    const help = await fixture<BfHelp>(
      html`<bf-help lang="en" .requestCallback=${handler}></bf-help>`,
    );
    focusOn(entry(help));
    await press('Enter');
    await help.updateComplete;
    const [option] = optionsOf(help);
    await settle(option!);
    await press('Tab');
    expect(deepActiveElement()).to.equal(control(option!, 'name'));
    await sendKeys({ type: 'Els De Smet' });
    await press('Tab');
    expect(deepActiveElement()).to.equal(control(option!, 'phone'));
    await sendKeys({ type: '0470123456' });
    // Language: the radio group is one Tab stop; an arrow key chooses another language.
    await press('Tab');
    expect((deepActiveElement() as HTMLInputElement).name).to.equal('language');
    await press('ArrowLeft'); // from English (the page's) to Deutsch
    await press('Tab');
    expect(deepActiveElement()).to.equal(control(option!, 'time-slot'));
    await press('Tab');
    expect(deepActiveElement()).to.equal(control(option!, 'topic'));
    await sendKeys({ type: 'Pension' });
    // Back to the name field: Enter in a single-line field submits the form.
    control(option!, 'name').focus();
    await press('Enter');
    await waitUntil(() => requests.length === 1, 'Enter sent the request');
    expect(requests[0]!.name).to.equal('Els De Smet');
    expect(requests[0]!.phone).to.equal('+32470123456');
    expect(requests[0]!.language).to.equal('de');
    expect(requests[0]!.topic).to.equal('Pension');
    // A second Enter while sending sends nothing more.
    await press('Enter');
    resolve('CB-77');
    await waitUntil(() => option!.callbackState === 'sent');
    await option!.updateComplete;
    expect(requests).to.have.length(1);
    expect(deepActiveElement()).to.equal(within(option!).querySelector('[part="confirmation"]'));
  });

  it('moves focus to the error summary when the form is sent incomplete', async () => {
    const { handler, requests } = controlledHandler();
    const help = await fixture<BfHelp>(
      html`<bf-help open lang="nl-BE" .requestCallback=${handler}></bf-help>`,
    );
    const [option] = optionsOf(help);
    await settle(option!);
    focusOn(control(option!, 'name'));
    await press('Enter');
    const summary = within(option!).querySelector('bf-error-summary')!;
    await waitUntil(() => hasFocus(summary), 'the error summary takes focus');
    expect(requests).to.have.length(0);
  });

  it('searches the finder with Enter', async () => {
    const help = await fixture<BfHelp>(
      html`<bf-help open lang="en" .locations=${locations}></bf-help>`,
    );
    const [option] = optionsOf(help);
    await settle(option!);
    focusOn(control(option!, 'postal-code'));
    await sendKeys({ type: '2000' });
    await press('Enter');
    await option!.updateComplete;
    expect(within(option!).querySelectorAll('.place')).to.have.length(2);
  });

  it('in a dialog: Enter opens it with focus inside, Escape closes it and focus returns', async () => {
    const help = await fixture<BfHelp>(
      html`<bf-help panel="dialog" lang="fr-BE" phone="02 222 22 22"></bf-help>`,
    );
    focusOn(entry(help));
    await press('Enter');
    const dialog = help.shadowRoot!.querySelector('bf-dialog')!;
    await waitUntil(() => dialog.open && hasFocus(dialog), 'focus moves into the dialog');
    await press('Escape');
    await waitUntil(() => !help.open, 'Escape closes the help');
    await waitUntil(() => hasFocus(entry(help)), 'focus returns to the entry');
  });
});
