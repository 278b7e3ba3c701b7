// What a server-rendered <bf-stepper> shows when its script never runs (scripts off, blocked or
// failed to load): every step, one per line on a small screen, each with its state in words,
// the steps done as working links; never a button that could do nothing. This file never loads
// the component: the page has only the server's HTML and the stylesheets.
import { expect } from '@open-wc/testing';
import { followInFrame, ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();

describe('bf-stepper without JavaScript', () => {
  const insert = withoutScript('bf-stepper', rendered);

  for (const width of ['20rem', '60rem']) {
    it(`shows every step and no button, ${width} wide`, () => {
      const container = insert('stepper');
      container.style.inlineSize = width;
      const host = container.querySelector('bf-stepper')!;
      const toggle = host.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]')!;
      expect(toggle.checkVisibility()).to.equal(false);
      const steps = [...host.querySelectorAll('bf-stepper-step')];
      expect(steps).to.have.length(5);
      for (const step of steps) {
        expect(step.checkVisibility(), step.textContent!).to.equal(true);
        expect(step.getBoundingClientRect().height, step.textContent!).to.be.at.least(24);
      }
      expect(container.innerText).to.include('Uw nieuwe adres');
      expect(container.innerText).to.include('Controleren en versturen');
    });
  }

  it('reads each step as an item of one list, the current one marked', () => {
    const host = insert('stepper').querySelector('bf-stepper')!;
    const list = host.shadowRoot!.querySelector('ol')!;
    expect(list.getAttribute('role')).to.equal('list');
    const steps = [...host.querySelectorAll('bf-stepper-step')];
    expect(steps.map((step) => step.getAttribute('role'))).to.deep.equal(Array(5).fill('listitem'));
    expect(steps[1]!.getAttribute('aria-current')).to.equal('step');
  });

  it('links back to the step done, with a link that works', async () => {
    const host = insert('stepper').querySelector('bf-stepper')!;
    const link = host
      .querySelector('bf-stepper-step')!
      .shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.getBoundingClientRect().height).to.be.at.least(44);
    link.target = 'ssr-landing';
    expect(await followInFrame(link)).to.equal('/verhuizen/gegevens');
  });
});
