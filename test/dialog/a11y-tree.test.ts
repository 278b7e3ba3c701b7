import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '@belfry/components/dialog';
import '@belfry/components/button';
import type { BfDialog } from '@belfry/components';
import { axQuery } from '../helpers/ax-query.js';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.
type AXNode = { role: string; name: string; modal?: boolean; level?: number; children?: AXNode[] };

function* walk(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

async function tree(): Promise<AXNode[]> {
  return [...walk((await a11ySnapshot({})) as unknown as AXNode)];
}

describe('bf-dialog in the accessibility tree', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is a dialog named by its heading, with a named close button (Chromium and Firefox)', async () => {
    document.documentElement.lang = 'fr-BE';
    const el = await fixture<BfDialog>(
      html`<bf-dialog id="named" heading="Supprimer votre demande ?"><p>x</p></bf-dialog>`,
    );
    el.show();
    await el.updateComplete;
    // Firefox searches one tree at a time: from the host's shadow root there.
    const within = navigator.userAgent.includes('Firefox') ? 'named' : undefined;
    expect(await axQuery('dialog', 'Supprimer votre demande ?', within)).to.deep.equal(['dialog']);
    expect(await axQuery('button', 'Fermer', within)).to.deep.equal(['button']);
    el.close();
    await el.updateComplete;
  });

  it('is a modal dialog named by its heading, and hides the page behind it', async function () {
    // The whole tree comes from the Chrome DevTools Protocol, which Firefox does not offer.
    if (navigator.userAgent.includes('Firefox')) this.skip();
    document.documentElement.lang = 'nl-BE';
    const wrapper = await fixture(
      html`<div>
        <button>Op de pagina</button>
        <bf-dialog heading="Uw aanvraag verwijderen?">
          <p>Uw antwoorden worden gewist.</p>
          <bf-button slot="footer" variant="danger">Verwijderen</bf-button>
        </bf-dialog>
      </div>`,
    );
    const el = wrapper.querySelector<BfDialog>('bf-dialog')!;
    el.show();
    await el.updateComplete;
    const nodes = await tree();
    const dialog = nodes.find((node) => node.role === 'dialog');
    expect(dialog, 'a dialog in the tree').to.exist;
    expect(dialog!.name).to.equal('Uw aanvraag verwijderen?');
    expect(dialog!.modal).to.equal(true);
    const inside = [...walk(dialog!)].map((node) => `${node.role}:${node.name}`);
    expect(inside).to.include('heading:Uw aanvraag verwijderen?');
    expect(inside).to.include('button:Sluiten');
    expect(inside).to.include('button:Verwijderen');
    // The page behind is inert: its button is not in the tree while the dialog is open.
    expect(nodes.map((node) => node.name)).to.not.include('Op de pagina');
    el.close();
    await el.updateComplete;
    expect((await tree()).map((node) => node.name)).to.include('Op de pagina');
  });

  it('is named by a heading of the page’s own in the heading slot', async function () {
    if (navigator.userAgent.includes('Firefox')) this.skip();
    const el = await fixture<BfDialog>(
      html`<bf-dialog>
        <h2 slot="heading">Change your address</h2>
        <p>x</p>
      </bf-dialog>`,
    );
    el.show();
    await el.updateComplete;
    const dialog = (await tree()).find((node) => node.role === 'dialog');
    expect(dialog!.name).to.equal('Change your address');
    el.close();
    await el.updateComplete;
  });
});
