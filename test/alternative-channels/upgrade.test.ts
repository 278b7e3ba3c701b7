// What <bf-alternative-channels> shows on a page without server rendering, before its script has
// run and after: the page's own details are light DOM, so they are there from the start; the
// number (an attribute) is shown as text until it becomes a link. This file loads the component
// only after measuring.
import { expect } from '@open-wc/testing';
import { loadStylesheets } from '../ssr/hydration-helpers.js';
import { measureUpgrade, type UpgradeResult } from '../helpers/upgrade.js';

const channels = `<bf-channel kind="phone" value="02 572 57 57" hours="Mo-Fr 08:30-16:30">
    <p>Houd uw rijksregisternummer bij de hand.</p>
  </bf-channel>
  <bf-channel kind="post">
    <address slot="address">FOD Financiën<br>Koning Albert II-laan 33<br>1030 Brussel</address>
    <p>Stuur het ingevulde formulier.</p>
  </bf-channel>
  <a slot="action" href="/papieren-formulier">Vraag het papieren formulier aan</a>`;

const cases: Record<string, string> = {
  full: `<bf-alternative-channels>${channels}</bf-alternative-channels>`,
  'at 320 px': `<div style="inline-size: 320px"><bf-alternative-channels>${channels}</bf-alternative-channels></div>`,
  footer: `<bf-alternative-channels variant="footer">${channels}</bf-alternative-channels>`,
  hidden: `<bf-alternative-channels hidden>${channels}</bf-alternative-channels>`,
};

// Runs first, while the element is not defined yet.
describe('bf-channel before its script has run', () => {
  it('shows the phone number, an attribute, as text (undefined.css)', async () => {
    await loadStylesheets();
    expect(customElements.get('bf-channel')).to.equal(undefined);
    const container = document.createElement('div');
    container.innerHTML = cases.full!;
    document.body.append(container);
    try {
      const phone = container.querySelector('bf-channel[kind="phone"]')!;
      // Chromium gives the value, Firefox the declaration; without the rule both say "none".
      expect(getComputedStyle(phone, '::before').content).to.be.oneOf([
        '"02 572 57 57"',
        'attr(value)',
      ]);
      expect(getComputedStyle(phone, '::before').display).to.equal('block');
    } finally {
      container.remove();
    }
  });
});

describe('bf-alternative-channels upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-alternative-channels',
      cases,
      () => import('@belfry/components/alternative-channels'),
    );
  });

  it('shows the number and the page’s details before the upgrade', () => {
    const text = result.before.get('full')!.text;
    for (const words of [
      'Houd uw rijksregisternummer bij de hand.',
      'Koning Albert II-laan 33',
      'Vraag het papieren formulier aan',
    ]) {
      expect(text).to.include(words);
    }
    const phone = document.querySelector('bf-channel[kind="phone"]')!;
    // Still shown once upgraded, the number now a link.
    expect(getComputedStyle(phone, '::before').content).to.equal('none');
    expect(phone.shadowRoot!.querySelector('a')!.textContent).to.equal('02 572 57 57');
    expect(result.before.get('hidden')!.element.height).to.equal(0);
  });

  it('keeps its details after the upgrade, and its place and width', () => {
    const text = result.after.get('full')!.text;
    for (const words of ['Houd uw rijksregisternummer', 'Koning Albert II-laan 33']) {
      expect(text).to.include(words);
    }
    expect(result.after.get('full')!.element.y).to.equal(result.before.get('full')!.element.y);
    for (const name of ['full', 'at 320 px', 'footer']) {
      const before = result.before.get(name)!.element;
      const after = result.after.get(name)!.element;
      expect([after.x, after.width], name).to.deep.equal([before.x, before.width]);
    }
  });

  it('keeps the footer summary short before and after', () => {
    for (const moment of [result.before, result.after]) {
      expect(moment.get('footer')!.text).not.to.include('Houd uw rijksregisternummer');
      expect(moment.get('footer')!.text).to.include('Koning Albert II-laan 33');
    }
  });
});
