import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/pagination';
import { pageRange, type BfPagination } from '@belfry/components';
import { settle } from '../helpers/locales.js';
import { warningsDuring } from '../helpers/warnings.js';

const root = (el: BfPagination) => el.shadowRoot!;
const status = (el: BfPagination) => root(el).querySelector('[part="status"]')!.textContent;
/** The list as a sighted user reads it: numbers, and … for each gap. */
const listed = (el: BfPagination) =>
  [...root(el).querySelectorAll('li')].map((item) => item.textContent!.trim()).join(' ');
const part = (el: BfPagination, name: string) =>
  root(el).querySelector<HTMLAnchorElement | HTMLButtonElement>(`[part="${name}"]`);
const pageControl = (el: BfPagination, page: number) =>
  root(el).querySelector<HTMLElement>(`[part="page"][data-page="${page}"]`)!;

describe('pageRange', () => {
  it('shows the first, the last, the current page and its neighbours, with gaps', () => {
    expect(pageRange(1, 1)).to.deep.equal([1]);
    expect(pageRange(3, 5)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(pageRange(6, 12)).to.deep.equal([1, null, 5, 6, 7, null, 12]);
    expect(pageRange(1, 12)).to.deep.equal([1, 2, null, 12]);
    expect(pageRange(12, 12)).to.deep.equal([1, null, 11, 12]);
  });

  it('shows a single page left out rather than a gap', () => {
    expect(pageRange(4, 12)).to.deep.equal([1, 2, 3, 4, 5, null, 12]);
  });
});

describe('bf-pagination', () => {
  it('states "Page 3 of 12" in the page language, in a named landmark', async () => {
    const wrapper = await fixture(
      html`<div lang="nl-BE"><bf-pagination current="3" total="12"></bf-pagination></div>`,
    );
    const el = wrapper.querySelector('bf-pagination')!;
    await el.updateComplete;
    expect(status(el)).to.equal('Pagina 3 van 12');
    expect(root(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('Paginanavigatie');
    for (const [lang, text, label] of [
      ['fr-BE', 'Page 3 sur 12', 'Pagination'],
      ['de-BE', 'Seite 3 von 12', 'Seitennavigation'],
      ['en', 'Page 3 of 12', 'Pagination'],
    ] as const) {
      wrapper.setAttribute('lang', lang);
      await settle();
      expect(status(el)).to.equal(text);
      expect(root(el).querySelector('nav')!.getAttribute('aria-label')).to.equal(label);
    }
  });

  it('marks the current page aria-current="page", names each number as a page', async () => {
    const el = await fixture<BfPagination>(
      html`<bf-pagination lang="en" current="6" total="12"></bf-pagination>`,
    );
    expect(listed(el)).to.equal('1 … 5 6 7 … 12');
    const current = root(el).querySelectorAll('[aria-current]');
    expect(current).to.have.length(1);
    expect(current[0]!.getAttribute('aria-current')).to.equal('page');
    expect(current[0]!.getAttribute('aria-label')).to.equal('Page 6');
    expect(pageControl(el, 5).getAttribute('aria-label')).to.equal('Page 5');
  });

  it('hides the gaps from screen readers', async () => {
    const el = await fixture<BfPagination>(
      html`<bf-pagination current="6" total="12"></bf-pagination>`,
    );
    const gaps = [...root(el).querySelectorAll('.gap')];
    expect(gaps).to.have.length(2);
    for (const gap of gaps) expect(gap.getAttribute('aria-hidden')).to.equal('true');
  });

  it('has Previous and Next in the page language, only where there is such a page', async () => {
    const el = await fixture<BfPagination>(
      html`<bf-pagination lang="fr" current="1" total="3"></bf-pagination>`,
    );
    expect(part(el, 'previous')).to.equal(null);
    expect(part(el, 'next')!.textContent!.trim()).to.equal('Page suivante');
    el.current = 3;
    await el.updateComplete;
    expect(part(el, 'next')).to.equal(null);
    expect(part(el, 'previous')!.textContent!.trim()).to.equal('Page précédente');
  });

  it('makes links from href-template', async () => {
    const el = await fixture<BfPagination>(
      html`<bf-pagination current="2" total="3" href-template="?page={page}"></bf-pagination>`,
    );
    const links = [...root(el).querySelectorAll('a')];
    expect(
      links.map((link) => [link.getAttribute('part'), link.getAttribute('href')]),
    ).to.deep.equal([
      ['previous', '?page=1'],
      ['page', '?page=1'],
      ['page', '?page=2'],
      ['page', '?page=3'],
      ['next', '?page=3'],
    ]);
  });

  it('refuses an unsafe or a fixed href-template: buttons, and a warning', async () => {
    for (const template of ['javascript:go({page})', '/results']) {
      let el!: BfPagination;
      const warnings = await warningsDuring(async () => {
        el = await fixture<BfPagination>(
          html`<bf-pagination current="1" total="2" href-template=${template}></bf-pagination>`,
        );
      });
      expect(root(el).querySelectorAll('a')).to.have.length(0);
      expect(root(el).querySelectorAll('button')).to.have.length(3);
      expect(warnings.join('\n')).to.contain('href-template');
    }
  });

  for (const [current, total, shown, warned] of [
    ['15', '12', 'Page 12 of 12', 'current="15"'],
    ['0', '12', 'Page 1 of 12', 'current="0"'],
    ['abc', '12', 'Page 1 of 12', 'current="abc"'],
    ['2', 'NaN', 'Page 1 of 1', 'total="NaN"'],
    ['1', '0', 'Page 1 of 1', 'total="0"'],
    ['2.5', '4', 'Page 2 of 4', 'current="2.5"'],
  ] as const) {
    it(`falls back safely for current="${current}" total="${total}", with a warning`, async () => {
      let el!: BfPagination;
      const warnings = await warningsDuring(async () => {
        el = await fixture<BfPagination>(
          html`<bf-pagination lang="en" current=${current} total=${total}></bf-pagination>`,
        );
      });
      expect(status(el)).to.equal(shown);
      expect(root(el).querySelectorAll('[aria-current="page"]')).to.have.length(1);
      expect(warnings.join('\n')).to.contain(warned);
    });
  }

  it('works with no attributes at all: page 1 of 1', async () => {
    const el = await fixture<BfPagination>(html`<bf-pagination lang="en"></bf-pagination>`);
    expect(status(el)).to.equal('Page 1 of 1');
    expect(part(el, 'previous')).to.equal(null);
    expect(part(el, 'next')).to.equal(null);
  });

  describe('with buttons (no href-template)', () => {
    it('fires bf-page-change and moves to the page', async () => {
      const el = await fixture<BfPagination>(
        html`<bf-pagination lang="en" current="3" total="12"></bf-pagination>`,
      );
      const pages: number[] = [];
      el.addEventListener('bf-page-change', (event) => pages.push(event.detail.page));
      (part(el, 'next') as HTMLButtonElement).click();
      await el.updateComplete;
      pageControl(el, 1).click();
      await el.updateComplete;
      expect(pages).to.deep.equal([4, 1]);
      expect(el.current).to.equal(1);
      expect(status(el)).to.equal('Page 1 of 12');
    });

    it('stays on the page when the app cancels the event', async () => {
      const el = await fixture<BfPagination>(
        html`<bf-pagination current="3" total="12"></bf-pagination>`,
      );
      el.addEventListener('bf-page-change', (event) => event.preventDefault());
      (part(el, 'previous') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.current).to.equal(3);
    });

    it('does nothing for the current page', async () => {
      const el = await fixture<BfPagination>(
        html`<bf-pagination current="3" total="12"></bf-pagination>`,
      );
      let fired = false;
      el.addEventListener('bf-page-change', () => (fired = true));
      pageControl(el, 3).click();
      expect(fired).to.equal(false);
    });
  });

  describe('with links', () => {
    it('fires a cancelable bf-page-change; cancelling keeps the browser on the page', async () => {
      const el = await fixture<BfPagination>(
        html`<bf-pagination current="1" total="4" href-template="#page-{page}"></bf-pagination>`,
      );
      let detail: unknown;
      el.addEventListener('bf-page-change', (event) => {
        detail = event.detail;
        event.preventDefault();
      });
      const before = location.hash;
      (part(el, 'next') as HTMLAnchorElement).click();
      expect(detail).to.deep.equal({ page: 2, href: '#page-2' });
      expect(location.hash).to.equal(before);
    });
  });

  it('at 320 px shows Previous, "Page 3 of 12" and Next, 44 px targets, no sideways scroll', async () => {
    const { setViewport } = await import('@web/test-runner-commands');
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture(
        html`<div style="inline-size: 288px" lang="de">
          <bf-pagination current="3" total="12"></bf-pagination>
        </div>`,
      );
      const el = wrapper.querySelector('bf-pagination')!;
      await el.updateComplete;
      expect(root(el).querySelector('ul')!.getBoundingClientRect().height).to.equal(0);
      expect(
        root(el).querySelector('[part="status"]')!.getBoundingClientRect().width,
      ).to.be.greaterThan(1);
      for (const name of ['previous', 'next']) {
        const { height, width } = part(el, name)!.getBoundingClientRect();
        expect(height).to.be.at.least(44);
        expect(width).to.be.at.least(44);
      }
      expect(wrapper.scrollWidth).to.be.at.most(288);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('gives every page a 44 px target on a wide screen', async () => {
    const el = await fixture<BfPagination>(
      html`<bf-pagination current="6" total="12"></bf-pagination>`,
    );
    for (const control of root(el).querySelectorAll('[part]:is(a, button)')) {
      const { height, width } = control.getBoundingClientRect();
      expect(height).to.be.at.least(44);
      expect(width).to.be.at.least(44);
    }
  });
});
