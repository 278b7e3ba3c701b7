import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '@belfry/components/button';
import type { BfButton } from '@belfry/components';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.
type AXNode = { role: string; name: string; disabled?: boolean; children?: AXNode[] };

function* walk(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

async function tree(): Promise<AXNode[]> {
  return [...walk((await a11ySnapshot({})) as unknown as AXNode)];
}

/** The node named exactly `name`; fails with the names the tree does hold. */
async function named(name: string): Promise<AXNode> {
  const nodes = await tree();
  const node = nodes.find((candidate) => candidate.name === name);
  if (!node) {
    const names = nodes.filter((n) => n.name).map((n) => `${n.role} "${n.name}"`);
    throw new Error(
      `Nothing is named "${name}" in the accessibility tree; it holds ${names.join(', ')}.`,
    );
  }
  return node;
}

describe('bf-button in the accessibility tree', () => {
  before(function () {
    // The tree comes from the Chrome DevTools Protocol, which Firefox does not offer; axe and
    // the ARIA attribute checks in button.test.ts cover Firefox.
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });

  it('is a button named by its text', async () => {
    await fixture(html`<bf-button>Send application</bf-button>`);
    const node = await named('Send application');
    expect(node.role).to.equal('button');
  });

  it('is a button named by label when it shows only an icon', async () => {
    await fixture(
      html`<bf-button label="Close the message"
        ><svg slot="start" aria-hidden="true" viewBox="0 0 16 16"><path d="M2 2 14 14" /></svg
      ></bf-button>`,
    );
    expect((await named('Close the message')).role).to.equal('button');
  });

  it('is a disabled button when disabled', async () => {
    await fixture(html`<bf-button disabled>Send</bf-button>`);
    const node = await named('Send');
    expect(node.role).to.equal('button');
    expect(node.disabled).to.equal(true);
  });

  it('is a link named by its text in link mode, with the new-tab hint', async () => {
    await fixture(html`<bf-button href="/contact">Contact us</bf-button>`);
    expect((await named('Contact us')).role).to.equal('link');
    await fixture(html`<bf-button href="/contact" target="_blank">Contact us</bf-button>`);
    expect((await named('Contact us (opens in a new tab)')).role).to.equal('link');
  });

  it('adds "Loading" to its name and is unavailable while busy', async () => {
    document.documentElement.lang = 'en';
    try {
      const el = await fixture<BfButton>(html`<bf-button>Send</bf-button>`);
      el.loading = true;
      await el.updateComplete;
      const node = await named('Send Loading');
      expect(node.role).to.equal('button');
      expect(node.disabled).to.equal(true);
      const names = (await tree()).map((candidate) => candidate.name);
      expect(names, 'the name without "Loading"').not.to.include('Send');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  it('adds "Loading" in the language of the page', async () => {
    await fixture(html`<div lang="nl-BE"><bf-button loading>Versturen</bf-button></div>`);
    expect((await named('Versturen Bezig met laden')).role).to.equal('button');
  });
});
