// What a server-rendered <bf-header> does when its script never runs (scripts off, blocked or
// failed to load). This file never loads the component: the page has only the server's HTML and
// the stylesheets.
import { expect } from '@open-wc/testing';
import { ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();

describe('bf-header without JavaScript', () => {
  const insert = withoutScript('bf-header', rendered);
  const shadow = (container: HTMLElement) => container.querySelector('bf-header')!.shadowRoot!;

  it('is the banner landmark, with the identity line and a named navigation', () => {
    const root = shadow(insert('header'));
    expect(root.querySelector('header')).to.exist;
    expect(root.querySelector('[part="identity"]')!.textContent).to.include(
      'Een officiële website van de Belgische federale overheid',
    );
    expect(root.querySelector('nav')!.getAttribute('aria-label')).to.equal('Hoofdmenu');
  });

  it('never collapses the navigation at 320 px: without the script, no button could open it', () => {
    const container = insert('header');
    container.style.inlineSize = '320px';
    const root = shadow(container);
    expect(root.querySelector('[part="menu-button"]')!.checkVisibility()).to.equal(false);
    for (const link of container.querySelectorAll<HTMLAnchorElement>('ul a')) {
      expect(link.checkVisibility(), link.textContent!).to.equal(true);
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
    }
    expect(container.scrollWidth).to.be.at.most(container.clientWidth);
  });

  it('opens "How do you know?" natively', () => {
    const root = shadow(insert('header'));
    const explanation = root.querySelector('[part="identity-explanation"]')!;
    expect(explanation.checkVisibility()).to.equal(false);
    root.querySelector<HTMLElement>('summary')!.click();
    expect(explanation.checkVisibility()).to.equal(true);
    expect(explanation.textContent).to.include('.fgov.be');
  });
});
