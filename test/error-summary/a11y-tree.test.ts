import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/error-summary';
import type { BfErrorSummary } from '@belfry/components';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.
type AXNode = { role: string; name: string; level?: number; children?: AXNode[] };
type AXNodeInfo = { role: string; name: string; ignored: boolean; ancestorRoles: string[] };

function* walk(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

async function tree(): Promise<AXNode[]> {
  return [...walk((await a11ySnapshot({})) as unknown as AXNode)];
}

const axNode = (path: string[]) =>
  executeServerCommand<AXNodeInfo, { path: string[] }>('ax-node', { path });

describe('bf-error-summary in the accessibility tree', () => {
  before(function () {
    // The tree comes from the Chrome DevTools Protocol, which Firefox does not offer; the
    // behaviour tests check the roles and attributes in Firefox.
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });

  it('is a region named by its heading, which is a heading of the level asked for', async () => {
    const summary = await fixture<BfErrorSummary>(
      html`<bf-error-summary
        lang="fr"
        heading-level="3"
        .errors=${[{ message: 'Indiquez votre code postal', target: 'postcode' }]}
      ></bf-error-summary>`,
    );
    await summary.updateComplete;
    const region = await axNode(['bf-error-summary', '[part="base"]']);
    expect(region.role).to.equal('region');
    expect(region.name).to.equal('Il y a un problème');
    const nodes = await tree();
    const heading = nodes.find((node) => node.role === 'heading');
    expect(heading).to.include({ name: 'Il y a un problème', level: 3 });
  });

  it('lists each error as a link named by its message, inside the region', async () => {
    const summary = await fixture<BfErrorSummary>(
      html`<bf-error-summary
        lang="nl"
        .errors=${[
          { message: 'Vul uw postcode in', target: 'postcode' },
          { message: 'Vul een rekeningnummer in dat begint met BE', target: 'iban' },
        ]}
      ></bf-error-summary>`,
    );
    await summary.updateComplete;
    const links = (await tree()).filter((node) => node.role === 'link').map((node) => node.name);
    expect(links).to.deep.equal([
      'Vul uw postcode in',
      'Vul een rekeningnummer in dat begint met BE',
    ]);
    const link = await axNode(['bf-error-summary', '[part="link"]']);
    expect(link.ancestorRoles.slice(0, 3)).to.deep.equal(['listitem', 'list', 'region']);
  });

  it('puts the links the server wrote inside the region too', async () => {
    await fixture(
      html`<bf-error-summary lang="nl">
        <ul>
          <li><a href="#postcode">Vul uw postcode in</a></li>
        </ul>
      </bf-error-summary>`,
    );
    const link = await axNode(['bf-error-summary a']);
    expect(link.name).to.equal('Vul uw postcode in');
    expect(link.ancestorRoles.slice(0, 3)).to.deep.equal(['listitem', 'list', 'region']);
  });

  it('is out of the tree while it has nothing to say', async () => {
    await fixture(html`<bf-error-summary lang="nl"></bf-error-summary>`);
    const nodes = await tree();
    expect(nodes.filter((node) => node.role === 'region' || node.role === 'heading')).to.deep.equal(
      [],
    );
  });
});
