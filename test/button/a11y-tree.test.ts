import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import '@belfry/components/button';
import type { BfButton } from '@belfry/components';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.
type AXNode = { role: string; name: string; disabled?: boolean; children?: AXNode[] };

type Snapshot = Parameters<typeof findAccessibilityNode>[0];

async function axNode(name: string): Promise<AXNode | null> {
  const snapshot = (await a11ySnapshot({})) as unknown as Snapshot;
  return findAccessibilityNode(
    snapshot,
    (node) => (node as unknown as AXNode).name === name,
  ) as unknown as AXNode | null;
}

describe('bf-button in the accessibility tree', () => {
  before(function () {
    // The tree comes from the Chrome DevTools Protocol, which Firefox does not offer; axe and
    // the ARIA attribute checks in button.test.ts cover Firefox.
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });

  it('is a button named by its text', async () => {
    await fixture(html`<bf-button>Send application</bf-button>`);
    const node = await axNode('Send application');
    expect(node?.role).to.equal('button');
  });

  it('is a button named by label when it shows only an icon', async () => {
    await fixture(
      html`<bf-button label="Close the message"
        ><svg slot="start" aria-hidden="true" viewBox="0 0 16 16"><path d="M2 2 14 14" /></svg
      ></bf-button>`,
    );
    expect((await axNode('Close the message'))?.role).to.equal('button');
  });

  it('is a disabled button when disabled', async () => {
    await fixture(html`<bf-button disabled>Send</bf-button>`);
    const node = await axNode('Send');
    expect(node?.role).to.equal('button');
    expect(node?.disabled).to.equal(true);
  });

  it('is a link named by its text in link mode, with the new-tab hint', async () => {
    await fixture(html`<bf-button href="/contact">Contact us</bf-button>`);
    expect((await axNode('Contact us'))?.role).to.equal('link');
    await fixture(html`<bf-button href="/contact" target="_blank">Contact us</bf-button>`);
    expect((await axNode('Contact us (opens in a new tab)'))?.role).to.equal('link');
  });

  it('keeps its name, with "Loading" added, while busy', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<BfButton>(html`<bf-button>Send</bf-button>`);
    el.loading = true;
    await el.updateComplete;
    const node = await axNode('Send Loading');
    expect(node?.role).to.equal('button');
    expect(JSON.stringify(await a11ySnapshot({}))).not.to.contain('"name":"Send"');
    document.documentElement.removeAttribute('lang');
  });
});
