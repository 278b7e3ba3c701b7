import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/summary-list';
import '@belfry/components/error-summary';
import type { BfErrorSummary, BfSummaryListRow } from '@belfry/components';
import { loadTokenStylesheet } from '../helpers/token-build.js';

// Colours of bf-summary-list and bf-error-summary (both read the same link and text tokens): the
// literal fallbacks equal the federal theme, and forced colours use the system's colours. axe in
// every theme is in each component's axe.test.ts.
const isChromium = !navigator.userAgent.includes('Firefox');

async function draw() {
  const page = await fixture(
    html`<div>
      <bf-summary-list>
        <bf-summary-list-row question="Naam" href="/naam" source="national-register"
          >An</bf-summary-list-row
        >
      </bf-summary-list>
      <bf-error-summary
        .errors=${[{ message: 'Vul uw naam in', target: 'name' }]}
      ></bf-error-summary>
      <a href="/elders">Een gewone link</a>
    </div>`,
  );
  const row = page.querySelector<BfSummaryListRow>('bf-summary-list-row')!;
  const summary = page.querySelector<BfErrorSummary>('bf-error-summary')!;
  await Promise.all([row.updateComplete, summary.updateComplete]);
  const inRow = (part: string) => row.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
  const inSummary = (part: string) =>
    summary.shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`)!;
  return {
    colours: () => ({
      key: getComputedStyle(inRow('key')).color,
      source: getComputedStyle(inRow('source')).color,
      link: getComputedStyle(inRow('link')).color,
      rule: getComputedStyle(inRow('row')).borderBottomColor,
      summaryBorder: getComputedStyle(inSummary('base')).borderTopColor,
      summaryLink: getComputedStyle(inSummary('link')).color,
    }),
    widths: () => ({
      summaryBorderWidth: parseFloat(getComputedStyle(inSummary('base')).borderTopWidth),
      ruleWidth: parseFloat(getComputedStyle(inRow('row')).borderBottomWidth),
    }),
    plainLink: page.querySelector('a')!,
  };
}

describe('bf-summary-list and bf-error-summary colours', () => {
  it('are the same before and after the token CSS loads (fallbacks equal the federal theme)', async () => {
    const link = await loadTokenStylesheet();
    try {
      const { colours } = await draw();
      const themed = colours();
      link.disabled = true;
      expect(colours()).to.deep.equal(themed);
    } finally {
      link.remove();
    }
  });

  it('keep their edges and links visible in forced colours, in the system colours', async function () {
    if (!isChromium) this.skip();
    const { colours, widths, plainLink } = await draw();
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const forced = colours();
      const linkText = getComputedStyle(plainLink).color;
      const canvasText = getComputedStyle(document.body).color;
      expect(forced.link).to.equal(linkText);
      expect(forced.summaryLink).to.equal(linkText);
      expect(forced.summaryBorder).to.equal(canvasText);
      expect(forced.rule).to.equal(canvasText);
      // Drawn as borders, which forced colours keep (a background or shadow would vanish).
      const { summaryBorderWidth, ruleWidth } = widths();
      expect(summaryBorderWidth).to.be.at.least(2);
      expect(ruleWidth).to.be.at.least(1);
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });
});
