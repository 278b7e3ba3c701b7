// What a server-rendered <bf-breadcrumbs> does when its script never runs. This file never loads
// the component: the page has only the server's HTML and the stylesheets.
import { expect } from '@open-wc/testing';
import { ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();

describe('bf-breadcrumbs without JavaScript', () => {
  const insert = withoutScript('bf-breadcrumbs', rendered);

  it('shows the links, styled and 44 px high, in a named landmark', () => {
    const host = insert('breadcrumbs').querySelector('bf-breadcrumbs')!;
    expect(host.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal(
      'Kruimelpad',
    );
    const links = [...host.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['/', '/belastingen']);
    for (const link of links) {
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
      expect(link.assignedSlot).to.not.equal(null);
    }
  });
});
