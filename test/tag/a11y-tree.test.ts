import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '@belfry/components/tag';

type AXNode = { role: string; name: string; children?: AXNode[] };

function* walk(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

describe('bf-tag in the accessibility tree', () => {
  before(function () {
    // The tree comes from the Chrome DevTools Protocol, which Firefox does not offer.
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });

  it('is its text, read in line, with no image or role for the icon', async () => {
    await fixture(html`<p>Tax assessment 2025 <bf-tag variant="error" icon>Overdue</bf-tag></p>`);
    const nodes = [...walk((await a11ySnapshot({})) as unknown as AXNode)];
    expect(nodes.some((node) => node.name === 'Overdue')).to.equal(true);
    const roles = nodes.map((node) => node.role);
    expect(roles).to.not.include('img');
    expect(roles).to.not.include('image');
    expect(roles).to.not.include('button');
  });
});
