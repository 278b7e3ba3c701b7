import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@belfry/components/ebox-message';
import type { BfEboxMessage, EboxMessage } from '@belfry/components';
import { axeViolations, expectAccessible, loadAxe } from '../helpers/a11y.js';
import { loadTokenStylesheet, themes } from '../helpers/token-build.js';
import { axeMatrix } from '../helpers/matrix.js';
import { day, hostileMessages, now, taxAssessment } from './messages.js';

type Props = { message: unknown; back: boolean };

// Every state the view has, in every theme (the payment block, the tags, the notice) and every
// language (labels, copy buttons' names, the notice).
axeMatrix<Props>({
  tag: 'bf-ebox-message',
  states: {
    'registered, payment, reply': { message: taxAssessment(), back: true },
    expired: {
      message: taxAssessment({ expiresAt: day(-2), registeredMail: false, replyAllowed: false }),
    },
    'no payment, no documents': {
      message: taxAssessment({ payment: null, attachments: [], registeredMail: false }),
    },
    'fallback language': {
      message: taxAssessment({
        subject: { de: 'Steuerbescheid' },
        body: { fr: 'Madame, Monsieur.' },
      }),
    },
    'hostile data': { message: hostileMessages['wrong types in every field'] },
    'markup and long words': { message: hostileMessages['a 200-character word'] },
  },
  locales: true,
  render: ({ message, back }) =>
    html`<bf-ebox-message
      .message=${message as EboxMessage}
      .now=${now}
      back-href=${back ? '#inbox' : ''}
    ></bf-ebox-message>`,
});

// After a copy, the confirmation (or the failure) stands beside the button: in every theme.
describe('<bf-ebox-message> after a copy (axe, WCAG 2.2 AA)', () => {
  let tokenCss: HTMLLinkElement | undefined;
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  const exec = document.execCommand;
  before(async function () {
    this.timeout(30_000);
    await loadAxe();
    tokenCss = await loadTokenStylesheet();
    document.execCommand = () => false;
  });
  after(() => {
    tokenCss?.remove();
    document.execCommand = exec;
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  });

  for (const theme of themes) {
    for (const ok of [true, false]) {
      it(`${ok ? 'copied' : 'not copied'} · ${theme}`, async () => {
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: () => (ok ? Promise.resolve() : Promise.reject(new Error('no'))) },
        });
        const wrapper = await fixture<HTMLElement>(
          html`<div
            data-bf-theme=${theme}
            lang="nl-BE"
            style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
          >
            <bf-ebox-message .message=${taxAssessment()} .now=${now}></bf-ebox-message>
          </div>`,
        );
        const el = wrapper.querySelector('bf-ebox-message')!;
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLElement>('[data-copy="iban"]')!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('.copy-status'), 'no outcome', {
          timeout: 5000,
        });
        await expectAccessible(wrapper);
      });
    }
  }
});

describe('<bf-ebox-message> and the axe gate', () => {
  it('fails when a page makes the payment labels too pale', async () => {
    const el = await fixture<BfEboxMessage>(
      html`<bf-ebox-message
        style="--bf-ebox-message-payment-label-fg: #c8ccd0"
        .message=${taxAssessment()}
        .now=${now}
      ></bf-ebox-message>`,
    );
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('color-contrast');
  });
});
