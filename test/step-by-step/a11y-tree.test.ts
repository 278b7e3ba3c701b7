import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { axNode, axOutline, axQuery } from '../helpers/ax-query.js';
import { movingHouse, steps } from './parts.js';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.
type AXNode = { role: string; name: string; children?: AXNode[] };

function* walk(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

const isFirefox = navigator.userAgent.includes('Firefox');

async function lifeEvent() {
  const [list, items] = await steps(movingHouse({ level: 3 }));
  list.id = 'steps';
  return [list, items] as const;
}

describe('bf-step-by-step in the accessibility tree', () => {
  beforeEach(() => (document.documentElement.lang = 'en'));
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is a list whose items are the steps, in order (Chromium and Firefox)', async function () {
    this.timeout(45_000); // several searches of the whole tree, slow in Firefox under load
    await lifeEvent();
    expect(await axQuery('list', '', 'steps')).to.deep.equal(['ol']);
    if (isFirefox) {
      // Firefox names a list item from its content (the number once, no marker before it).
      for (const name of [
        'Step 1 Change your address Status: Done',
        'Step 2 Tell your employer (optional) Status: Not started',
        'Step 3 Change your vehicle registration The DIV updates your registration certificate.',
        'or Register a new vehicle',
      ]) {
        expect(await axQuery('listitem', name), name).to.deep.equal(['bf-step-by-step-item']);
      }
    } else {
      expect(await axQuery('listitem', '')).to.deep.equal([
        'bf-step-by-step-item',
        'bf-step-by-step-item',
        'bf-step-by-step-item',
        'bf-step-by-step-item',
      ]);
    }
  });

  it('names each step’s button with its number, read once, and its heading', async function () {
    this.timeout(45_000); // several searches of the whole tree, slow in Firefox under load
    await lifeEvent();
    expect(await axQuery('button', 'Step 1 Change your address', 'address')).to.deep.equal([
      'button',
    ]);
    expect(
      await axQuery('button', 'Step 2 Tell your employer (optional)', 'employer'),
    ).to.deep.equal(['button']);
    expect(await axQuery('button', 'or Register a new vehicle', 'vehicle-new')).to.deep.equal([
      'button',
    ]);
    expect(await axQuery('heading', 'Step 1 Change your address', 'address')).to.deep.equal(['h3']);
  });

  it('places each step under the list, with its position, heading level and state', async function () {
    // One node's details come from the Chrome DevTools Protocol, which Firefox does not offer.
    if (isFirefox) this.skip();
    await lifeEvent();
    const step = await axNode('#vehicle');
    expect(step.role).to.equal('listitem');
    expect(step.ancestorRoles[0]).to.equal('list');
    const heading = await axNode('#vehicle', 'h3');
    expect(heading.properties['level']).to.equal(3);
    expect((await axNode('#vehicle', 'button')).properties['expanded']).to.equal(true);
    expect((await axNode('#address', 'button')).properties['expanded']).to.equal(false);
    // The status is the button's description, so it is heard when tabbing to the step.
    expect((await axNode('#address', 'button')).description).to.equal('Status: Done');
  });

  it('reads no list marker and no number twice; open steps’ content only (Chromium)', async function () {
    if (isFirefox) this.skip();
    await lifeEvent();
    const nodes = [...walk((await a11ySnapshot({})) as unknown as AXNode)];
    expect(nodes.filter((node) => /marker/i.test(node.role))).to.deep.equal([]);
    const text = nodes.map((node) => node.name).join(' | ');
    expect(text.match(/\b1\b/g)).to.have.length(1);
    expect(text.match(/\b3\b/g)).to.have.length(1);
    const names = nodes.map((node) => node.name);
    expect(names).to.include('The DIV updates your registration certificate.');
    expect(names).to.not.include('Go to the town hall within 8 working days.');
  });

  it('puts the steps in the page’s outline at their level', async function () {
    if (isFirefox) this.skip();
    await lifeEvent();
    const headings = (await axOutline()).filter((entry) => entry.role === 'heading');
    expect(headings).to.deep.equal([
      { role: 'heading', name: 'Step 1 Change your address', level: 3 },
      { role: 'heading', name: 'Step 2 Tell your employer (optional)', level: 3 },
      { role: 'heading', name: 'Step 3 Change your vehicle registration', level: 3 },
      { role: 'heading', name: 'or Register a new vehicle', level: 3 },
    ]);
  });
});
