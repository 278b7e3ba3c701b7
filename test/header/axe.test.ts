import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/header';
import { ref } from 'lit/directives/ref.js';
import type { BfHeader } from '@belfry/components';
import { axeViolations, expectAccessible } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';
import { account, agency, narrow, navigation, wide } from './content.js';

type Props = { width: string; menuOpen: boolean; explained: boolean };

/** Opens "How do you know?" as soon as the header has rendered (before the matrix runs axe). */
function openExplanation(element: Element | undefined): void {
  const header = element as BfHeader | undefined;
  void header?.updateComplete.then(() => {
    header.shadowRoot!.querySelector('details')!.open = true;
  });
}

axeMatrix<Props>({
  tag: 'bf-header',
  variants: {
    wide: { width: wide },
    '320 px, menu closed': { width: narrow },
    '320 px, menu open': { width: narrow, menuOpen: true },
  },
  states: {
    default: {},
    'explanation open': { explained: true },
  },
  locales: true,
  render: ({ width, menuOpen, explained }) =>
    html`<div style=${width ?? wide}>
      <bf-header ?menu-open=${menuOpen} ${ref(explained ? openExplanation : undefined)}
        >${agency}${account}${navigation}</bf-header
      >
    </div>`,
});

/** axe's landmark rules (best practices, not WCAG tags): one banner, top level, unique names. */
const landmarkRules = [
  'landmark-one-main',
  'landmark-no-duplicate-banner',
  'landmark-banner-is-top-level',
  'landmark-unique',
  'region',
  'page-has-heading-one',
];

describe('<bf-header> landmarks on a page (axe)', () => {
  it('passes axe’s landmark rules in a page with <main> and a footer', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="nl-BE">
        <bf-header>${agency}${account}${navigation}</bf-header>
        <main><h1>Uw belastingaangifte</h1></main>
      </div>`,
    );
    await page.querySelector('bf-header')!.updateComplete;
    const violations = await axeViolations(document.body, {
      tags: ['best-practice', 'wcag2a', 'wcag2aa', 'wcag22aa'],
    });
    expect(
      violations.filter((violation) => landmarkRules.includes(violation.id)).map((v) => v.id),
    ).to.deep.equal([]);
    await expectAccessible(page);
  });

  it('fails axe’s rule when a page has two banners (the check can go red)', async () => {
    const original = console.warn;
    console.warn = () => undefined;
    try {
      const page = await fixture<HTMLElement>(
        html`<div>
          <bf-header>${agency}</bf-header>
          <bf-header>${agency}</bf-header>
          <main><h1>Twee koppen</h1></main>
        </div>`,
      );
      for (const element of page.querySelectorAll('bf-header')) await element.updateComplete;
      const ids = (await axeViolations(document.body, { tags: ['best-practice'] })).map(
        (violation) => violation.id,
      );
      expect(ids).to.include('landmark-no-duplicate-banner');
    } finally {
      console.warn = original;
    }
  });

  it('fails axe when a navigation link has no text', async () => {
    const element = await fixture<BfHeader>(
      html`<bf-header
        ><ul slot="navigation">
          <li><a href="/btw"></a></li></ul
      ></bf-header>`,
    );
    await element.updateComplete;
    const ids = (await axeViolations(element)).map((violation) => violation.id);
    expect(ids).to.include('link-name');
  });
});
