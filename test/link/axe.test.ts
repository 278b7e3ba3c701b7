import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/link';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

// Every kind of link, in every theme and language (the phrases change with the language), in a
// sentence as links are used, and as a visited link (its own colour).
axeMatrix<{ kind: string }>({
  tag: 'bf-link',
  variants: {
    ordinary: { kind: 'ordinary' },
    'new tab': { kind: 'new tab' },
    external: { kind: 'external' },
    download: { kind: 'download' },
  },
  locales: true,
  render: ({ kind }) => {
    const link =
      kind === 'ordinary'
        ? html`<bf-link><a href="/contact">contact</a></bf-link>`
        : kind === 'new tab'
          ? html`<bf-link><a href="/help" target="_blank">help</a></bf-link>`
          : kind === 'external'
            ? html`<bf-link external
                ><a href="https://www.belgium.be" target="_blank">belgium.be</a></bf-link
              >`
            : html`<bf-link file-size="245760"
                ><a href="/docs/report.pdf" download>annual report</a></bf-link
              >`;
    // The page's own URL is visited, so this link shows the visited colour.
    return html`<p>
      Read our ${link}, or go back to <bf-link><a href="">this page</a></bf-link
      >.
    </p>`;
  },
});

describe('<bf-link> and the axe gate', () => {
  it('fails when the link has no accessible name', async () => {
    const el = await fixture(html`<bf-link><a href="/contact"></a></bf-link>`);
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('link-name');
  });
});
