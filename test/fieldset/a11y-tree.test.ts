import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/fieldset';

/** The tags of the elements exposed with `role` and `name` in the browser's accessibility tree. */
function axFind(role: string, name: string): Promise<string[]> {
  return executeServerCommand('ax-find', { role, name });
}

describe('bf-fieldset in the accessibility tree (Chromium and Firefox)', function () {
  // Each query goes to the browser's accessibility tree and back (WebDriver BiDi in Firefox),
  // which takes seconds on a busy machine.
  this.timeout(20_000);

  it('is a group named by its legend', async () => {
    await fixture(
      html`<bf-fieldset legend="What is your address?">
        <label>Street <input name="street" /></label>
      </bf-fieldset>`,
    );
    expect(await axFind('group', 'What is your address?')).to.deep.equal(['fieldset']);
  });

  it('is a group named by the heading in its legend', async () => {
    await fixture(
      html`<bf-fieldset legend="What is your address?" legend-heading="1">
        <label>Street <input name="street" /></label>
      </bf-fieldset>`,
    );
    expect(await axFind('group', 'What is your address?')).to.deep.equal(['fieldset']);
    expect(await axFind('heading', 'What is your address?')).to.deep.equal(['h1']);
  });

  it("is a group named by the author's own legend", async () => {
    await fixture(
      html`<bf-fieldset>
        <fieldset>
          <legend>Contact details</legend>
          <label>Phone <input name="phone" /></label>
        </fieldset>
      </bf-fieldset>`,
    );
    expect(await axFind('group', 'Contact details')).to.deep.equal(['fieldset']);
  });

  it('exposes the inputs inside a disabled group as disabled', async () => {
    await fixture(
      html`<bf-fieldset legend="Address" disabled>
        <label>Street <input name="street" /></label>
      </bf-fieldset>`,
    );
    expect(await axFind('group', 'Address')).to.deep.equal(['fieldset']);
    // The textbox is still in the tree, so a screen reader user learns it exists.
    expect(await axFind('textbox', 'Street')).to.deep.equal(['input']);
    if (navigator.userAgent.includes('Firefox')) return;
    // Chromium's snapshot also gives states: the textbox is disabled.
    type AXNode = { role: string; name: string; disabled?: boolean; children?: AXNode[] };
    const find = (node: AXNode): AXNode | undefined =>
      node.role === 'textbox' && node.name === 'Street'
        ? node
        : (node.children ?? []).map(find).find(Boolean);
    const textbox = find((await a11ySnapshot({})) as unknown as AXNode);
    expect(textbox?.disabled).to.equal(true);
  });

  it('is found by this query only when it is a named group (the check can fail)', async () => {
    await fixture(
      html`<div>
        <label>Street <input name="street" /></label>
      </div>`,
    );
    expect(await axFind('group', 'Street')).to.deep.equal([]);
  });
});
