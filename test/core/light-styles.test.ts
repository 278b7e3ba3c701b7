import { expect, fixture, html } from '@open-wc/testing';
import { css } from 'lit';
import { adoptLightStyles } from '@belfry/core';

const sheet = css`
  :where(test-light-host > p) {
    margin-inline-start: 3rem;
  }
`;

describe('adoptLightStyles', () => {
  it('styles the light DOM of the host, and adds the sheet once per root', async () => {
    const host = await fixture(html`<test-light-host><p>Text</p></test-light-host>`);
    const before = document.adoptedStyleSheets.length;
    adoptLightStyles(host, sheet);
    adoptLightStyles(host, sheet);
    expect(document.adoptedStyleSheets.length).to.equal(before + 1);
    expect(getComputedStyle(host.querySelector('p')!).marginInlineStart).to.equal('48px');
  });

  it('adds it to the shadow root a host is in, not to the document', async () => {
    const outer = await fixture(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<test-light-host><p>Text</p></test-light-host>';
    const host = root.querySelector('test-light-host')!;
    const before = document.adoptedStyleSheets.length;
    adoptLightStyles(host, sheet);
    expect(root.adoptedStyleSheets.length).to.equal(1);
    expect(document.adoptedStyleSheets.length).to.equal(before);
    expect(getComputedStyle(host.querySelector('p')!).marginInlineStart).to.equal('48px');
  });

  it('does nothing for a host outside any document', () => {
    const host = document.createElement('test-light-host');
    const detached = document.createElement('div');
    detached.append(host);
    expect(() => adoptLightStyles(host, sheet)).not.to.throw();
  });
});
