import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/footer';
import '@belfry/components/header';
import type { BfFooter } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';
import { agency, alternatives, ownLinks } from './content.js';

type Props = { width: string; full: boolean };

axeMatrix<Props>({
  tag: 'bf-footer',
  variants: {
    'every part': { full: true },
    'links only': { full: false },
  },
  states: {
    wide: { width: 'inline-size: 1024px' },
    '320 px': { width: 'inline-size: 320px' },
  },
  locales: true,
  render: ({ width, full }) =>
    html`<div style=${width ?? ''}>
      <bf-footer
        accessibility-href="/toegankelijkheid"
        privacy-href="/privacy"
        cookies-href="/cookies"
        contact-href="/contact"
        >${full ? html`${alternatives}${agency}${ownLinks}` : ''}</bf-footer
      >
    </div>`,
});

describe('<bf-footer> landmarks on a page (axe)', () => {
  it('passes axe’s landmark rules with bf-header, <main> and bf-footer', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="nl-BE">
        <bf-header><a slot="agency" href="/">FOD Financiën</a></bf-header>
        <main><h1>Uw belastingaangifte</h1></main>
        <bf-footer accessibility-href="/toegankelijkheid">${alternatives}${agency}</bf-footer>
      </div>`,
    );
    for (const element of page.querySelectorAll('bf-header, bf-footer')) {
      await (element as BfFooter).updateComplete;
    }
    const ids = (
      await axeViolations(document.body, {
        tags: ['best-practice', 'wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'],
      })
    ).map((violation) => violation.id);
    expect(ids.filter((id) => id.startsWith('landmark') || id === 'region')).to.deep.equal([]);
  });

  it('fails axe’s rule when a page has two footers (the check can go red)', async () => {
    const original = console.warn;
    console.warn = () => undefined;
    try {
      const page = await fixture<HTMLElement>(
        html`<div>
          <main><h1>Twee voeten</h1></main>
          <bf-footer accessibility-href="/a"></bf-footer>
          <bf-footer accessibility-href="/a"></bf-footer>
        </div>`,
      );
      for (const element of page.querySelectorAll('bf-footer')) {
        await (element as BfFooter).updateComplete;
      }
      const ids = (await axeViolations(document.body, { tags: ['best-practice'] })).map(
        (violation) => violation.id,
      );
      expect(ids).to.include('landmark-no-duplicate-contentinfo');
    } finally {
      console.warn = original;
    }
  });
});
