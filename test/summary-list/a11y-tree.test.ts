import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/summary-list';

// What assistive technology meets: the browser's own accessibility tree, not our DOM. The rows'
// hosts sit between the <dl> and their <dt>/<dd> in the DOM; the tree must skip them.
type AXNode = { role: string; name: string; children?: AXNode[] };
type AXNodeInfo = { role: string; name: string; ignored: boolean; ancestorRoles: string[] };

function* walk(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

const axNode = (path: string[]) =>
  executeServerCommand<AXNodeInfo, { path: string[] }>('ax-node', { path });

describe('bf-summary-list in the accessibility tree', () => {
  before(function () {
    // The tree comes from the Chrome DevTools Protocol, which Firefox does not offer.
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });

  beforeEach(async () => {
    const list = await fixture(
      html`<bf-summary-list lang="nl">
        <bf-summary-list-row
          question="Nieuw adres"
          href="/verhuizing/adres"
          change-label="uw nieuwe adres"
          source="national-register"
          >Kerkstraat 12<br />9000 Gent</bf-summary-list-row
        >
      </bf-summary-list>`,
    );
    await list.querySelector('bf-summary-list-row')!.updateComplete;
  });

  it('is one description list, whose terms and definitions are its own children', async () => {
    expect((await axNode(['bf-summary-list', 'dl'])).role).to.equal('DescriptionList');
    const term = await axNode(['bf-summary-list-row', 'dt']);
    expect(term.role).to.equal('term');
    expect(term.name).to.equal('Nieuw adres');
    expect(term.ancestorRoles[0]).to.equal('DescriptionList');
    const definition = await axNode(['bf-summary-list-row', '[part="value"]']);
    expect(definition.role).to.equal('definition');
    expect(definition.ancestorRoles[0]).to.equal('DescriptionList');
  });

  it('reads the answer line by line, then its source, then the link named after the answer it changes', async () => {
    const nodes = [...walk((await a11ySnapshot({})) as unknown as AXNode)];
    const read = nodes
      .filter((node) => node.role === 'StaticText' || node.role === 'link')
      .map((node) => `${node.role === 'link' ? 'link: ' : ''}${node.name}`);
    expect(read).to.include.ordered.members([
      'Nieuw adres',
      'Kerkstraat 12',
      '9000 Gent',
      'Uit het Rijksregister',
      'link: Wijzigen uw nieuwe adres',
    ]);
    const link = await axNode(['bf-summary-list-row', 'a']);
    expect(link.ancestorRoles[0]).to.equal('definition');
  });
});
