import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import {
  contrastReport,
  ratioText,
  themeLabel,
  themes,
  token,
  tokensOf,
  useFoundationStyles,
  valueIn,
  type PairResult,
  type TokenEntry,
} from './tokens-data';
import { tokenColumn, tokenTable, valueColumn, type Column } from './token-table';

useFoundationStyles();

type ThemeArgs = { theme: string };

const meta = {
  title: 'Foundations/Colours',
  parameters: {
    docs: {
      description: {
        component:
          'Colour tokens in every theme, with their measured contrast. Use the semantic tokens ' +
          '(`--bf-color-text`, `--bf-color-action`, …) in pages and components; the palettes exist to build themes. ' +
          'The build fails when a declared pair is under its WCAG minimum, so every ratio shown here is checked.',
      },
    },
  },
  argTypes: {
    theme: {
      control: 'select',
      options: themes.map((t) => t.name),
      description: 'Theme to show (data-bf-theme)',
    },
  },
  args: { theme: 'federal' },
} satisfies Meta<ThemeArgs>;
export default meta;
type Story = StoryObj<ThemeArgs>;

/** Backgrounds are measured against the text colour; everything else against the surface. */
const isBackground = (entry: TokenEntry) =>
  /(surface|background|action-subtle|action-disabled|selection-bg|scrim)/.test(entry.id) &&
  !entry.id.endsWith('text');

function contrastCell(entry: TokenEntry, theme: string) {
  const value = valueIn(entry, theme);
  const against = isBackground(entry) ? token('color.text') : token('color.surface');
  const ratio = ratioText(
    isBackground(entry) ? valueIn(against, theme) : value,
    isBackground(entry) ? value : valueIn(against, theme),
  );
  if (!ratio) return html`<span class="muted">not measured (translucent or keyword)</span>`;
  return html`${ratio} ${isBackground(entry) ? 'with text' : 'on surface'}`;
}

/** The token painted as a swatch with its own custom property. */
const swatchColumn: Column<TokenEntry> = {
  header: 'Swatch',
  cell: (entry) =>
    html`<span class="swatch" style=${styleMap({ background: `var(${entry.cssVar})` })}></span>`,
};

function swatchTable(caption: string, entries: TokenEntry[], theme: string) {
  return tokenTable({
    caption,
    columns: [
      swatchColumn,
      {
        header: 'Token',
        cell: (entry) =>
          html`<code>${entry.cssVar}</code>
            ${entry.description ? html`<br /><span class="muted">${entry.description}</span>` : nothing}`,
      },
      valueColumn(theme),
      { header: 'Contrast', cell: (entry) => contrastCell(entry, theme) },
    ],
    rows: entries,
  });
}

const groups: Array<[string, (entry: TokenEntry) => boolean]> = [
  ['Text and links', (t) => /^color\.(text|link)/.test(t.id)],
  ['Surfaces and backgrounds', (t) => /^color\.(background|surface|scrim)/.test(t.id)],
  ['Borders', (t) => /^color\.border/.test(t.id)],
  ['Actions, danger and brand', (t) => /^color\.(action|danger|brand)/.test(t.id)],
  ['Focus and selection', (t) => /^color\.(focus|selection)/.test(t.id)],
  ['Feedback: information', (t) => t.id.startsWith('color.info.')],
  ['Feedback: success', (t) => t.id.startsWith('color.success.')],
  ['Feedback: warning', (t) => t.id.startsWith('color.warning.')],
  ['Feedback: error', (t) => t.id.startsWith('color.error.')],
];

function semanticColours(theme: string) {
  const semantic = tokensOf('semantic', 'color.');
  return html`<div class="bf-foundation" data-bf-theme=${theme}>
    <h2>Semantic colours: ${themeLabel(theme)}</h2>
    <p>
      Each swatch is painted with its CSS custom property inside
      <code>data-bf-theme="${theme}"</code>. Text colours are measured on
      <code>--bf-color-surface</code>, backgrounds against <code>--bf-color-text</code>.
    </p>
    ${groups.map(([caption, filter]) => swatchTable(caption, semantic.filter(filter), theme))}
  </div>`;
}

/** One story per theme, so each can be compared and is checked by axe in its own colours. */
const themeStory = (theme: string): Story => ({
  args: { theme },
  render: (args) => semanticColours(args.theme),
});

export const Federal = themeStory('federal');
export const Dark = themeStory('dark');
export const HighContrast = themeStory('high-contrast');
export const AgencyFinance = themeStory('agency-finance');
export const AgencyPensions = themeStory('agency-pensions');

