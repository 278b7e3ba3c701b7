// A plain HTML page before (or without) the script, without server rendering: undefined.css
// draws each step's heading from its attribute, its number from a CSS counter and "and" / "or"
// in the page's language, above the step's content. This file never loads the component.
import { expect } from '@open-wc/testing';
import { loadStylesheets } from '../ssr/hydration-helpers.js';

const pseudo = (element: Element, which: '::before' | '::after') =>
  getComputedStyle(element, which).content;

describe('bf-step-by-step before its script runs (plain HTML)', () => {
  let container: HTMLElement | undefined;
  before(loadStylesheets);
  afterEach(() => container?.remove());

  function page(lang: string, variant = 'page') {
    container = document.createElement('div');
    container.lang = lang;
    container.setHTMLUnsafe(`<bf-step-by-step variant="${variant}">
      <bf-step-by-step-item heading="Adres wijzigen"><p>Bij de gemeente.</p></bf-step-by-step-item>
      <bf-step-by-step-item heading="Ziekenfonds" logic="and"><p>Via uw ziekenfonds.</p></bf-step-by-step-item>
      <bf-step-by-step-item heading="Energie" logic="or"><p>Bij uw leverancier.</p></bf-step-by-step-item>
      <bf-step-by-step-item heading="Kinderbijslag"><p>Bij het fonds.</p></bf-step-by-step-item>
    </bf-step-by-step>`);
    document.body.append(container);
    return [...container.querySelectorAll('bf-step-by-step-item')];
  }

  it('is never defined here', () => {
    expect(customElements.get('bf-step-by-step')).to.equal(undefined);
  });

  it('shows every step’s heading and content', () => {
    const items = page('nl');
    for (const item of items) {
      expect(pseudo(item, '::before')).to.match(/attr\(heading\)|^"/);
      const text = item.querySelector('p')!;
      expect(text.checkVisibility()).to.equal(true);
      // The content starts below the heading's room: at least 44 px.
      expect(text.getBoundingClientRect().top - item.getBoundingClientRect().top).to.be.at.least(
        44,
      );
    }
  });

  for (const [lang, and, or] of [
    ['nl', 'en', 'of'],
    ['fr', 'et', 'ou'],
    ['de', 'und', 'oder'],
    ['en', 'and', 'or'],
  ] as const) {
    it(`${lang}: numbers the steps and says "${and}" / "${or}" between them`, () => {
      const [first, second, third, fourth] = page(lang);
      expect(pseudo(first!, '::after')).to.match(/counter\(bf-step-by-step\)/);
      expect(pseudo(second!, '::after')).to.equal(`"${and}"`);
      expect(pseudo(third!, '::after')).to.equal(`"${or}"`);
      expect(pseudo(fourth!, '::after')).to.match(/counter\(bf-step-by-step\)/);
      // "and" / "or" steps do not count: the fourth step is number 2.
      expect(getComputedStyle(second!).counterIncrement).to.match(/^none$/);
      expect(getComputedStyle(fourth!).counterIncrement).to.match(/bf-step-by-step/);
    });
  }

  it('draws smaller circles in the compact variant', () => {
    const [step] = page('nl');
    const size = parseFloat(getComputedStyle(step!, '::after').width);
    container!.remove();
    const [compact] = page('nl', 'compact');
    expect(parseFloat(getComputedStyle(compact!, '::after').width)).to.be.lessThan(size);
  });
});
