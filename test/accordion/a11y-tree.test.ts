import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '@belfry/components/accordion';
import type { BfAccordion } from '@belfry/components';
import { axNode, axQuery } from '../helpers/ax-query.js';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.
type AXNode = { role: string; name: string; expanded?: boolean; children?: AXNode[] };

function* walk(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

const isFirefox = navigator.userAgent.includes('Firefox');

async function accordion(): Promise<BfAccordion> {
  const element = await fixture<BfAccordion>(
    html`<bf-accordion heading-level="3">
      <bf-accordion-item id="who" heading="Who can apply"><p>Every resident.</p></bf-accordion-item>
      <bf-accordion-item id="what" heading="What you need" open><p>Your eID.</p></bf-accordion-item>
    </bf-accordion>`,
  );
  await Promise.all(
    [...element.querySelectorAll('bf-accordion-item')].map((item) => item.updateComplete),
  );
  return element;
}

describe('bf-accordion in the accessibility tree', () => {
  beforeEach(() => (document.documentElement.lang = 'en'));
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('puts each section’s heading in the outline, named by its text (Chromium and Firefox)', async () => {
    await accordion();
    expect(await axQuery('heading', 'Who can apply', 'who')).to.deep.equal(['h3']);
    expect(await axQuery('heading', 'What you need', 'what')).to.deep.equal(['h3']);
    expect(await axQuery('button', 'Who can apply', 'who')).to.deep.equal(['button']);
  });

  it('gives each heading its level, and its button the expanded state', async function () {
    // One node's details come from the Chrome DevTools Protocol, which Firefox does not offer.
    if (isFirefox) this.skip();
    await accordion();
    const heading = await axNode('#who', 'h3');
    expect(heading.role).to.equal('heading');
    expect(heading.properties['level']).to.equal(3);
    expect((await axNode('#who', 'button')).properties['expanded']).to.equal(false);
    expect((await axNode('#what', 'button')).properties['expanded']).to.equal(true);
  });

  it('reads the content of open sections only, and names "Show all sections" (Chromium)', async function () {
    if (isFirefox) this.skip();
    await accordion();
    const nodes = [...walk((await a11ySnapshot({})) as unknown as AXNode)];
    const buttons = nodes.filter((node) => node.role === 'button');
    expect(buttons.map((node) => [node.name, Boolean(node.expanded)])).to.deep.equal([
      ['Show all sections', false],
      ['Who can apply', false],
      ['What you need', true],
    ]);
    const names = nodes.map((node) => node.name);
    expect(names).to.include('Your eID.');
    expect(names).to.not.include('Every resident.');
  });
});
