import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import {
  descriptionColumn,
  pxColumn,
  tokenColumn,
  tokenTable,
  valueColumn,
  type Column,
} from './token-table';
import { token, tokensOf, useFoundationStyles, valueIn, type TokenEntry } from './tokens-data';

useFoundationStyles();

const meta = {
  title: 'Foundations/Typography',
  parameters: {
    docs: {
      description: {
        component:
          'Font families, the type scale, line heights and weights. Every size is in rem, so text follows the ' +
          'size a citizen sets in the browser; body text has a line height of at least 1.5 (WCAG 1.4.12).',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The same sentence in the four languages of the federal web, each marked with its lang. */
const samples = [
  { lang: 'nl', text: 'Vraag uw attest online aan, of bel ons gratis.' },
  { lang: 'fr', text: 'Demandez votre attestation en ligne, ou appelez-nous gratuitement.' },
  { lang: 'de', text: 'Beantragen Sie Ihre Bescheinigung online oder rufen Sie uns kostenlos an.' },
  { lang: 'en', text: 'Apply for your certificate online, or call us free of charge.' },
];

const sampleColumn = (
  lang: string,
  text: string,
  style: (entry: TokenEntry) => Record<string, string>,
): Column<TokenEntry> => ({
  header: 'Sample',
  cell: (entry) => html`<span lang=${lang} style=${styleMap(style(entry))}>${text}</span>`,
});

export const TypeScale: Story = {
  name: 'Type scale',
  render: () =>
    html`<div class="bf-foundation">
      <h2>Type scale</h2>
      <p>
        Sizes in rem. The pixel value assumes the browser's default 16 px; when a citizen chooses
        larger text, every size grows with it.
      </p>
      ${tokenTable({
        caption: html`Primitive sizes (<code>--bf-font-size-100</code> to
          <code>--bf-font-size-800</code>)`,
        columns: [
          tokenColumn,
          valueColumn(),
          pxColumn,
          sampleColumn('nl', 'Belgische federale overheid', (entry) => ({
            'font-size': `var(${entry.cssVar})`,
            'line-height': 'var(--bf-line-height-tight)',
          })),
        ],
        rows: tokensOf('primitive', 'font-size.'),
      })}
      ${tokenTable({
        caption: 'Semantic sizes: use these in pages and components',
        columns: [
          tokenColumn,
          {
            header: 'Refers to',
            cell: (entry) => html`<code>${entry.reference ?? '—'}</code>`,
          },
          valueColumn(),
          descriptionColumn,
        ],
        rows: tokensOf('semantic', 'font-size.'),
      })}
    </div>`,
};

export const BodyText: Story = {
  name: 'Body text in four languages',
  render: () =>
    html`<div class="bf-foundation">
      <h2>Body text</h2>
      <p>
        <code>--bf-font-family-base</code> at <code>--bf-font-size-body</code> with
        <code>--bf-line-height-body</code> (${valueIn(token('line-height.body'), 'federal')}).
        Paragraph spacing and reading width come from tokens too, so the text stays readable when a
        citizen overrides spacing (WCAG 1.4.12).
      </p>
      <ul>
        ${samples.map((s) => html`<li lang=${s.lang}>${s.text}</li>`)}
      </ul>
      <h3>Families</h3>
      <ul>
        ${tokensOf('primitive', 'font-family.').map(
          (entry) =>
            html`<li>
              <code>${entry.cssVar}</code>:
              <span style=${styleMap({ 'font-family': `var(${entry.cssVar})` })}
                >${valueIn(entry, 'federal')}</span
              >
            </li>`,
        )}
      </ul>
    </div>`,
};

export const LineHeightsAndWeights: Story = {
  name: 'Line heights and weights',
  render: () =>
    html`<div class="bf-foundation">
      <h2>Line heights and weights</h2>
      ${tokenTable({
        caption: "Line heights (unitless, so they scale with each element's font size)",
        columns: [tokenColumn, valueColumn(), descriptionColumn],
        rows: tokensOf('semantic', 'line-height.'),
      })}
      ${tokenTable({
        caption: 'Font weights',
        columns: [
          tokenColumn,
          valueColumn(),
          sampleColumn('fr', 'Service public fédéral', (entry) => ({
            'font-weight': `var(${entry.cssVar})`,
          })),
        ],
        rows: [...tokensOf('primitive', 'font-weight.'), ...tokensOf('semantic', 'font-weight.')],
      })}
    </div>`,
};
