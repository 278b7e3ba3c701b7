// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/summary-list';
import { expectKeyActivation, expectTabOrder, pressAndExpectFocus } from '../helpers/keyboard.js';

const links = (list: Element) =>
  [...list.querySelectorAll('bf-summary-list-row')].flatMap((row) => [
    ...row.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]'),
  ]);

describe('bf-summary-list with the keyboard', () => {
  it('reaches each Change link with Tab, in the order of the questions', async () => {
    const list = await fixture(
      html`<bf-summary-list>
        <bf-summary-list-row question="Naam" href="#name">An Peeters</bf-summary-list-row>
        <bf-summary-list-row question="Geboortedatum">30 juli 1985</bf-summary-list-row>
        <bf-summary-list-row question="Adres" href="#address">Kerkstraat 12</bf-summary-list-row>
      </bf-summary-list>`,
    );
    await Promise.all(
      [...list.children].map(
        (row) => (row as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
    await expectTabOrder(links(list));
  });

  it('follows the link with Enter', async () => {
    const list = await fixture(
      html`<bf-summary-list>
        <bf-summary-list-row question="Naam" href="#change-name">An Peeters</bf-summary-list-row>
      </bf-summary-list>`,
    );
    await list.querySelector('bf-summary-list-row')!.updateComplete;
    const event = await expectKeyActivation(links(list)[0]!, 'Enter', {
      on: window,
      event: 'hashchange',
    });
    expect((event as HashChangeEvent).newURL).to.match(/#change-name$/);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows a visible focus ring on the link', async () => {
    const list = await fixture(
      html`<bf-summary-list>
        <bf-summary-list-row question="Naam" href="#name">An Peeters</bf-summary-list-row>
      </bf-summary-list>`,
    );
    await list.querySelector('bf-summary-list-row')!.updateComplete;
    // Focus arrives from the keyboard, so :focus-visible applies.
    await expectTabOrder(links(list));
    await pressAndExpectFocus('Tab', links(list)[0]!);
    const style = getComputedStyle(links(list)[0]!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
