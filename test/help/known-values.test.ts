// "Only once" in the call-back form on a page that loads core's known-value support
// (`@belfry/components/known-values`, docs/decisions/0018 and 0024): the name and phone number
// the service knows show as text with where they come from and "This is not correct", as in any
// Belfry field. known.test.ts covers the same form without the support.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@belfry/components/help';
import '@belfry/components/known-values';
import type { BfHelpOption, BfTextField } from '@belfry/components';
import {
  clickSubmit,
  control,
  controlledHandler,
  proposedLanguage,
  settle,
  signedIn,
  within,
} from './fixtures.js';

async function signedInForm(
  handler: unknown,
  known: unknown,
  lang: string,
): Promise<{ option: BfHelpOption }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <bf-help open .requestCallback=${handler} .known=${known}>
        <bf-help-option kind="callback"></bf-help-option>
      </bf-help>
    </div>`,
  );
  const option = wrapper.querySelector('bf-help-option')!;
  await settle(option);
  return { option };
}

const field = (option: BfHelpOption, name: string) =>
  within(option).querySelector<BfTextField>(`bf-text-field[name="${name}"]`)!;
/** Whether the field shows its known value as text (core adds the text node only then). */
const showsKnown = (field: Element) =>
  field.querySelector(':scope > [data-bf-field="known"]') !== null;
const shown = (option: BfHelpOption, name: string, part: string) =>
  field(option, name).querySelector(`:scope > [data-bf-field="${part}"]`)?.textContent?.trim() ??
  '';

describe('bf-help call back with known values loaded', () => {
  it('shows the known name and phone as text with their source, and sends them', async () => {
    const { handler, requests, resolve } = controlledHandler();
    const { option } = await signedInForm(handler, signedIn, 'fr-BE');
    expect(showsKnown(field(option, 'name'))).to.be.true;
    expect(shown(option, 'name', 'known')).to.equal('Marie Dubois');
    expect(shown(option, 'name', 'source')).to.equal('Provient du Registre national');
    expect(shown(option, 'phone', 'known')).to.equal('0470 98 76 54');
    // A source in the host's own words is shown as written.
    expect(shown(option, 'phone', 'source')).to.equal('Uit uw profiel');
    expect(shown(option, 'name', 'correct')).to.equal("Ce n'est pas correct");
    expect(proposedLanguage(option)).to.equal('fr');

    clickSubmit(option);
    await waitUntil(() => requests.length === 1);
    expect(requests[0]).to.include({ name: 'Marie Dubois', phone: '+32470987654', language: 'fr' });
    resolve('CB-1');
    await waitUntil(() => option.callbackState === 'sent');
  });

  it('"This is not correct" opens the field; the correction is sent, and kept after a failure', async () => {
    const { handler, requests, resolve, reject } = controlledHandler();
    const { option } = await signedInForm(handler, signedIn, 'en');
    const name = field(option, 'name');
    name.querySelector<HTMLButtonElement>(':scope > [data-bf-field="correct"]')!.click();
    await settle(option);
    expect(showsKnown(name)).to.be.false;
    const input = control(option, 'name');
    expect(input.value).to.equal('Marie Dubois');
    input.value = 'Marie Dubois-Janssens';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(option);

    clickSubmit(option);
    await waitUntil(() => requests.length === 1);
    reject();
    await waitUntil(() => option.callbackState === 'failed');
    await settle(option);
    // The field stays open with the correction; the phone still shows what the service knows.
    expect(showsKnown(name)).to.be.false;
    expect(name.corrected).to.be.true;
    expect(control(option, 'name').value).to.equal('Marie Dubois-Janssens');
    expect(showsKnown(field(option, 'phone'))).to.be.true;

    clickSubmit(option);
    await waitUntil(() => requests.length === 2);
    expect(requests[1]).to.include({ name: 'Marie Dubois-Janssens', phone: '+32470987654' });
    resolve('CB-2');
    await waitUntil(() => option.callbackState === 'sent');
  });

  it('shows a known name as text, never as HTML', async () => {
    const markup = '<img src="x" onerror="window.__bfHelpInjected = true">Marie';
    const { option } = await signedInForm(
      () => Promise.resolve({ reference: 'X' }),
      { name: { value: markup, source: '<b>Registre</b>' } },
      'fr-BE',
    );
    expect(shown(option, 'name', 'known')).to.equal(markup);
    expect(shown(option, 'name', 'source')).to.equal('<b>Registre</b>');
    expect(within(option).querySelector('img, b')).to.equal(null);
    expect(field(option, 'name').querySelector('img, b')).to.equal(null);
    expect((window as { __bfHelpInjected?: boolean }).__bfHelpInjected).to.equal(undefined);
  });
});
