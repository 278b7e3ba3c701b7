import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '@belfry/components/text-field';

// What assistive technology meets: the browser's own accessibility tree (Chromium's, through the
// DevTools protocol), not our DOM.
type AXNode = {
  role: string;
  name: string;
  description?: string;
  invalid?: string;
  required?: boolean;
  disabled?: boolean;
  readonly?: boolean;
  value?: string;
  children?: AXNode[];
};

function* walk(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

async function named(name: string): Promise<AXNode> {
  const nodes = [...walk((await a11ySnapshot({})) as unknown as AXNode)];
  // The label's own text is a StaticText node of the same name: the control is what we want.
  const node = nodes.find(
    (candidate) => candidate.name === name && candidate.role !== 'StaticText',
  );
  if (!node) {
    const names = nodes.filter((n) => n.name).map((n) => `${n.role} "${n.name}"`);
    throw new Error(`Nothing is named "${name}"; the tree holds ${names.join(', ')}.`);
  }
  return node;
}

describe('bf-text-field in the accessibility tree', () => {
  before(function () {
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });

  it('is a text box named by its label, "optional" included, described by its hint', async () => {
    await fixture(
      html`<div lang="nl-BE">
        <bf-text-field
          label="Telefoonnummer"
          hint="Bijvoorbeeld 02 123 45 67"
          type="tel"
        ></bf-text-field>
      </div>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const node = await named('Telefoonnummer (niet verplicht)');
    expect(node.role).to.equal('textbox');
    expect(node.description).to.equal('Bijvoorbeeld 02 123 45 67');
  });

  it('is required, then invalid with its error in the description after a failed submit', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="en">
        <bf-text-field label="Postcode" required hint="4 digits" prefix="B-"></bf-text-field>
      </form>`,
    );
    const field = form.querySelector('bf-text-field')!;
    await field.updateComplete;
    let node = await named('Postcode');
    expect(node.required).to.equal(true);
    expect(node.invalid, 'not announced as invalid before a submit').to.equal(undefined);
    form.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 50));
    node = await named('Postcode');
    expect(node.invalid).to.equal('true');
    expect(node.description).to.equal('4 digits B- Error: Fill in this field.');
  });

  it('gives the password button a name that contains its visible text', async () => {
    await fixture(
      html`<div lang="fr-BE">
        <bf-text-field label="Mot de passe" type="password"></bf-text-field>
      </div>`,
    );
    const button = await named('Afficher le mot de passe');
    expect(button.role).to.equal('button');
    expect((await named('Mot de passe (facultatif)')).role).to.equal('textbox');
  });

  it('is disabled or read-only as set', async () => {
    await fixture(
      html`<div lang="en">
        <bf-text-field label="Locked" value="x" disabled></bf-text-field>
        <bf-text-field label="Known" value="y" readonly></bf-text-field>
      </div>`,
    );
    expect((await named('Locked')).disabled).to.equal(true);
    expect((await named('Known')).readonly).to.equal(true);
  });
});
