// What a server-rendered <bf-help> shows when its script never runs (scripts off, blocked or
// failed to load): the options, even while the panel is closed, with a phone number that can be
// dialled. This file never loads the component: the page has only the server's HTML and the
// stylesheets.
import { expect } from '@open-wc/testing';
import { ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();

describe('bf-help without JavaScript', () => {
  const insert = withoutScript('bf-help', rendered);

  it('shows the options of a closed help, with the phone number as a tel: link', () => {
    const container = insert('help-attributes');
    const help = container.querySelector('bf-help')!;
    const panel = help.shadowRoot!.querySelector<HTMLElement>('[part="panel"]')!;
    expect(panel.checkVisibility()).to.equal(true);
    const call = help.shadowRoot!.querySelector('bf-help-option[kind="call"]')!;
    const link = call.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(link.checkVisibility()).to.equal(true);
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(link.textContent).to.equal('02 222 22 22');
  });

  it('shows the page’s own words in the options written as children', () => {
    const container = insert('help-children');
    const paragraphs = [...container.querySelectorAll('bf-help-option p')];
    expect(paragraphs).to.have.length(2);
    for (const paragraph of paragraphs) {
      expect(paragraph.checkVisibility(), paragraph.textContent!).to.equal(true);
    }
    expect(container.innerText).to.include('Par courrier');
  });

  it('draws no open/closed arrow on the entry, which could open nothing', () => {
    const container = insert('help-attributes');
    const chevron = container
      .querySelector('bf-help')!
      .shadowRoot!.querySelector<HTMLElement>('.icon')!;
    expect(getComputedStyle(chevron).visibility).to.equal('hidden');
  });
});
