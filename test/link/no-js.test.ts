// What <bf-link> does when its script never runs: this file never loads the component. The link
// is the author's own <a>, so it is a link whatever happens; a server render adds what the
// host's attributes say.
import { expect } from '@open-wc/testing';
import { ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();

describe('bf-link without JavaScript', () => {
  const insert = withoutScript('bf-link', rendered);

  it('is the author’s link, focusable and underlined', () => {
    const anchor = insert('link').querySelector('a')!;
    expect(anchor.getAttribute('href')).to.equal('/contact');
    anchor.focus();
    expect(document.activeElement).to.equal(anchor);
    expect(getComputedStyle(anchor).textDecorationLine).to.contain('underline');
    anchor.blur();
  });

  it('shows a download’s type and size, and its icon, from the server', () => {
    const host = insert('link-download').querySelector('bf-link')!;
    const file = host.shadowRoot!.querySelector('[part="file"]')!;
    expect(file.textContent!.replaceAll('\u00a0', ' ')).to.equal(' (PDF, 1,2 MB)');
    expect(file.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(host.shadowRoot!.querySelector('[part="icon"]')).to.exist;
  });
});
