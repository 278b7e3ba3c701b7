import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/footer';
import type { BfFooter } from '@belfry/components';
import { expectTabOrder, expectKeyActivation } from '../helpers/keyboard.js';
import { agency, ownLinks } from './content.js';

describe('bf-footer with the keyboard', () => {
  it('tabs through the built-in links, the page’s own, then belgium.be, in reading order', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="nl-BE">
        <bf-footer accessibility-href="/toegankelijkheid" contact-href="/contact"
          >${agency}${ownLinks}</bf-footer
        >
      </div>`,
    );
    const element = wrapper.querySelector<BfFooter>('bf-footer')!;
    await element.updateComplete;
    const [accessibility, contact] = element.shadowRoot!.querySelectorAll('[part="link"]');
    const belgium = element.shadowRoot!.querySelector('[part="identity"] a')!;
    await expectTabOrder([
      accessibility!,
      contact!,
      element.querySelector('[slot="links"] a')!,
      belgium,
    ]);
  });

  it('follows a built-in link with Enter', async () => {
    const element = await fixture<BfFooter>(
      html`<bf-footer accessibility-href="#statement"></bf-footer>`,
    );
    await element.updateComplete;
    const link = element.shadowRoot!.querySelector('[part="link"]')!;
    const event = await expectKeyActivation(link, 'Enter', {
      on: link,
      event: 'click',
      read: (click) => {
        click.preventDefault();
        return (click.currentTarget as HTMLAnchorElement).getAttribute('href');
      },
    });
    expect(event).to.equal('#statement');
  });
});
