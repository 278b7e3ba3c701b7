// Keyboard only: a bf-link is the author's own <a>, so it is one Tab stop with a visible focus
// ring, and Enter follows it. One page at a time (real focus), see docs/accessibility/testing.md.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/link';
import { expectTabOrder, press } from '../helpers/keyboard.js';

describe('bf-link with the keyboard', () => {
  it('is one Tab stop per link; the icon and file text are not stops', async () => {
    const page = await fixture<HTMLParagraphElement>(
      html`<p>
        <bf-link><a href="/contact">Contact</a></bf-link>
        <bf-link external><a href="https://www.belgium.be" target="_blank">belgium.be</a></bf-link>
        <bf-link file-size="245760"><a href="/report.pdf" download>Report</a></bf-link>
      </p>`,
    );
    await Promise.all([...page.querySelectorAll('bf-link')].map((link) => link.updateComplete));
    await expectTabOrder([...page.querySelectorAll('a')]);
  });

  it('shows the focus ring and a thicker underline on keyboard focus', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <button>Before</button> <bf-link><a href="/contact">Contact</a></bf-link>
      </div>`,
    );
    const anchor = page.querySelector('a')!;
    page.querySelector('button')!.focus();
    await press('Tab');
    expect(document.activeElement).to.equal(anchor);
    const style = getComputedStyle(anchor);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(style.textDecorationLine).to.contain('underline');
    expect(parseFloat(style.textDecorationThickness)).to.be.at.least(2);
  });

  it('follows the link with Enter, as the browser does for any link', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <bf-link><a href="#followed">Go</a></bf-link>
      </div>`,
    );
    const anchor = page.querySelector('a')!;
    let followed = false;
    anchor.addEventListener('click', (event) => {
      followed = true;
      event.preventDefault();
    });
    anchor.focus();
    await press('Enter');
    expect(followed).to.equal(true);
  });
});
