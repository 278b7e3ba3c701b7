import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/breadcrumbs';
import type { BfBreadcrumbs } from '@belfry/components';
import { axNode, axQuery } from '../helpers/ax-query.js';
import { settle } from '../helpers/locales.js';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.
const isFirefox = navigator.userAgent.includes('Firefox');

describe('bf-breadcrumbs in the accessibility tree', () => {
  let el: BfBreadcrumbs;
  beforeEach(async () => {
    el = await fixture<BfBreadcrumbs>(
      html`<bf-breadcrumbs id="trail" lang="de-BE">
        <a href="/">Startseite</a>
        <a href="/steuern">Steuern</a>
        <span>Steuererklärung</span>
      </bf-breadcrumbs>`,
    );
    await settle();
    await el.updateComplete;
  });

  it('is a navigation landmark named in the page language, holding a list', async () => {
    expect(await axQuery('navigation', 'Brotkrumennavigation', 'trail')).to.deep.equal(['nav']);
    expect(await axQuery('link', 'Startseite')).to.deep.equal(['a']);
    expect(await axQuery('link', 'Steuern')).to.deep.equal(['a']);
  });

  it('reads the links as items of one list of three, then the current page as text', async function () {
    if (isFirefox) this.skip(); // The tree's structure comes from Chromium's DevTools protocol.
    const link = await axNode('bf-breadcrumbs a[href="/steuern"]');
    expect(link.role).to.equal('link');
    expect(link.ancestorRoles.slice(0, 3)).to.deep.equal(['listitem', 'list', 'navigation']);
    const current = await axNode('bf-breadcrumbs span');
    expect(current.name === '' || current.role !== 'link').to.equal(true);
    expect(current.ancestorRoles.slice(0, 3)).to.deep.equal(['listitem', 'list', 'navigation']);
    const home = await axNode('bf-breadcrumbs a[href="/"]');
    expect(home.ancestorRoles.slice(0, 3)).to.deep.equal(['listitem', 'list', 'navigation']);
    const list = await axNode('bf-breadcrumbs', 'ol');
    expect(list.role).to.equal('list');
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(3);
  });

  it('marks the current page for screen readers, and only it', () => {
    expect(el.querySelector('span')!.getAttribute('aria-current')).to.equal('page');
    expect(el.querySelectorAll('[aria-current]')).to.have.length(1);
  });
});
