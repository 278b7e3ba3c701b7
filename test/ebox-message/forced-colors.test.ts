// In forced-colours mode (Windows High Contrast) the browser replaces every colour: the payment
// block keeps its frame in the system's text colour, and the expiry state keeps its words.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/ebox-message';
import type { BfEboxMessage } from '@belfry/components';
import { now, taxAssessment } from './messages.js';

const isChromium = !navigator.userAgent.includes('Firefox');

describe('bf-ebox-message in forced-colours mode', () => {
  before(async function () {
    // Forced-colours emulation goes through the Chrome DevTools Protocol.
    if (!isChromium) this.skip();
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
  });

  after(async () => {
    if (isChromium) await executeServerCommand('emulate-forced-colors', { value: 'none' });
  });

  it('frames the payment block in the text colour, and states the expiry in words', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<BfEboxMessage>(
      html`<bf-ebox-message .message=${taxAssessment()} .now=${now}></bf-ebox-message>`,
    );
    const payment = el.shadowRoot!.querySelector<HTMLElement>('[part="payment"]')!;
    const style = getComputedStyle(payment);
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
    expect(style.borderTopColor).to.equal(style.color);
    expect(el.shadowRoot!.querySelector('bf-tag')!.textContent!.trim()).to.equal(
      'Expires in 3 days',
    );
    document.documentElement.removeAttribute('lang');
  });
});
