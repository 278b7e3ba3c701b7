import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/breadcrumbs';
import type { BfBreadcrumbs } from '@belfry/components';
import { settle } from '../helpers/locales.js';

const items = (el: BfBreadcrumbs) => [...el.shadowRoot!.querySelectorAll('[part="item"]')];
/** What each list item shows: the crumb assigned to its slot. */
const itemContents = (el: BfBreadcrumbs) =>
  items(el).map((item) => item.querySelector('slot')!.assignedElements()[0]?.textContent?.trim());

async function trail(template: ReturnType<typeof html>): Promise<BfBreadcrumbs> {
  const el = await fixture<BfBreadcrumbs>(template);
  await settle();
  await el.updateComplete;
  return el;
}

describe('bf-breadcrumbs', () => {
  it('puts each crumb in an item of an ordered list, in order, inside a named nav', async () => {
    const el = await trail(
      html`<bf-breadcrumbs lang="nl">
        <a href="/">Home</a>
        <a href="/belastingen">Belastingen</a>
        <span>Aangifte</span>
      </bf-breadcrumbs>`,
    );
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Kruimelpad');
    expect(nav.querySelector('ol')!.hidden).to.equal(false);
    expect(itemContents(el)).to.deep.equal(['Home', 'Belastingen', 'Aangifte']);
  });

  it('marks the current page, written as text at the end, with aria-current="page"', async () => {
    const el = await trail(
      html`<bf-breadcrumbs>
        <a href="/">Home</a>
        <span>Contact</span>
      </bf-breadcrumbs>`,
    );
    expect(el.querySelector('span')!.getAttribute('aria-current')).to.equal('page');
    expect(el.querySelector('a')!.hasAttribute('aria-current')).to.equal(false);
  });

  it('marks nothing when the trail ends with a link (the page itself is left out)', async () => {
    const el = await trail(
      html`<bf-breadcrumbs>
        <a href="/">Home</a>
        <a href="/belastingen">Belastingen</a>
      </bf-breadcrumbs>`,
    );
    expect(el.querySelectorAll('[aria-current]')).to.have.length(0);
  });

  it('names its landmark in every language, and follows lang changes', async () => {
    const wrapper = await fixture(
      html`<div lang="fr-BE">
        <bf-breadcrumbs><a href="/">Accueil</a></bf-breadcrumbs>
      </div>`,
    );
    const el = wrapper.querySelector('bf-breadcrumbs')!;
    await el.updateComplete;
    const label = () => el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label');
    expect(label()).to.equal("Fil d'Ariane");
    for (const [lang, text] of [
      ['de-BE', 'Brotkrumennavigation'],
      ['en', 'Breadcrumb'],
      ['nl-BE', 'Kruimelpad'],
    ] as const) {
      wrapper.setAttribute('lang', lang);
      await settle();
      expect(label()).to.equal(text);
    }
  });

  it('follows crumbs added and removed later', async () => {
    const el = await trail(
      html`<bf-breadcrumbs><a href="/">Home</a><span>Taxes</span></bf-breadcrumbs>`,
    );
    const span = el.querySelector('span')!;
    const link = document.createElement('a');
    link.href = '/taxes';
    link.textContent = 'Taxes';
    span.before(link);
    span.textContent = 'Tax return';
    await settle();
    await el.updateComplete;
    expect(itemContents(el)).to.deep.equal(['Home', 'Taxes', 'Tax return']);
    link.remove();
    await settle();
    await el.updateComplete;
    expect(itemContents(el)).to.deep.equal(['Home', 'Tax return']);
  });

  it('warns when a crumb before the last is not a link, and still shows it', async () => {
    const warnings: string[] = [];
    const { warn } = console;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await trail(
        html`<bf-breadcrumbs
          ><span>Home</span><span aria-current="page">Contact</span></bf-breadcrumbs
        >`,
      );
      expect(itemContents(el)).to.deep.equal(['Home', 'Contact']);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('must be a link');
  });

  it('takes no room and has no list without crumbs', async () => {
    const el = await trail(html`<bf-breadcrumbs></bf-breadcrumbs>`);
    expect(el.shadowRoot!.querySelector('ol')!.hidden).to.equal(true);
  });

  it('draws separators that are not text, between crumbs only', async () => {
    const el = await trail(
      html`<bf-breadcrumbs><a href="/">Home</a><a href="/a">A</a><span>B</span></bf-breadcrumbs>`,
    );
    const [first, second] = items(el);
    expect(getComputedStyle(first!, '::before').content).to.equal('none');
    expect(getComputedStyle(second!, '::before').content).to.equal('""');
    expect(getComputedStyle(second!, '::before').borderTopStyle).to.equal('solid');
  });

  it('wraps at 320 px: nothing scrolls sideways, and every link is 44 px high', async () => {
    const wrapper = await fixture(
      html`<div style="inline-size: 288px" lang="nl">
        <bf-breadcrumbs>
          <a href="/">Home</a>
          <a href="/sociale-zekerheid">Sociale zekerheid</a>
          <a href="/sociale-zekerheid/arbeidsongeschiktheidsuitkeringen"
            >Arbeidsongeschiktheidsuitkeringen</a
          >
          <span>Aanvraag</span>
        </bf-breadcrumbs>
      </div>`,
    );
    const el = wrapper.querySelector('bf-breadcrumbs')!;
    await settle();
    await el.updateComplete;
    expect(wrapper.scrollWidth).to.be.at.most(288);
    for (const link of el.querySelectorAll('a')) {
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
      expect(link.getBoundingClientRect().right).to.be.at.most(
        wrapper.getBoundingClientRect().right,
      );
    }
  });
});
