// This file imports Belfry classes only (no entry that registers anything), so it can show
// that a component registers the Belfry elements it renders.
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html } from 'lit';
import { BelfryElement } from '@belfry/core';
import { BfButton } from '@belfry/components';

class TestComposite extends BelfryElement {
  static override dependencies = { 'bf-button': BfButton };
  protected override render() {
    return html`<bf-button type="submit">Send</bf-button>`;
  }
}

describe('BelfryElement.dependencies', () => {
  it('registers the elements a component renders before the component itself', async () => {
    expect(customElements.get('bf-button')).to.equal(undefined);
    TestComposite.define('test-composite');
    expect(customElements.get('bf-button')).to.equal(BfButton);
    const el = await fixture<TestComposite>(fixtureHtml`<test-composite></test-composite>`);
    const inner = el.shadowRoot!.querySelector<BfButton>('bf-button')!;
    await inner.updateComplete;
    expect(inner.shadowRoot!.querySelector('button')).to.exist;
  });

  it('leaves a dependency registered elsewhere alone', () => {
    expect(() => TestComposite.define('test-composite')).not.to.throw();
    expect(customElements.get('bf-button')).to.equal(BfButton);
  });
});
