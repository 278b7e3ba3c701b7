// What a server-rendered <bf-alert> does when its script never runs (scripts off, blocked or
// failed to load). This file never loads the component: the page has only the server's HTML and
// the stylesheets.
import { expect } from '@open-wc/testing';
import { ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();

describe('bf-alert without JavaScript', () => {
  const insert = withoutScript('bf-alert', rendered);
  const part = (container: HTMLElement, name: string) =>
    container
      .querySelector('bf-alert')!
      .shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;

  it('shows its box, icon, heading with the kind, and the message with a working link', () => {
    const container = insert('alert-error');
    const base = part(container, 'base');
    expect(getComputedStyle(base).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(part(container, 'icon').getBoundingClientRect().width).to.be.greaterThan(0);
    expect(part(container, 'heading').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Fout: Betaling mislukt',
    );
    const link = container.querySelector<HTMLAnchorElement>('bf-alert a')!;
    expect(link.getAttribute('href')).to.equal('/nl/betalen');
    expect(link.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('keeps the close button’s room but hides it: it cannot close anything without the script', () => {
    const container = insert('alert-dismissible');
    const close = part(container, 'close');
    expect(getComputedStyle(close).visibility).to.equal('hidden');
    expect(close.getBoundingClientRect().width).to.be.at.least(44);
  });
});
