import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/ebox-message';
import type { BfEboxMessage } from '@belfry/components';
import { axOutline, axQuery } from '../helpers/ax-query.js';
import { now, taxAssessment } from './messages.js';

// What assistive technology meets: the browser's accessibility tree, not our DOM.
describe('bf-ebox-message in the accessibility tree', () => {
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });
  afterEach(() => document.documentElement.removeAttribute('lang'));

  async function render() {
    const el = await fixture<BfEboxMessage>(
      html`<bf-ebox-message
        id="message"
        .message=${taxAssessment()}
        .now=${now}
        back-href="#inbox"
      ></bf-ebox-message>`,
    );
    await el.updateComplete;
    for (const link of el.shadowRoot!.querySelectorAll('bf-link')) await link.updateComplete;
    return el;
  }

  it('gives a screen reader a heading outline: subject, notice, payment, documents, contact', async function () {
    // The outline comes from the Chrome DevTools Protocol; axQuery below covers Firefox.
    if (navigator.userAgent.includes('Firefox')) this.skip();
    await render();
    const headings = (await axOutline()).filter((entry) => entry.role === 'heading');
    expect(headings.map(({ name, level }) => [name, level])).to.deep.equal([
      ['Personal income tax assessment 2026', 2],
      ['Information: Registered mail', 3],
      ['Payment', 3],
      ['Attached documents (2)', 3],
      ['Questions about this message?', 3],
    ]);
  });

  it('names each copy button after what it copies', async function () {
    // The buttons are in bf-button's shadow root, inside this one's: Firefox's search covers one
    // tree, so this runs in Chromium; ebox-message.test.ts checks the names in both.
    if (navigator.userAgent.includes('Firefox')) this.skip();
    await render();
    for (const name of ['Copy the amount', 'Copy the account number', 'Copy the reference']) {
      expect(await axQuery('button', name, 'message'), name).to.have.length(1);
    }
    expect(await axQuery('button', 'Reply', 'message')).to.have.length(1);
  });

  it('names each download link with the document, its type and its size', async function () {
    this.timeout(45_000); // several searches of the whole tree, slow in Firefox under load
    await render();
    expect(
      await axQuery('link', 'Download Tax assessment 2026 (PDF, 240\u00a0kB)', 'message'),
    ).to.have.length(1);
    // English in Belgium writes a decimal comma (en-BE).
    expect(
      await axQuery('link', 'Download Explanatory notes (PDF, 1,2\u00a0MB)', 'message'),
    ).to.have.length(1);
    expect(await axQuery('link', 'Back to your messages', 'message')).to.have.length(1);
  });
});
