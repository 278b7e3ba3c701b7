import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type PropertyDeclarations } from 'lit';
import { AppearanceController, BelfryElement } from '@belfry/core';

/** An element that counts its appearances. */
class AppearingElement extends BelfryElement {
  static override properties: PropertyDeclarations = {
    hidden: { type: Boolean, reflect: true, useDefault: true },
  };
  override hidden = false;
  appearances = 0;
  constructor() {
    super();
    new AppearanceController(this, () => this.appearances++);
  }
  protected override render() {
    return 'content';
  }
}
AppearingElement.define('appearing-test-element');

const settle = (el: LitElement) => el.updateComplete;

describe('AppearanceController', () => {
  it('counts an element inserted by a script after the page loaded as appearing, once', async () => {
    const el = await fixture<AppearingElement>(
      html`<appearing-test-element></appearing-test-element>`,
    );
    expect(el.appearances).to.equal(1);
    el.requestUpdate();
    await settle(el);
    expect(el.appearances, 'a later update is no appearance').to.equal(1);
  });

  it('waits while the element is hidden, and counts each time it is shown again', async () => {
    const el = await fixture<AppearingElement>(
      html`<appearing-test-element hidden></appearing-test-element>`,
    );
    expect(el.appearances).to.equal(0);
    el.hidden = false;
    await settle(el);
    expect(el.appearances).to.equal(1);
    el.setAttribute('hidden', '');
    await settle(el);
    el.removeAttribute('hidden');
    await settle(el);
    expect(el.appearances).to.equal(2);
  });

  it('counts a re-insertion as an appearance', async () => {
    const el = await fixture<AppearingElement>(
      html`<appearing-test-element></appearing-test-element>`,
    );
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settle(el);
    expect(el.appearances).to.equal(2);
  });

  it('does not count an element upgraded by its definition: it was in the page already', async () => {
    class LateElement extends AppearingElement {}
    const wrapper = await fixture<HTMLElement>(
      html`<div><late-appearing-test-element></late-appearing-test-element></div>`,
    );
    LateElement.define('late-appearing-test-element');
    const el = wrapper.firstElementChild as LateElement;
    await settle(el);
    expect(el.appearances).to.equal(0);
    // Shown again after being hidden, it does appear.
    el.hidden = true;
    await settle(el);
    el.hidden = false;
    await settle(el);
    expect(el.appearances).to.equal(1);
  });
});
