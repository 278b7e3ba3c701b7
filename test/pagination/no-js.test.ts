// What a server-rendered <bf-pagination> does when its script never runs. This file never loads
// the component: the page has only the server's HTML and the stylesheets.
import { expect } from '@open-wc/testing';
import { followInFrame, ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();

describe('bf-pagination without JavaScript', () => {
  const insert = withoutScript('bf-pagination', rendered);

  it('shows working links, 44 px targets, in a named landmark', async () => {
    const host = insert('pagination-links').querySelector('bf-pagination')!;
    const nav = host.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Paginanavigatie');
    const next = nav.querySelector<HTMLAnchorElement>('[part="next"]')!;
    const { width, height } = next.getBoundingClientRect();
    expect(width).to.be.at.least(44);
    expect(height).to.be.at.least(44);
    next.target = 'ssr-landing';
    expect(await followInFrame(next)).to.equal('/test/ssr/landing.html');
  });
});
