// What a server-rendered <bf-accordion> shows when its script never runs (scripts off, blocked
// or failed to load): every section's content, under its heading. This file never loads the
// component: the page has only the server's HTML and the stylesheets.
import { expect } from '@open-wc/testing';
import { ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();

describe('bf-accordion without JavaScript', () => {
  const insert = withoutScript('bf-accordion', rendered);

  it('shows the content of every section, closed ones included', () => {
    const container = insert('accordion');
    const items = [...container.querySelectorAll('bf-accordion-item')];
    expect(items).to.have.length(3);
    for (const item of items) {
      const text = item.querySelector('p')!;
      expect(text.checkVisibility(), item.getAttribute('heading')!).to.equal(true);
      expect(text.getBoundingClientRect().height, item.getAttribute('heading')!).to.be.greaterThan(
        0,
      );
    }
    expect(container.innerText).to.include('Iedereen die in België woont.');
    expect(container.innerText).to.include('Ongeveer vier weken.');
  });

  it('shows every heading as a real heading, in the outline', () => {
    const container = insert('accordion-open-levels');
    for (const item of container.querySelectorAll('bf-accordion-item')) {
      const heading = item.shadowRoot!.querySelector('h3')!;
      expect(heading.textContent!.trim()).to.equal(item.getAttribute('heading'));
      expect(heading.getBoundingClientRect().height).to.be.at.least(44);
    }
  });

  it('does not show "Show all sections", which could do nothing, but keeps its room', () => {
    const container = insert('accordion');
    const toggle = container
      .querySelector('bf-accordion')!
      .shadowRoot!.querySelector<HTMLElement>('[part="toggle-all"]')!;
    expect(getComputedStyle(toggle).visibility).to.equal('hidden');
    expect(toggle.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('draws no open/closed arrow on the headings', () => {
    const container = insert('accordion');
    const icon = container
      .querySelector('bf-accordion-item')!
      .shadowRoot!.querySelector<HTMLElement>('.icon')!;
    expect(getComputedStyle(icon).visibility).to.equal('hidden');
  });
});
