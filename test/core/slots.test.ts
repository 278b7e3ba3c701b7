import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, nothing } from 'lit';
import { BelfryElement, SlotController } from '@belfry/core';

class TestSlotted extends BelfryElement {
  readonly slots = new SlotController(this, 'icon');
  renders = 0;
  protected override render() {
    this.renders++;
    return html`${this.slots.has('icon') ? html`<slot name="icon"></slot>` : nothing}<slot></slot>`;
  }
}
TestSlotted.define('test-slotted');

describe('SlotController', () => {
  it('reports a named slot as used only when a child is assigned to it', async () => {
    const el = await fixture<TestSlotted>(
      fixtureHtml`<test-slotted><span slot="other">x</span>Text</test-slotted>`,
    );
    expect(el.slots.has('icon')).to.equal(false);
    expect(el.slots.has('other'), 'only the names it was given').to.equal(false);
    expect(el.shadowRoot!.querySelector('slot[name="icon"]')).to.equal(null);
  });

  it('re-renders when a child is added or removed later', async () => {
    const el = await fixture<TestSlotted>(fixtureHtml`<test-slotted>Text</test-slotted>`);
    const icon = document.createElement('span');
    icon.slot = 'icon';
    el.prepend(icon);
    await waitUntil(() => el.shadowRoot!.querySelector('slot[name="icon"]'), 'slot added');
    expect(icon.assignedSlot).to.equal(el.shadowRoot!.querySelector('slot[name="icon"]'));
    icon.remove();
    await waitUntil(() => !el.shadowRoot!.querySelector('slot[name="icon"]'), 'slot removed');
  });

  it('does not re-render for changes deeper down', async () => {
    const el = await fixture<TestSlotted>(fixtureHtml`<test-slotted><b>Text</b></test-slotted>`);
    const before = el.renders;
    el.querySelector('b')!.append(document.createElement('i'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(el.renders).to.equal(before);
  });
});
