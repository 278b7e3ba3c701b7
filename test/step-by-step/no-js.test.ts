// What a server-rendered <bf-step-by-step> shows when its script never runs (scripts off,
// blocked or failed to load): every step's content, under its numbered heading, in a list.
// This file never loads the component: the page has only the server's HTML and the stylesheets.
import { expect } from '@open-wc/testing';
import { ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';
import { axQuery } from '../helpers/ax-query.js';

const rendered = await ssrFixtures();

describe('bf-step-by-step without JavaScript', () => {
  const insert = withoutScript('bf-step-by-step', rendered);

  it('shows the content of every step, closed ones included', () => {
    const container = insert('step-by-step');
    const items = [...container.querySelectorAll('bf-step-by-step-item')];
    expect(items).to.have.length(3);
    for (const item of items) {
      const text = item.querySelector('p')!;
      expect(text.checkVisibility(), item.getAttribute('heading')!).to.equal(true);
      expect(text.getBoundingClientRect().height, item.getAttribute('heading')!).to.be.above(0);
    }
    expect(container.innerText).to.include('Ga binnen 8 werkdagen naar het gemeentehuis.');
    expect(container.innerText).to.include('Uw inschrijvingsbewijs wordt automatisch aangepast.');
  });

  it('shows every heading as a real heading, with its number drawn and "or" in words', () => {
    const container = insert('step-by-step');
    const items = [...container.querySelectorAll('bf-step-by-step-item')];
    for (const item of items) {
      const heading = item.shadowRoot!.querySelector('h2')!;
      expect(heading.textContent).to.include(item.getAttribute('heading')!);
      expect(heading.getBoundingClientRect().height).to.be.at.least(44);
    }
    const circles = items.map((item) => item.shadowRoot!.querySelector('[part="marker"]')!);
    // The circle's number is a CSS counter: 1, 2, and the third step says "of".
    expect(
      getComputedStyle(circles[0]!.firstElementChild!.parentElement!, '::after').content,
    ).to.equal('counter(bf-step-by-step)');
    expect(circles.map((circle) => circle.getBoundingClientRect().width > 0)).to.deep.equal([
      true,
      true,
      true,
    ]);
    expect((circles[2] as HTMLElement).innerText.trim()).to.equal('of');
  });

  it('is a list of steps for assistive technology', async () => {
    const container = insert('step-by-step');
    container.querySelector('bf-step-by-step')!.id = 'no-js-steps';
    expect(await axQuery('list', '', 'no-js-steps')).to.deep.equal(['ol']);
    expect(
      [...container.querySelectorAll('bf-step-by-step-item')].map((item) =>
        item.getAttribute('role'),
      ),
    ).to.deep.equal(['listitem', 'listitem', 'listitem']);
  });

  it('shows the statuses in words, and no "Show all steps", which could do nothing', () => {
    const container = insert('step-by-step-signed-in-compact');
    const status = container
      .querySelector('bf-step-by-step-item')!
      .shadowRoot!.querySelector<HTMLElement>('[part="status"]')!;
    expect(status.checkVisibility()).to.equal(true);
    expect(status.innerText).to.include('Terminé');
    const toggle = container
      .querySelector('bf-step-by-step')!
      .shadowRoot!.querySelector<HTMLElement>('[part="toggle-all"]')!;
    expect(getComputedStyle(toggle).visibility).to.equal('hidden');
  });
});
