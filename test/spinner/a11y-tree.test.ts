import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '@belfry/components/spinner';
import type { BfSpinner } from '@belfry/components';

type AXNode = { role: string; name: string; children?: AXNode[] };

function* walk(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

const names = async () =>
  [...walk((await a11ySnapshot({})) as unknown as AXNode)].map((node) => node.name);

describe('bf-spinner in the accessibility tree', () => {
  before(function () {
    // The tree comes from the Chrome DevTools Protocol, which Firefox does not offer.
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is the word "Loading" where it stands, in the page’s language', async () => {
    document.documentElement.lang = 'de-BE';
    await fixture(html`<bf-spinner></bf-spinner>`);
    expect(await names()).to.include('Wird geladen');
  });

  it('is its own text, without "Loading", when it has some', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<BfSpinner>(html`<bf-spinner>Looking up your address</bf-spinner>`);
    // The built-in label gives way once the slot reports the text.
    await aTimeout(0);
    await el.updateComplete;
    const all = await names();
    expect(all).to.include('Looking up your address');
    expect(all).to.not.include('Loading');
  });
});
