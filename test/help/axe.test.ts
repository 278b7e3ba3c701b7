// axe (WCAG 2.2 A/AA) in every state a citizen can bring the help to, in every theme and every
// language (docs/accessibility/testing.md): states reached by using it (sending, searching), so
// each combination draws the help, then acts as the citizen would, then runs axe.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '@belfry/components/help';
// The signed-in state shows known details as text with their source, as a page that loads the
// known-value support does (`belfry.js` has it).
import '@belfry/components/known-values';
import type { BfHelp, BfHelpOption } from '@belfry/components';
import { axeViolations, expectAccessible, loadAxe } from '../helpers/a11y.js';
import { matrixCombinations } from '../helpers/matrix.js';
import { loadTokenStylesheet } from '../helpers/token-build.js';
import {
  clickSubmit,
  control,
  controlledHandler,
  entry,
  fillCallback,
  locations,
  optionsOf,
  settle,
  signedIn,
  within,
} from './fixtures.js';

type State =
  | 'closed'
  | 'open'
  | 'call-back signed in'
  | 'call-back errors'
  | 'call-back failed'
  | 'call-back offline'
  | 'call-back sent'
  | 'finder results'
  | 'finder no results'
  | 'assistant handed over'
  | 'dialog open';

const states: Record<State, { state: State }> = Object.fromEntries(
  (
    [
      'closed',
      'open',
      'call-back signed in',
      'call-back errors',
      'call-back failed',
      'call-back offline',
      'call-back sent',
      'finder results',
      'finder no results',
      'assistant handed over',
      'dialog open',
    ] as const
  ).map((state) => [state, { state }]),
) as Record<State, { state: State }>;

const of = (help: BfHelp, kind: string) =>
  optionsOf(help).find((option) => option.kind === kind) as BfHelpOption;

async function search(option: BfHelpOption, code: string) {
  control(option, 'postal-code').value = code;
  within(option).querySelector('form')!.requestSubmit();
  await option.updateComplete;
}

/** Brings the help to `state`, as a citizen would. */
async function act(help: BfHelp, state: State, handler: ReturnType<typeof controlledHandler>) {
  for (const option of optionsOf(help)) await settle(option);
  const callback = of(help, 'callback');
  switch (state) {
    case 'call-back signed in':
      // The state axe must judge: the known name as text with its source and its button.
      expect(within(callback).querySelector('bf-text-field [data-bf-field="known"]')).to.exist;
      break;
    case 'call-back errors':
      clickSubmit(callback);
      await waitUntil(() => within(callback).querySelector('bf-error-summary')!.errors.length > 0);
      break;
    case 'call-back failed':
      await fillCallback(callback);
      clickSubmit(callback);
      await waitUntil(() => handler.requests.length === 1);
      handler.reject();
      await waitUntil(() => callback.callbackState === 'failed');
      break;
    case 'call-back offline': {
      await fillCallback(callback);
      const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
      Object.defineProperty(Navigator.prototype, 'onLine', {
        configurable: true,
        get: () => false,
      });
      try {
        clickSubmit(callback);
        await waitUntil(() => callback.callbackState === 'offline');
      } finally {
        Object.defineProperty(Navigator.prototype, 'onLine', descriptor);
      }
      break;
    }
    case 'call-back sent':
      await fillCallback(callback);
      clickSubmit(callback);
      await waitUntil(() => handler.requests.length === 1);
      handler.resolve('CB-2026-004512');
      await waitUntil(() => callback.callbackState === 'sent');
      break;
    case 'finder results':
      await search(of(help, 'finder'), '1020');
      break;
    case 'finder no results':
      await search(of(help, 'finder'), '8000');
      break;
    case 'assistant handed over':
      within(of(help, 'assistant')).querySelector('bf-button')!.click();
      break;
    case 'dialog open':
      entry(help).click();
      await waitUntil(() => help.shadowRoot!.querySelector('bf-dialog')!.open);
      break;
    default:
      break;
  }
  for (const option of optionsOf(help)) await settle(option);
}

const combinations = matrixCombinations<{ state: State }>({
  tag: 'bf-help',
  states,
  locales: true,
  render: () => html``,
});

describe('<bf-help> (axe, WCAG 2.2 AA)', () => {
  let tokenCss: HTMLLinkElement;
  before(async function () {
    this.timeout(30_000);
    await loadAxe();
    tokenCss = await loadTokenStylesheet();
  });
  after(() => tokenCss.remove());

  for (const combination of combinations) {
    it(combination.name, async () => {
      const state = combination.props.state!;
      const handler = controlledHandler();
      tokenCss.disabled = combination.theme === null;
      try {
        const wrapper = await fixture<HTMLElement>(
          html`<div
            data-bf-theme=${combination.theme ?? nothing}
            lang=${combination.lang ?? nothing}
            style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
          >
            <h1>Pensioen</h1>
            <bf-help
              ?open=${state !== 'closed' && state !== 'dialog open'}
              panel=${state === 'dialog open' ? 'dialog' : 'inline'}
              phone="02 222 22 22"
              hours="Mo-Fr 08:30-12:00,13:00-16:30"
              assistant
              appointment-href="/afspraak"
              .requestCallback=${handler.handler}
              .locations=${locations}
              .now=${new Date('2026-11-30T10:00:00+01:00')}
              .known=${state === 'call-back signed in' ? signedIn : undefined}
              ><p slot="channels">Kruidtuinlaan 50, 1000 Brussel.</p></bf-help
            >
          </div>`,
        );
        const help = wrapper.querySelector('bf-help')!;
        await help.updateComplete;
        await act(help, state, handler);
        await expectAccessible(wrapper);
      } finally {
        tokenCss.disabled = false;
      }
    });
  }
});

describe('<bf-help> and the axe gate', () => {
  it('fails when an agency’s text leaves a field of the call-back form without a label', async () => {
    const help = await fixture<BfHelp>(
      html`<bf-help
        open
        lang="en"
        strings='{"nameLabel": " "}'
        .requestCallback=${() => Promise.resolve({ reference: 'X' })}
      ></bf-help>`,
    );
    const [callback] = optionsOf(help);
    callback!.strings = { nameLabel: ' ' };
    await settle(callback!);
    const ids = (await axeViolations(help)).map((violation) => violation.id);
    expect(ids).to.include('label');
  });

  it('a blank heading falls back to the built-in one, so the entry keeps its name', async () => {
    const help = await fixture<BfHelp>(html`<bf-help lang="en" heading=" "></bf-help>`);
    expect(entry(help).textContent!.trim()).to.equal('Need help?');
    expect(await axeViolations(help)).to.deep.equal([]);
  });
});
