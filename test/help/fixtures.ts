// Shared by the help tests: reaching into the help and its options, and filling in the call-back
// form as a citizen would have.
import { oneEvent } from '@open-wc/testing';
import type {
  BfHelp,
  BfHelpOption,
  CallbackKnown,
  CallbackRequest,
  HelpLocation,
} from '@belfry/components';

export const entry = (help: BfHelp) =>
  help.shadowRoot!.querySelector<HTMLButtonElement>('[part="entry"]')!;

export const panel = (help: BfHelp) =>
  help.shadowRoot!.querySelector<HTMLElement>('[part="panel"]')!;

/** The options, whether written as children or drawn from the attributes. */
export function optionsOf(help: BfHelp): BfHelpOption[] {
  const children = [...help.querySelectorAll('bf-help-option')];
  return children.length ? children : [...help.shadowRoot!.querySelectorAll('bf-help-option')];
}

export const within = (option: BfHelpOption) => option.shadowRoot!;

/** The native control of a field in `option`'s form, by its `name`. */
export function control<T extends HTMLElement = HTMLInputElement>(
  option: BfHelpOption,
  name: string,
): T {
  const found = within(option).querySelector<T>(
    `input[name="${name}"], select[name="${name}"], textarea[name="${name}"]`,
  );
  if (!found) throw new Error(`no control named ${name}`);
  return found;
}

export function submitButton(option: BfHelpOption): HTMLElement {
  return within(option).querySelector<HTMLElement>('form bf-button[type="submit"]')!;
}

/** Fills in the call-back form's fields, as typing would (an `input` event each). */
export async function fillCallback(
  option: BfHelpOption,
  answers: { name?: string; phone?: string; topic?: string; slot?: string } = {},
): Promise<void> {
  await settle(option);
  const set = (name: string, value: string) => {
    const field = control<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(option, name);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  };
  set('name', answers.name ?? 'An Peeters');
  set('phone', answers.phone ?? '0470 12 34 56');
  set('topic', answers.topic ?? 'Mijn pensioenattest');
  if (answers.slot) set('time-slot', answers.slot);
  await settle(option);
}

/** Waits until the option and every Belfry element in its shadow root have rendered. */
export async function settle(option: BfHelpOption): Promise<void> {
  await option.updateComplete;
  const inner = [...within(option).querySelectorAll('*')].filter((element) =>
    element.localName.startsWith('bf-'),
  ) as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(inner.map((element) => element.updateComplete));
}

/** Clicks the form's submit button (a `bf-button`), as a pointer would. */
export function clickSubmit(option: BfHelpOption): void {
  const base = submitButton(option).shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
  base.click();
}

/** A handler whose promise the test settles: `resolve`, `reject`, and the requests it got. */
export function controlledHandler() {
  const requests: CallbackRequest[] = [];
  let settleNext: { resolve: (reference: string) => void; reject: (error: Error) => void } | null =
    null;
  const handler = (request: CallbackRequest) => {
    requests.push(request);
    return new Promise<{ reference: string }>((resolve, reject) => {
      settleNext = { resolve: (reference) => resolve({ reference }), reject };
    });
  };
  return {
    handler,
    requests,
    resolve: (reference: string) => settleNext?.resolve(reference),
    reject: () => settleNext?.reject(new Error('503 Service Unavailable')),
  };
}

/** What a service knows about a signed-in citizen: the name from the register, the phone from their profile. */
export const signedIn: CallbackKnown = {
  name: { value: 'Marie Dubois', source: 'national-register' },
  phone: { value: '+32470987654', source: 'Uit uw profiel' },
  language: 'fr',
};

/** The language the call-back form proposes (the radio checked). */
export function proposedLanguage(option: BfHelpOption): string | undefined {
  return within(option).querySelector<HTMLInputElement>('input[name="language"]:checked')?.value;
}

/** Chooses a language as a click would (the radio fires `change`). */
export async function chooseLanguage(option: BfHelpOption, language: string): Promise<void> {
  within(option)
    .querySelector<HTMLInputElement>(`input[name="language"][value="${language}"]`)!
    .click();
  await settle(option);
}

/** Digital helpers and counters in Brussels, Antwerp and Liège: the finder's test list. */
export const locations: HelpLocation[] = [
  {
    name: 'Digitaal Huis Schaarbeek',
    kind: 'helper',
    postalCode: '1030',
    municipality: 'Schaarbeek',
    address: 'Colignonplein 1',
    hours: 'Di en do 9-12 uur',
    phone: '02 244 75 11',
    href: 'https://example.org/schaarbeek',
  },
  {
    name: 'Loket Brussel-Stad',
    kind: 'counter',
    postalCode: '1000',
    municipality: 'Brussel',
    address: 'Grote Markt 1',
  },
  {
    name: 'Helper Laken',
    kind: 'helper',
    postalCode: '1020',
    municipality: 'Brussel',
  },
  { name: 'Bibliotheek Evere', kind: 'helper', postalCode: '1140', municipality: 'Evere' },
  { name: 'Digipunt Antwerpen', kind: 'counter', postalCode: '2000', municipality: 'Antwerpen' },
  { name: 'Digipunt Berchem', kind: 'helper', postalCode: '2600', municipality: 'Antwerpen' },
  { name: 'EPN Liège', kind: 'helper', postalCode: '4000', municipality: 'Liège' },
];

export { oneEvent };
