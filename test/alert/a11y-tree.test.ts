import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '@belfry/components/alert';
import type { BfAlert } from '@belfry/components';
import { axNode } from '../helpers/ax-query.js';
import { afterAnnouncerPause, announced, clearAnnouncements } from './announcements.js';

// What assistive technology meets: the browser's own accessibility tree, not our DOM.
type AXNode = { role: string; name: string; level?: number; children?: AXNode[] };

function* walk(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

async function tree(): Promise<AXNode[]> {
  return [...walk((await a11ySnapshot({})) as unknown as AXNode)];
}

describe('bf-alert in the accessibility tree', () => {
  before(function () {
    // The tree comes from the Chrome DevTools Protocol, which Firefox does not offer; axe and
    // the attribute checks in alert.test.ts cover Firefox.
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });
  beforeEach(async () => {
    document.documentElement.lang = 'en';
    await afterAnnouncerPause();
    clearAnnouncements();
  });
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is a heading of its level named with the kind, the message text, and a named close button', async () => {
    await fixture(
      html`<bf-alert variant="error" heading="Payment failed" heading-level="3" dismissible
        ><p>Your card was refused.</p></bf-alert
      >`,
    );
    const nodes = await tree();
    const heading = nodes.find((node) => node.role === 'heading');
    expect(heading?.name).to.equal('Error: Payment failed');
    expect(heading?.level).to.equal(3);
    expect(nodes.some((node) => node.name === 'Your card was refused.')).to.equal(true);
    const close = nodes.find((node) => node.role === 'button');
    expect(close?.name).to.equal('Close message: Payment failed');
    // The icon is decoration: nothing for it in the tree.
    expect(nodes.filter((node) => node.role === 'img' || node.role === 'image')).to.deep.equal([]);
  });

  it('has no alert role and no live region of its own', async () => {
    await fixture(html`<bf-alert variant="error" heading="Payment failed"></bf-alert>`);
    const roles = (await tree()).map((node) => node.role);
    expect(roles).to.not.include('alert');
    expect(roles).to.not.include('status');
  });

  it('is announced through the page’s assertive live region, which is in the page before its text', async () => {
    // Start from a page without the announcer's regions: the alert's message creates them.
    for (const region of document.querySelectorAll('[data-bf-announcer]')) region.remove();
    const changes: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof HTMLElement && node.dataset.bfAnnouncer) {
            changes.push(`region added holding "${node.textContent}"`);
          } else if (record.target instanceof HTMLElement && record.target.dataset.bfAnnouncer) {
            changes.push(`text "${node.textContent?.trim()}"`);
          }
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    try {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('bf-alert') as BfAlert;
      el.variant = 'error';
      el.heading = 'Payment failed';
      el.innerHTML = '<p>Your card was refused.</p>';
      wrapper.append(el);
      await waitUntil(() => announced('assertive') !== '');
    } finally {
      observer.disconnect();
    }
    // Empty when it joins the page, the text comes afterwards: a change screen readers speak.
    expect(changes).to.deep.equal([
      'region added holding ""',
      'text "Error: Payment failed. Your card was refused."',
    ]);
    const node = await axNode('[data-bf-announcer="assertive"]');
    expect(node.properties.live).to.equal('assertive');
    expect(node.properties.atomic).to.equal(true);
    expect(node.ignored).to.equal(false);
  });
});
