import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/pagination';
import type { BfPagination } from '@belfry/components';
import { axNode, axQuery } from '../helpers/ax-query.js';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.
const isFirefox = navigator.userAgent.includes('Firefox');

describe('bf-pagination in the accessibility tree', () => {
  let el: BfPagination;
  beforeEach(async () => {
    el = await fixture<BfPagination>(
      html`<bf-pagination id="pages" lang="fr-BE" current="6" total="12"></bf-pagination>`,
    );
  });

  it('is a navigation landmark named in the page language', async () => {
    expect(await axQuery('navigation', 'Pagination', 'pages')).to.deep.equal(['nav']);
  });

  it('names each page, Previous and Next in the page language', async () => {
    for (const [role, name] of [
      ['button', 'Page 5'],
      ['button', 'Page 6'],
      ['button', 'Page 12'],
      ['button', 'Page précédente'],
      ['button', 'Page suivante'],
    ] as const) {
      expect(await axQuery(role, name, 'pages'), name).to.have.length(1);
    }
  });

  it('reads "Page 6 sur 12" first, and the gaps not at all', async function () {
    if (isFirefox) this.skip(); // Node details come from Chromium's DevTools protocol.
    const statusNode = await axNode('bf-pagination', '[part="status"]');
    expect(statusNode.ignored).to.equal(false);
    expect(el.shadowRoot!.querySelector('nav')!.firstElementChild!.textContent).to.equal(
      'Page 6 sur 12',
    );
    const gap = await axNode('bf-pagination', '.gap');
    expect(gap.ignored, 'the gap is hidden').to.equal(true);
    const page = await axNode('bf-pagination', '[aria-current="page"]');
    expect(page.name).to.equal('Page 6');
    expect(page.ancestorRoles.slice(0, 3)).to.deep.equal(['listitem', 'list', 'navigation']);
  });
});