export const Palettes: Story = {
  render: () => {
    const primitives = tokensOf('primitive', 'color.');
    const families = [...new Set(primitives.map((t) => t.id.split('.')[1] ?? ''))];
    return html`<div class="bf-foundation" data-bf-theme="federal">
      <h2>Palettes</h2>
      <p>
        Primitive colours that themes are built from. Components never use them directly. The ratios
        show which text and icon colours each shade can carry: 4.5:1 for text, 3:1 for icons and
        borders.
      </p>
      ${families.map((family) =>
        tokenTable({
          caption: family,
          columns: [
            swatchColumn,
            tokenColumn,
            valueColumn(),
            {
              header: 'On white',
              cell: (entry) => ratioText(valueIn(entry, 'federal'), '#ffffff'),
            },
            {
              header: 'On black',
              cell: (entry) => ratioText(valueIn(entry, 'federal'), '#000000'),
            },
          ],
          rows: primitives.filter((t) => t.id.split('.')[1] === family),
        }),
      )}
    </div>`;
  },
};

const KIND_LABEL: Record<PairResult['kind'], string> = {
  text: 'Text',
  'large-text': 'Large text',
  ui: 'UI component',
  focus: 'Focus indicator',
};

function result(pair: PairResult) {
  if (!pair.enforced) return html`<span class="muted">Reported</span>`;
  return pair.pass ? html`<span class="pass">Pass</span>` : html`<span class="fail">Fail</span>`;
}

function sample(pair: PairResult) {
  // Text samples only for enforced text pairs; exempt pairs (disabled, decorative) and
  // non-text pairs are shown as shapes, so the page itself never shows unreadable text.
  if ((pair.kind === 'text' || pair.kind === 'large-text') && pair.enforced) {
    return html`<span
      class="pair-sample"
      style=${styleMap({ color: pair.foregroundValue, background: pair.backgroundValue })}
      >Aa</span
    >`;
  }
  return html`<span
    class="pair-sample"
    aria-hidden="true"
    style=${styleMap({ background: pair.backgroundValue, 'box-shadow': `inset 0 0 0 0.375rem ${pair.foregroundValue}` })}
  ></span>`;
}

export const ContrastPairs: Story = {
  name: 'Contrast pairs',
  render: (args) => {
    const theme = contrastReport.find((t) => t.name === args.theme) ?? contrastReport[0];
    if (!theme) return html`<p>Run <code>npm run build:tokens</code> first.</p>`;
    return html`<div class="bf-foundation" data-bf-theme=${theme.name}>
      <style>
        .pair-sample {
          display: inline-block;
          min-inline-size: var(--bf-space-8);
          padding: var(--bf-space-1) var(--bf-space-2);
          border: var(--bf-border-width-thin) solid var(--bf-color-border-strong);
          border-radius: var(--bf-radius-small);
          font-weight: var(--bf-font-weight-bold);
          text-align: center;
          block-size: var(--bf-space-7);
          box-sizing: border-box;
        }
      </style>
      <h2>Contrast pairs: ${theme.label}</h2>
      <p>
        Every foreground/background pair Belfry's components use, as declared in
        <code>tokens/contrast-pairs.json</code> and measured by the build (WCAG
        ${theme.contrastLevel}: text ${theme.thresholds.text}:1, UI and focus
        ${theme.thresholds.ui}:1). Choose another theme with the <strong>theme</strong> control.
        "Reported" pairs are exempt in WCAG (disabled controls, decoration) and do not fail the
        build.
      </p>
      ${tokenTable<PairResult>({
        caption: `${theme.pairs.length} pairs in ${theme.label}`,
        columns: [
          {
            header: 'Pair',
            cell: (pair) =>
              html`<code>${pair.id}</code><br /><span class="muted">${pair.description}</span>`,
          },
          { header: 'Sample', cell: sample },
          {
            header: 'Foreground',
            cell: (pair) => html`<code>${pair.foreground}</code><br />${pair.foregroundValue}`,
          },
          {
            header: 'Background',
            cell: (pair) => html`<code>${pair.background}</code><br />${pair.backgroundValue}`,
          },
          { header: 'Kind', cell: (pair) => KIND_LABEL[pair.kind] },
          { header: 'Ratio', cell: (pair) => pair.ratioText },
          { header: 'Minimum', cell: (pair) => `${pair.required}:1` },
          { header: 'Result', cell: result },
        ],
        rows: theme.pairs,
      })}
    </div>`;
  },
};
