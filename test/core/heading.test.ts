import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import {
  containerHeadingLevel,
  headingLevel,
  renderHeading,
  servedHeadingLevel,
} from '@belfry/core';

describe('headingLevel', () => {
  it('accepts the levels a component may render', () => {
    expect([2, 3, 4, 5, 6].map((level) => headingLevel(String(level), 2))).to.deep.equal([
      2, 3, 4, 5, 6,
    ]);
    expect(headingLevel(4, 2)).to.equal(4);
  });

  it('falls back, with a warning, for anything else', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (message: unknown) => warnings.push(message);
    try {
      for (const bad of ['1', '7', 'h3', '2.5', 'NaN', -3]) {
        expect(headingLevel(bad, 3, 'test-heading'), String(bad)).to.equal(3);
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('<test-heading> heading-level="h3"');
  });

  it('uses the fallback silently when the attribute is absent', () => {
    expect(headingLevel(undefined, 2)).to.equal(2);
    expect(headingLevel(null, 5)).to.equal(5);
    expect(headingLevel('', 4)).to.equal(4);
  });
});

describe('renderHeading', () => {
  it('renders a real heading element of each level, its content as text', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    for (const level of [2, 3, 4, 5, 6] as const) {
      render(renderHeading(level, '<b>Moving house</b>', { id: 'h', part: 'heading' }), host);
      const heading = host.querySelector(`h${level}`)!;
      expect(heading, `h${level}`).to.exist;
      expect(heading.textContent).to.equal('<b>Moving house</b>');
      expect(heading.querySelector('b')).to.equal(null);
      expect(heading.id).to.equal('h');
      expect(heading.getAttribute('part')).to.equal('heading');
    }
  });

  it('leaves out attributes it was not given', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderHeading(3, 'Title'), host);
    const heading = host.querySelector('h3')!;
    expect(heading.hasAttribute('id')).to.equal(false);
    expect(heading.hasAttribute('part')).to.equal(false);
    expect(heading.hasAttribute('class')).to.equal(false);
  });
});

describe('containerHeadingLevel and servedHeadingLevel', () => {
  it('reads a valid heading-level from the closest container, and nothing else', async () => {
    const outer = await fixture<HTMLElement>(
      html`<section class="list" heading-level=" 4 ">
        <div class="list" heading-level="9"><span id="bad"></span></div>
        <span id="good"></span>
      </section>`,
    );
    expect(containerHeadingLevel(outer.querySelector('#good')!, '.list')).to.equal(4);
    // The closest container decides, even with a level it cannot use.
    expect(containerHeadingLevel(outer.querySelector('#bad')!, '.list')).to.equal(undefined);
    expect(containerHeadingLevel(outer, 'article')).to.equal(undefined);
  });

  it('reads the level of the heading a server put in a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(servedHeadingLevel(host)).to.equal(undefined);
    host.attachShadow({ mode: 'open' }).innerHTML = '<h5><button>Stap</button></h5>';
    expect(servedHeadingLevel(host)).to.equal(5);
  });
});
