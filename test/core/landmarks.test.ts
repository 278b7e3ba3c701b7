import { expect, fixture, html } from '@open-wc/testing';
import { enclosingLandmark } from '@belfry/core';

describe('enclosingLandmark', () => {
  it('is null for an element at the top level of the page', async () => {
    const page = await fixture(
      html`<div>
        <div><span id="top"></span></div>
      </div>`,
    );
    expect(enclosingLandmark(page.querySelector('#top')!)).to.equal(null);
  });

  it('finds <main>, sectioning elements and landmark roles around it', async () => {
    for (const [markup, expected] of [
      ['<main><span id="x"></span></main>', 'main'],
      ['<section><div><span id="x"></span></div></section>', 'section'],
      ['<div role="region" aria-label="R"><span id="x"></span></div>', 'div'],
      ['<header><span id="x"></span></header>', 'header'],
    ] as const) {
      const page = await fixture(html`<div></div>`);
      page.innerHTML = markup;
      expect(enclosingLandmark(page.querySelector('#x')!)?.localName, markup).to.equal(expected);
    }
  });

  it('ignores roles that are no landmarks', async () => {
    const page = await fixture(html`<div role="presentation"><span id="x"></span></div>`);
    expect(enclosingLandmark(page.querySelector('#x')!)).to.equal(null);
  });
});
