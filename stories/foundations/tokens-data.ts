// Typed access to the built tokens for the foundations stories: the token catalogue (one entry
// per token with its value in every theme) and the contrast report of the build.
import { css } from 'lit';
import catalogJson from '@belfry/tokens/json/tokens.catalog.json';
import reportJson from '@belfry/tokens/contrast-report.json';
import { contrastRatio, formatRatio } from '../../packages/tokens/scripts/contrast.mjs';

export type Tier = 'primitive' | 'semantic' | 'component';
export type PairKind = 'text' | 'large-text' | 'ui' | 'focus';

export interface ThemeInfo {
  name: string;
  label: string;
  kind: 'base' | 'agency';
  colorScheme: 'light' | 'dark';
  contrastLevel: 'AA' | 'AAA';
  description: string;
}

export interface TokenEntry {
  id: string;
  cssVar: string;
  tier: Tier;
  type: string;
  description: string;
  /** The token it refers to, e.g. "color.blue.700", or null for a literal. */
  reference: string | null;
  /**
   * How to read it in CSS. Component tokens are not declared by the theme CSS, so theirs is the
   * fallback chain components use: `var(--bf-button-primary-bg, var(--bf-color-action))`.
   */
  usage: string;
  /** Component tokens only: the token they render as until a page sets them (null for a literal). */
  rendersAs?: string | null;
  values: Record<string, string | number>;
}

export interface PairResult {
  id: string;
  kind: PairKind;
  foreground: string;
  background: string;
  foregroundValue: string;
  backgroundValue: string;
  required: number;
  enforced: boolean;
  description: string;
  ratio: number;
  ratioText: string;
  pass: boolean;
}

export interface ThemeReport {
  name: string;
  label: string;
  contrastLevel: 'AA' | 'AAA';
  thresholds: Record<PairKind, number>;
  pass: boolean;
  pairs: PairResult[];
}

const catalog = catalogJson as unknown as { themes: ThemeInfo[]; tokens: TokenEntry[] };
const report = reportJson as unknown as { pass: boolean; themes: ThemeReport[] };

export const themes: readonly ThemeInfo[] = catalog.themes;
export const tokens: readonly TokenEntry[] = catalog.tokens;
export const contrastReport: readonly ThemeReport[] = report.themes;

export const token = (id: string): TokenEntry => {
  const found = tokens.find((t) => t.id === id);
  if (!found) throw new Error(`Unknown token ${id}`);
  return found;
};

/** How to read a token in CSS, by custom property: usage('--bf-button-primary-bg'). */
export const usage = (cssVar: string): string => {
  const found = tokens.find((t) => t.cssVar === cssVar);
  if (!found) throw new Error(`Unknown token ${cssVar}`);
  return found.usage;
};

/** Tokens of one tier whose id starts with a prefix, e.g. tokensOf('semantic', 'color.'). */
export const tokensOf = (tier: Tier, prefix: string): TokenEntry[] =>
  tokens.filter((t) => t.tier === tier && t.id.startsWith(prefix));

export const valueIn = (entry: TokenEntry, theme: string): string =>
  String(entry.values[theme] ?? entry.values['federal']);

/** Contrast of two token values as "4.69:1", or an empty string when it cannot be measured. */
export function ratioText(foreground: string, background: string): string {
  try {
    return formatRatio(contrastRatio(foreground, background));
  } catch {
    return '';
  }
}

export function ratio(foreground: string, background: string): number | null {
  try {
    return contrastRatio(foreground, background);
  } catch {
    return null;
  }
}

export const themeLabel = (name: string): string =>
  themes.find((t) => t.name === name)?.label ?? name;

/**
 * Shared page styles for the foundations stories. Every colour and size is a token, so the
 * pages themselves show the themes at work.
 */
export const foundationStyles = css`
  .bf-foundation {
    color: var(--bf-color-text);
    background: var(--bf-color-background);
    font-family: var(--bf-font-family-base);
    font-size: var(--bf-font-size-body);
    line-height: var(--bf-line-height-body);
    max-inline-size: 80rem;
  }
  .bf-foundation :is(h2, h3, h4) {
    line-height: var(--bf-line-height-heading);
    font-weight: var(--bf-font-weight-heading);
    margin-block: var(--bf-space-6) var(--bf-space-3);
  }
  .bf-foundation h2 {
    font-size: var(--bf-font-size-heading-2);
    margin-block-start: 0;
  }
  .bf-foundation h3 {
    font-size: var(--bf-font-size-heading-3);
  }
  .bf-foundation h4 {
    font-size: var(--bf-font-size-heading-4);
  }
  .bf-foundation p {
    max-inline-size: var(--bf-content-max-width);
    margin-block: 0 var(--bf-space-4);
  }
  .bf-foundation a {
    color: var(--bf-color-link);
  }
  .bf-foundation a:visited {
    color: var(--bf-color-link-visited);
  }
  .bf-foundation code {
    font-family: var(--bf-font-family-code);
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .bf-foundation :focus-visible {
    outline: var(--bf-focus-ring-width) solid var(--bf-color-focus-ring);
    outline-offset: var(--bf-focus-ring-offset);
    box-shadow: 0 0 0 var(--bf-focus-ring-offset) var(--bf-color-focus-ring-inner);
  }
  .bf-foundation .muted {
    color: var(--bf-color-text-muted);
  }
  .bf-foundation .table-scroll {
    overflow-x: auto;
    margin-block-end: var(--bf-space-6);
  }
  .bf-foundation table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: var(--bf-font-size-small);
  }
  .bf-foundation caption {
    text-align: start;
    font-weight: var(--bf-font-weight-strong);
    font-size: var(--bf-font-size-body);
    padding-block-end: var(--bf-space-2);
  }
  .bf-foundation :is(th, td) {
    text-align: start;
    vertical-align: top;
    padding: var(--bf-space-2) var(--bf-space-3);
    border-block-end: var(--bf-border-width-thin) solid var(--bf-color-border);
  }
  .bf-foundation thead th {
    border-block-end: var(--bf-border-width-thick) solid var(--bf-color-border-strong);
  }
  .bf-foundation .swatch {
    display: inline-block;
    inline-size: var(--bf-space-8);
    block-size: var(--bf-space-7);
    border: var(--bf-border-width-thin) solid var(--bf-color-border-strong);
    border-radius: var(--bf-radius-small);
    vertical-align: middle;
  }
  .bf-foundation .pass {
    color: var(--bf-color-success-text);
  }
  .bf-foundation .fail {
    color: var(--bf-color-error-text);
    font-weight: var(--bf-font-weight-bold);
  }
`;

/** Adds the foundation page styles to the document once (stories render in light DOM). */
export function useFoundationStyles(): void {
  const sheet = foundationStyles.styleSheet;
  if (typeof document === 'undefined' || !sheet || document.adoptedStyleSheets.includes(sheet))
    return;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
