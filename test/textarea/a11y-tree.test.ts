import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '@belfry/components/textarea';
import type { BfTextarea } from '@belfry/components';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.
type AXNode = {
  role: string;
  name: string;
  value?: string;
  description?: string;
  invalid?: string;
  multiline?: boolean;
  readonly?: boolean;
  disabled?: boolean;
  required?: boolean;
  children?: AXNode[];
};

function* walk(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** The text box named exactly `name`; fails with what the tree does hold. */
async function textbox(name: string): Promise<AXNode> {
  const nodes = [...walk((await a11ySnapshot({})) as unknown as AXNode)];
  const node = nodes.find((candidate) => candidate.role === 'textbox' && candidate.name === name);
  if (!node) {
    const names = nodes.filter((n) => n.name).map((n) => `${n.role} "${n.name}"`);
    throw new Error(
      `No textbox "${name}" in the accessibility tree; it holds ${names.join(', ')}.`,
    );
  }
  return node;
}

describe('bf-textarea in the accessibility tree', () => {
  before(function () {
    // The tree comes from the Chrome DevTools Protocol, which Firefox does not offer; axe and the
    // attribute checks in textarea.test.ts cover Firefox.
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });

  it('is a multi-line text box named by its label, described by its hint and count', async () => {
    await fixture(
      html`<div lang="nl-BE">
        <bf-textarea label="Beschrijf uw vraag" hint="Geen bankgegevens." maxlength="200" required>
        </bf-textarea>
      </div>`,
    );
    const node = await textbox('Beschrijf uw vraag');
    expect(node.multiline).to.equal(true);
    expect(node.required).to.equal(true);
    expect(node.description).to.equal('Geen bankgegevens. U kunt nog 200 tekens typen');
  });

  it('says "optional" in its name when it may be left empty', async () => {
    await fixture(html`<div lang="de-BE"><bf-textarea label="Bemerkungen"></bf-textarea></div>`);
    await textbox('Bemerkungen (freiwillig)');
  });

  it('is invalid, with the error in its description, after a failed check', async () => {
    const wrapper = await fixture(
      html`<div lang="fr-BE">
        <bf-textarea label="Votre question" hint="Sans données bancaires." required></bf-textarea>
      </div>`,
    );
    const field = wrapper.querySelector<BfTextarea>('bf-textarea')!;
    field.reportValidity();
    await field.updateComplete;
    const node = await textbox('Votre question');
    expect(node.invalid).to.equal('true');
    expect(node.description).to.equal('Sans données bancaires. Erreur : Remplissez ce champ.');
  });

  it('shows its value, and is read-only or unavailable as asked', async () => {
    await fixture(
      html`<div lang="en">
        <bf-textarea label="Earlier answer" value="I moved on 1 March." readonly></bf-textarea>
        <bf-textarea label="Not asked" disabled></bf-textarea>
      </div>`,
    );
    const readOnly = await textbox('Earlier answer');
    expect(readOnly.value).to.equal('I moved on 1 March.');
    expect(readOnly.readonly).to.equal(true);
    expect((await textbox('Not asked')).disabled).to.equal(true);
  });
});
