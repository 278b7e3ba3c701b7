// What assistive technology meets: the browser's own accessibility tree, not our DOM. The steps
// are slotted into the stepper's <ol>: the tree must still show one list of five items.
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { axNode, axQuery } from '../helpers/ax-query.js';
import { fiveSteps, secondCurrent, stepper } from './fixture.js';

type AXNode = {
  role: string;
  name: string;
  current?: string;
  expanded?: boolean;
  children?: AXNode[];
};

function* walk(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

const isFirefox = navigator.userAgent.includes('Firefox');

describe('bf-stepper in the accessibility tree', () => {
  it('is one list named "Steps" of five list items, in order (Chromium)', async function () {
    // One node's details come from the Chrome DevTools Protocol, which Firefox does not offer.
    if (isFirefox) this.skip();
    const element = await stepper(fiveSteps(secondCurrent, { width: '60rem' }));
    element.parentElement!.id = 'wrapper';
    const list = await axNode('#wrapper bf-stepper', 'ol');
    expect([list.role, list.name]).to.deep.equal(['list', 'Steps']);
    for (const [index, step] of element.steps.entries()) {
      const item = await axNode(`#wrapper bf-stepper-step:nth-child(${index + 1})`);
      expect(item.role, step.label).to.equal('listitem');
      expect(item.ignored, step.label).to.equal(false);
      // Straight under the stepper's list: the slot between them is not in the tree.
      expect(item.ancestorRoles[0], step.label).to.equal('list');
    }
    // The step done is a link back, named with its state; the others are text.
    const back = await axNode('#wrapper bf-stepper-step:nth-child(1)', 'a');
    expect([back.role, back.name]).to.deep.equal(['link', 'Your details (done)']);
    expect(back.ancestorRoles.slice(0, 2)).to.deep.equal(['listitem', 'list']);
    const snapshot = [...walk((await a11ySnapshot({})) as unknown as AXNode)];
    expect(snapshot.filter((node) => node.role === 'link').map((node) => node.name)).to.deep.equal([
      'Your details (done)',
    ]);
  });

  it('marks the current step with aria-current="step", on the list item the tree shows', async function () {
    if (isFirefox) this.skip();
    const element = await stepper(fiveSteps(secondCurrent, { width: '60rem' }));
    element.parentElement!.id = 'wrapper';
    const current = await axNode('#wrapper [aria-current]');
    expect(current.role).to.equal('listitem');
    // Chromium's protocol does not list aria-current among a node's properties: the attribute
    // on the very node the tree shows is checked instead, and it is the only one.
    expect(element.querySelectorAll('[aria-current]')).to.have.length(1);
    expect(element.steps[1]!.getAttribute('aria-current')).to.equal('step');
  });

  it('exposes the list, its items and the link back (Chromium and Firefox)', async () => {
    const element = await stepper(fiveSteps(secondCurrent, { width: '60rem' }));
    element.id = 'stepper';
    element.steps[0]!.id = 'first';
    expect(await axQuery('list', 'Steps', 'stepper')).to.deep.equal(['ol']);
    expect(await axQuery('link', 'Your details (done)', 'first')).to.deep.equal(['a']);
  });

  it('gives the small-screen button its expanded state (Chromium)', async function () {
    if (isFirefox) this.skip();
    const element = await stepper(fiveSteps(secondCurrent, { width: '20rem' }));
    const buttons = () =>
      a11ySnapshot({}).then((root) =>
        [...walk(root as unknown as AXNode)].filter((node) => node.role === 'button'),
      );
    expect((await buttons()).map((node) => [node.name, Boolean(node.expanded)])).to.deep.equal([
      ['Step 2 of 5: Your new address', false],
    ]);
    // Folded, the steps are not read.
    const names = [...walk((await a11ySnapshot({})) as unknown as AXNode)].map((node) => node.name);
    expect(names).to.not.include('Your details (done)');
    element.open = true;
    await element.updateComplete;
    expect((await buttons()).map((node) => Boolean(node.expanded))).to.deep.equal([true]);
  });
});
