// The block as assistive technology gets it: a region named by its heading, channel titles as
// headings one level below, the number a link named by its digits, the icons hidden.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/alternative-channels';
import type { BfAlternativeChannels } from '@belfry/components';
import { axNode, axOutline, axQuery } from '../helpers/ax-query.js';
import { channelsBlock } from './content.js';

const isFirefox = navigator.userAgent.includes('Firefox');

async function block(variant: 'full' | 'compact' = 'full') {
  const wrapper = await fixture(
    html`<div lang="en">
      <h1>Apply for an identity card</h1>
      ${channelsBlock(variant)}
    </div>`,
  );
  const element = wrapper.querySelector<BfAlternativeChannels>('bf-alternative-channels')!;
  element.id = 'channels';
  await element.updateComplete;
  for (const channel of element.querySelectorAll('bf-channel')) await channel.updateComplete;
  return element;
}

describe('bf-alternative-channels in the accessibility tree', () => {
  it('is a region named "Prefer not to do this online?"', async () => {
    await block();
    expect(
      await axQuery('region', 'Prefer not to do this online?', isFirefox ? 'channels' : undefined),
    ).to.deep.equal(['section']);
  });

  it('puts its heading and the channels’ titles in the outline, one level apart', async function () {
    if (isFirefox) this.skip(); // the outline command reads Chromium's whole tree
    await block();
    const headings = (await axOutline()).filter((entry) => entry.role === 'heading');
    expect(headings).to.deep.include.members([
      { role: 'heading', name: 'Prefer not to do this online?', level: 2 },
      { role: 'heading', name: 'By phone', level: 3 },
      { role: 'heading', name: 'By post', level: 3 },
      { role: 'heading', name: 'At the counter', level: 3 },
    ]);
  });

  it('names the phone link by its number and hides the drawings', async function () {
    if (isFirefox) this.skip(); // axNode reads Chromium's tree
    const element = await block();
    element.querySelector('bf-channel[kind="phone"]')!.id = 'phone';
    const link = await axNode('#phone', '[part="value"]');
    expect([link.role, link.name]).to.deep.equal(['link', '02 572 57 57']);
    const drawing = await axNode('#phone', 'svg');
    expect(drawing.ignored).to.equal(true);
  });

  it('exposes the compact variant as a collapsed button that opens the channels', async function () {
    if (isFirefox) this.skip();
    const element = await block('compact');
    const button = await axNode('#channels', '[part="button"]');
    expect([button.role, button.name, button.properties['expanded']]).to.deep.equal([
      'button',
      'Prefer not to do this online?',
      false,
    ]);
    element.open = true;
    await element.updateComplete;
    expect((await axNode('#channels', '[part="button"]')).properties['expanded']).to.equal(true);
  });
});
