// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/breadcrumbs';
import type { BfBreadcrumbs } from '@belfry/components';
import { expectKeyActivation, expectTabOrder } from '../helpers/keyboard.js';
import { settle } from '../helpers/locales.js';

describe('bf-breadcrumbs with the keyboard', () => {
  it('stops on each link in order, and not on the current page', async () => {
    const el = await fixture<BfBreadcrumbs>(
      html`<bf-breadcrumbs lang="nl">
        <a href="#home">Home</a>
        <a href="#belastingen">Belastingen</a>
        <span>Aangifte</span>
      </bf-breadcrumbs>`,
    );
    await settle();
    await expectTabOrder([...el.querySelectorAll('a')]);
  });

  it('follows a link with Enter, and shows a focus ring on it', async () => {
    const el = await fixture<BfBreadcrumbs>(
      html`<bf-breadcrumbs lang="nl">
        <a href="#kb-home">Home</a>
        <span>Aangifte</span>
      </bf-breadcrumbs>`,
    );
    await settle();
    const link = el.querySelector('a')!;
    await expectTabOrder([link]);
    link.focus();
    const style = getComputedStyle(link);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    await expectKeyActivation(link, 'Enter', { on: window, event: 'hashchange' });
    expect(location.hash).to.equal('#kb-home');
    history.replaceState(null, '', location.pathname + location.search);
  });
});
