import { expect, fixture, html } from '@open-wc/testing';
import {
  a11ySnapshot,
  executeServerCommand,
  findAccessibilityNode,
} from '@web/test-runner-commands';
import '@belfry/components/icon';
import '@belfry/components/button';
import type { BfIcon } from '@belfry/components';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.
type AXNode = { role: string; name: string; children?: AXNode[] };
type Snapshot = Parameters<typeof findAccessibilityNode>[0];
/** One element as the tree sees it, ignored ones included (see web-test-runner.config.mjs). */
type AXElement = { role: string; name: string; ignored: boolean; ignoredReasons: string[] };

async function snapshot(): Promise<AXNode> {
  return (await a11ySnapshot({})) as unknown as AXNode;
}

function find(tree: AXNode, test: (node: AXNode) => boolean): AXNode | null {
  return findAccessibilityNode(tree as unknown as Snapshot, (node) =>
    test(node as unknown as AXNode),
  ) as unknown as AXNode | null;
}

const axElement = (...path: string[]) =>
  executeServerCommand('ax-node', { path }) as Promise<AXElement>;

describe('bf-icon in the accessibility tree', () => {
  before(function () {
    // The tree comes from the Chrome DevTools Protocol, which Firefox does not offer; axe and
    // the ARIA attribute checks in icon.test.ts cover Firefox.
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });

  it('is an image named by its label', async () => {
    await fixture(
      html`<p>Your return <bf-icon name="warning" label="Warning"></bf-icon> is late.</p>`,
    );
    const tree = await snapshot();
    expect(find(tree, (node) => node.name === 'Warning')?.role).to.equal('image');
    expect((await axElement('bf-icon', 'svg')).role).to.equal('image');
    // The element itself may be left out as an empty wrapper, but never hidden with its content.
    expect((await axElement('bf-icon')).ignoredReasons).not.to.include('ariaHiddenElement');
  });

  it('is hidden, element and drawing, when decorative', async () => {
    await fixture(html`<p>Opening hours <bf-icon name="clock"></bf-icon> from 9:00</p>`);
    const tree = await snapshot();
    expect(find(tree, (node) => node.role === 'image')).to.equal(null);
    // An unnamed, unhidden SVG is an "image" to screen readers: it must be hidden, not only
    // nameless.
    const host = await axElement('bf-icon');
    expect(host.ignored).to.equal(true);
    expect(host.ignoredReasons).to.include('ariaHiddenElement');
    const drawing = await axElement('bf-icon', 'svg');
    expect(drawing.ignored).to.equal(true);
    expect(drawing.role).not.to.equal('image');
  });

  it('becomes hidden again when its label is removed', async () => {
    const el = await fixture<BfIcon>(html`<bf-icon name="lock" label="Secure"></bf-icon>`);
    el.label = '';
    await el.updateComplete;
    expect((await axElement('bf-icon')).ignoredReasons).to.include('ariaHiddenElement');
    el.label = 'Secure';
    await el.updateComplete;
    expect((await axElement('bf-icon')).ignoredReasons).not.to.include('ariaHiddenElement');
    const drawing = await axElement('bf-icon', 'svg');
    expect(drawing.ignored).to.equal(false);
    expect(drawing.name).to.equal('Secure');
  });

  it('adds nothing to the name of a button it decorates', async () => {
    await fixture(
      html`<bf-button><bf-icon slot="start" name="download"></bf-icon>Download</bf-button>`,
    );
    const button = find(await snapshot(), (node) => node.role === 'button');
    expect(button?.name).to.equal('Download');
  });

  it('names a link that holds only a labelled icon', async () => {
    await fixture(
      html`<a href="/"><bf-icon name="arrow-left" label="Back to the start page"></bf-icon></a>`,
    );
    const link = find(await snapshot(), (node) => node.role === 'link');
    expect(link?.name).to.equal('Back to the start page');
  });
});
