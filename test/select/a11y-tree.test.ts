import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '@belfry/components/select';
import type { BfSelect } from '@belfry/components';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.
type AXNode = {
  role: string;
  name: string;
  value?: string;
  description?: string;
  invalid?: string;
  disabled?: boolean;
  selected?: boolean;
  children?: AXNode[];
};

function* walk(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** The node with this role named exactly `name`; fails with what the tree does hold. */
async function named(role: string, name: string): Promise<AXNode> {
  const nodes = [...walk((await a11ySnapshot({})) as unknown as AXNode)];
  const node = nodes.find((candidate) => candidate.role === role && candidate.name === name);
  if (!node) {
    const names = nodes.filter((n) => n.name).map((n) => `${n.role} "${n.name}"`);
    throw new Error(
      `No ${role} "${name}" in the accessibility tree; it holds ${names.join(', ')}.`,
    );
  }
  return node;
}

describe('bf-select in the accessibility tree', () => {
  before(function () {
    // The tree comes from the Chrome DevTools Protocol, which Firefox does not offer; axe and the
    // attribute checks in select.test.ts cover Firefox.
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });

  it('is a combo box named by its label, described by its hint, showing the choice', async () => {
    await fixture(
      html`<div lang="nl-BE">
        <bf-select label="Provincie" hint="De provincie waar u woont." value="VLI" required>
          <option value="VAN">Antwerpen</option>
          <option value="VLI">Limburg</option>
        </bf-select>
      </div>`,
    );
    const node = await named('combobox', 'Provincie');
    expect(node.value).to.equal('Limburg');
    expect(node.description).to.equal('De provincie waar u woont.');
    expect(node.invalid ?? 'false').to.equal('false');
    const options = (node.children ?? []).filter((child) => child.role === 'option');
    expect(options.map((option) => option.name)).to.deep.equal(['Antwerpen', 'Limburg']);
  });

  it('says "optional" in its name when it may be left empty', async () => {
    await fixture(
      html`<div lang="fr-BE">
        <bf-select label="Province" placeholder><option value="VAN">Anvers</option></bf-select>
      </div>`,
    );
    const node = await named('combobox', 'Province (facultatif)');
    expect(node.value).to.equal('Faites un choix');
  });

  it('is invalid, with the error in its description, after a failed check', async () => {
    const wrapper = await fixture(
      html`<div lang="de-BE">
        <bf-select label="Provinz" hint="Wo Sie wohnen." placeholder required>
          <option value="WLG">Lüttich</option>
        </bf-select>
      </div>`,
    );
    const field = wrapper.querySelector<BfSelect>('bf-select')!;
    field.reportValidity();
    await field.updateComplete;
    const node = await named('combobox', 'Provinz');
    expect(node.invalid).to.equal('true');
    expect(node.description).to.equal('Wo Sie wohnen. Fehler: Füllen Sie dieses Feld aus.');
  });

  it('is unavailable when disabled', async () => {
    await fixture(
      html`<div lang="en">
        <bf-select label="Province" disabled><option value="VAN">Antwerp</option></bf-select>
      </div>`,
    );
    expect((await named('combobox', 'Province')).disabled).to.equal(true);
  });
});
