/**
 * Writers for every output format. Each takes the resolved themes and returns file contents;
 * build.mjs decides where they go.
 */
import { formattedVariables } from 'style-dictionary/utils';
import {
  cssUsage,
  DEFAULT_THEME,
  PREFIX,
  referenceOf,
  renderedThrough,
  walkTokens,
} from './source.mjs';

const HEADER = (what) =>
  `Belfry design tokens: ${what}.\nGenerated from tokens/ by packages/tokens/scripts/build.mjs. Do not edit by hand.`;
const COMPONENT_NOTE =
  'Component tokens (--bf-button-primary-bg, …) are not declared here: set them on any element to restyle the components inside it. They are listed in json/tokens.catalog.json';
const cssHeader = (what) => `/*\n * ${HEADER(what).replace(/\n/g, '\n * ')}\n */\n`;
const lineHeader = (what) => HEADER(what).replace(/^/gm, '// ') + '\n';

/**
 * Theme selectors are wrapped in `:where()`, so they have no specificity: any rule of a page that
 * sets a token (`.campaign { --bf-color-action: … }`, even on the element that has
 * `data-bf-theme`) wins, whichever stylesheet loads first.
 */
const themeSelector = (name) => `:where([data-bf-theme="${name}"])`;

/**
 * The custom-property declarations of the tokens that pass `filter`, with resolved values.
 *
 * Component tokens never pass: they are not declared in the CSS at all. Components read them as
 * `var(--bf-button-primary-bg, var(--bf-color-action, #1b4f8f))`, so the semantic token applies
 * until a page sets the component token on some element, and both can be set in any rule. (A
 * declared `--bf-button-primary-bg: var(--bf-color-action)` would be resolved where it is declared,
 * and so pin the semantic value of that element for everything inside it.)
 */
function declarations(entry, filter, { comments = false } = {}) {
  const allTokens = entry.dictionary.allTokens.filter((token) => {
    const resolved = entry.tokens.get(token.path.join('.'));
    return resolved.tier !== 'component' && filter(resolved);
  });
  if (!allTokens.length) return '';
  return formattedVariables({
    format: 'css',
    dictionary: { ...entry.dictionary, allTokens },
    outputReferences: false,
    usesDtcg: true,
    formatting: comments ? {} : { commentStyle: 'none' },
  });
}

const rule = (selector, body, indent = '') =>
  `${indent}${selector} {\n${body
    .split('\n')
    .map((line) => (line ? indent + line : line))
    .join('\n')}\n${indent}}\n`;

const colorScheme = (entry) => `  color-scheme: ${entry.theme.colorScheme};\n`;

/**
 * What a non-default theme block must declare: every semantic token, plus every primitive that
 * some theme changes (such as the focus-ring width), so nesting themes never leaks a value from
 * the outer theme into the inner one.
 */
function themeOnly(resolved) {
  const federal = resolved.find((e) => e.theme.name === DEFAULT_THEME);
  const varying = new Set();
  for (const entry of resolved) {
    for (const token of entry.tokens.values()) {
      if (token.tier === 'primitive' && federal.tokens.get(token.id)?.value !== token.value)
        varying.add(token.id);
    }
  }
  return (token) => token.tier === 'semantic' || varying.has(token.id);
}

/** dist/css/belfry.css: every theme, with automatic dark and high-contrast selection. */
export function cssAllThemes(resolved) {
  const federal = resolved.find((e) => e.theme.name === DEFAULT_THEME);
  const others = resolved.filter((e) => e !== federal);
  const perTheme = themeOnly(resolved);
  let css = cssHeader(
    'all themes. Federal applies by default; set data-bf-theme="<name>" on any element to theme it and everything inside it.\n' +
      COMPONENT_NOTE,
  );
  css +=
    '\n' +
    rule(
      `:where(:root, [data-bf-theme="${DEFAULT_THEME}"])`,
      colorScheme(federal) + declarations(federal, () => true),
    );
  for (const entry of others) {
    css +=
      '\n' +
      rule(themeSelector(entry.theme.name), colorScheme(entry) + declarations(entry, perTheme));
  }
  const auto = [
    ['dark', '(prefers-color-scheme: dark)'],
    ['high-contrast', '(prefers-contrast: more)'],
  ];
  for (const [name, query] of auto) {
    const entry = others.find((e) => e.theme.name === name);
    if (!entry) continue;
    css += `\n/* Follows the user's system setting, unless the page fixes a theme with data-bf-theme. */\n`;
    css += `@media ${query} {\n${rule(':where(:root:not([data-bf-theme]))', colorScheme(entry) + declarations(entry, perTheme), '  ')}}\n`;
  }
  return css;
}

/** dist/css/themes/<name>.css: one complete, self-contained theme on :root and on its attribute. */
export function cssOneTheme(entry) {
  let css = cssHeader(
    `the "${entry.theme.name}" theme on its own. Load one theme file per page, or belfry.css for all themes.\n` +
      COMPONENT_NOTE,
  );
  css +=
    '\n' +
    rule(
      `:where(:root, [data-bf-theme="${entry.theme.name}"])`,
      colorScheme(entry) + declarations(entry, () => true, { comments: true }),
    );
  return css;
}

const scssValue = (value) => (String(value).includes(',') ? `(${value})` : String(value));

/** dist/scss/_tokens.scss: federal values as variables, every theme as a map. */
export function scss(resolved) {
  const federal = resolved.find((e) => e.theme.name === DEFAULT_THEME);
  let out = lineHeader('SCSS variables (federal theme) and a map per theme');
  out += '// Prefer the CSS custom properties in components, so themes keep working.\n';
  out += '// Use these where custom properties cannot go, such as media queries:\n';
  out += '//   @media (min-width: $bf-breakpoint-md) { … }\n\n';
  out += formattedVariables({
    format: 'sass',
    dictionary: federal.dictionary,
    outputReferences: false,
    usesDtcg: true,
    themeable: true,
    formatting: { commentStyle: 'short' },
  });
  out +=
    '\n\n// Every theme, keyed by token name without the prefix: map.get($bf-themes, "dark", "color-text").\n';
  out += '$bf-themes: (\n';
  out += resolved
    .map((entry) => {
      const entries = [...entry.tokens.values()].map(
        (t) => `    "${t.name}": ${scssValue(t.value)}`,
      );
      return `  "${entry.theme.name}": (\n${entries.join(',\n')}\n  )`;
    })
    .join(',\n');
  out += '\n) !default;\n';
  return out;
}

function nestedValues(entry) {
  const tree = {};
  for (const token of entry.tokens.values()) {
    let node = tree;
    for (const key of token.path.slice(0, -1)) node = node[key] ??= {};
    node[token.path.at(-1)] = token.value;
  }
  return tree;
}

const flatValues = (entry) =>
  Object.fromEntries([...entry.tokens.values()].map((t) => [t.cssVar, t.value]));

/** dist/json/tokens.json: resolved values per theme, nested by token path. */
export const jsonNested = (resolved) =>
  JSON.stringify(
    Object.fromEntries(resolved.map((e) => [e.theme.name, nestedValues(e)])),
    null,
    2,
  ) + '\n';

/** dist/json/tokens.flat.json: resolved values per theme, keyed by CSS custom property. */
export const jsonFlat = (resolved) =>
  JSON.stringify(Object.fromEntries(resolved.map((e) => [e.theme.name, flatValues(e)])), null, 2) +
  '\n';

/**
 * dist/json/tokens.catalog.json: one entry per token with tier, type, description, reference and
 * per-theme values (for docs). Component tokens, which the CSS does not declare, also say how to
 * read them (`usage`, the fallback chain components use) and which token they render as until a
 * page sets them (`rendersAs`).
 */
export function jsonCatalog(resolved) {
  const federal = resolved.find((e) => e.theme.name === DEFAULT_THEME);
  return (
    JSON.stringify(
      {
        themes: resolved.map((e) => ({
          name: e.theme.name,
          label: e.theme.label,
          kind: e.theme.kind,
          colorScheme: e.theme.colorScheme,
          contrastLevel: e.theme.contrastLevel,
          description: e.theme.description,
        })),
        tokens: [...federal.tokens.values()].map((t) => ({
          id: t.id,
          cssVar: t.cssVar,
          tier: t.tier,
          type: t.type,
          description: t.description,
          reference: referenceOf(t.original),
          usage: cssUsage(federal.tokens, t.id),
          ...(t.tier === 'component'
            ? { rendersAs: renderedThrough(federal.tokens, t.id)?.id ?? null }
            : {}),
          values: Object.fromEntries(
            resolved.map((e) => [e.theme.name, e.tokens.get(t.id)?.value]),
          ),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

const camel = (tokenPath) =>
  tokenPath
    .join('-')
    .split('-')
    .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');

/** dist/js/tokens.js and tokens.d.ts */
export function javascript(resolved) {
  const federal = resolved.find((e) => e.theme.name === DEFAULT_THEME);
  const names = resolved.map((e) => e.theme.name);
  const tokens = [...federal.tokens.values()];
  const literal = (value) => JSON.stringify(value);
  const doc = (t) =>
    `/** ${t.description ? t.description.replace(/\*\//g, '* /') + ' ' : ''}CSS: \`var(${t.cssVar})\` */\n`;

  let js = lineHeader(
    'ES module. Named exports hold federal-theme values; `themes` holds every theme',
  );
  js += `\nexport const themeNames = ${literal(names)};\n`;
  js += `export const defaultTheme = ${literal(DEFAULT_THEME)};\n\n`;
  js += '/** Resolved values per theme, keyed by CSS custom property name. */\n';
  js += `export const themes = ${JSON.stringify(Object.fromEntries(resolved.map((e) => [e.theme.name, flatValues(e)])), null, 2)};\n\n`;
  js += '/** Federal values, nested by token path: tokens.color.action. */\n';
  js += `export const tokens = ${JSON.stringify(nestedValues(federal), null, 2)};\n\n`;
  js += `/** \`var(--${PREFIX}-<name>)\` for use in inline styles or CSS-in-JS: cssVar('color-action'). */\n`;
  js += `export function cssVar(name) {\n  return \`var(--${PREFIX}-\${name})\`;\n}\n\n`;
  for (const t of tokens) js += `${doc(t)}export const ${camel(t.path)} = ${literal(t.value)};\n`;

  let dts = lineHeader('Type declarations for tokens.js');
  dts += `\nexport type ThemeName = ${names.map(literal).join(' | ')};\n`;
  dts += `/** A token name without the --${PREFIX}- prefix, e.g. "color-action". */\n`;
  dts += `export type TokenName =\n${tokens.map((t) => `  | ${literal(t.name)}`).join('\n')};\n`;
  dts += `export type CssVarName = \`--${PREFIX}-\${TokenName}\`;\n\n`;
  dts += `export declare const themeNames: readonly ThemeName[];\n`;
  dts += `export declare const defaultTheme: ${literal(DEFAULT_THEME)};\n`;
  dts += `export declare const themes: { readonly [T in ThemeName]: { readonly [V in CssVarName]: string | number } };\n`;
  dts += `export declare const tokens: ${JSON.stringify(nestedValues(federal), null, 2)};\n`;
  dts += `export declare function cssVar<N extends TokenName>(name: N): \`var(--${PREFIX}-\${N})\`;\n\n`;
  for (const t of tokens)
    dts += `${doc(t)}export declare const ${camel(t.path)}: ${literal(t.value)};\n`;
  return { js, dts };
}

/** Tokens Studio (Figma plugin) types, chosen per token group. */
function studioType(token) {
  const group = token.path[0];
  switch (token.$type ?? token.type) {
    case 'color':
      return 'color';
    case 'fontFamily':
      return 'fontFamilies';
    case 'fontWeight':
      return 'fontWeights';
    case 'shadow':
      return 'boxShadow';
    case 'number':
      return group === 'line-height' ? 'lineHeights' : 'number';
    case 'dimension':
      return (
        {
          space: 'spacing',
          radius: 'borderRadius',
          'border-width': 'borderWidth',
          'font-size': 'fontSizes',
        }[group] ??
        (token.path.at(-1)?.includes('padding') || token.path.at(-1) === 'gap'
          ? 'spacing'
          : 'sizing')
      );
    default:
      return 'other';
  }
}

function studioValue(value, type) {
  if (typeof value === 'string') return value;
  if (type === 'fontFamily' && Array.isArray(value)) return value.join(', ');
  if (type === 'cubicBezier' && Array.isArray(value)) return `cubic-bezier(${value.join(', ')})`;
  if (type === 'shadow' && value && typeof value === 'object') {
    return {
      x: value.offsetX,
      y: value.offsetY,
      blur: value.blur,
      spread: value.spread,
      color: value.color,
      type: 'dropShadow',
    };
  }
  return value;
}

function studioSet(tree, tierOf, keep, inheritedType) {
  const set = {};
  const walk = (node, trail, groupType) => {
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('$') || !child || typeof child !== 'object') continue;
      const childType = child.$type ?? groupType;
      if (!('$value' in child)) {
        walk(child, [...trail, key], childType);
        continue;
      }
      const tokenPath = [...trail, key];
      if (!keep(tokenPath.join('.'))) continue;
      const type = childType ?? inheritedType?.(tokenPath.join('.'));
      let target = set;
      for (const part of tokenPath.slice(0, -1)) target = target[part] ??= {};
      target[key] = {
        value: studioValue(child.$value, type),
        type: studioType({ path: tokenPath, type }),
        ...(child.$description ? { description: child.$description } : {}),
      };
    }
  };
  walk(tree, [], undefined);
  return set;
}

/**
 * dist/figma/tokens-studio.json: one token set per tier and per theme, plus `$themes`, for the
 * Tokens Studio plugin (multi-file sets in a single JSON file). References stay references,
 * so designers see that a button uses color.action.
 */
export function tokensStudio(source, resolved) {
  const federal = resolved.find((e) => e.theme.name === DEFAULT_THEME);
  const typeOf = (id) => federal.tokens.get(id)?.type;
  const out = {};
  for (const tier of ['primitive', 'semantic', 'component']) {
    out[tier] = studioSet(source.base, source.tierOf, (id) => source.tierOf.get(id)?.tier === tier);
  }
  const setName = (theme) => `theme/${theme.name}`;
  for (const { theme } of resolved) {
    if (theme.name === DEFAULT_THEME) continue;
    out[setName(theme)] = studioSet(theme.overrides, source.tierOf, () => true, typeOf);
  }
  out.$themes = resolved.map(({ theme }) => {
    const selected = { primitive: 'source', semantic: 'enabled', component: 'enabled' };
    const parent =
      theme.extends && theme.extends !== DEFAULT_THEME
        ? resolved.find((e) => e.theme.name === theme.extends)
        : null;
    if (parent) selected[setName(parent.theme)] = 'enabled';
    if (theme.name !== DEFAULT_THEME) selected[setName(theme)] = 'enabled';
    return {
      id: theme.name,
      name: theme.label,
      group: theme.kind === 'agency' ? 'Agency' : 'Belfry',
      selectedTokenSets: selected,
    };
  });
  out.$metadata = {
    tokenSetOrder: [
      'primitive',
      'semantic',
      'component',
      ...resolved.filter((e) => e !== federal).map((e) => setName(e.theme)),
    ],
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** dist/contrast-report.md */
export function contrastMarkdown(report) {
  let md = '# Belfry contrast report\n\n';
  md += 'Generated by `npm run build:tokens`. Every foreground/background pair declared in\n';
  md +=
    '`tokens/contrast-pairs.json`, measured in every theme with the WCAG 2.2 contrast formula.\n';
  md +=
    'Ratios are rounded down. "Reported" rows are exempt in WCAG (disabled controls, decoration):\n';
  md += 'they are shown but do not fail the build. A component token is measured as the token it\n';
  md +=
    'refers to (`button.primary.bg` → `color.action`), which is what components render unless a\n';
  md += 'page sets the component token itself.\n\n';
  md += '| Theme | Level | Pairs checked | Result |\n|---|---|---|---|\n';
  for (const theme of report.themes) {
    const enforced = theme.pairs.filter((p) => p.enforced);
    const failed = enforced.filter((p) => !p.pass).length;
    md += `| ${theme.label} (\`${theme.name}\`) | WCAG ${theme.contrastLevel} | ${enforced.length} | ${failed ? `**${failed} failing**` : 'all pass'} |\n`;
  }
  for (const theme of report.themes) {
    const t = theme.thresholds;
    md += `\n## ${theme.label} (\`${theme.name}\`)\n\n`;
    md += `Minimums: text ${t.text}:1, large text ${t['large-text']}:1, UI components ${t.ui}:1, focus indicators ${t.focus}:1.\n\n`;
    md +=
      '| Pair | Foreground | Background | Kind | Ratio | Needs | Result |\n|---|---|---|---|---|---|---|\n';
    for (const p of theme.pairs) {
      const result = !p.enforced ? 'reported' : p.pass ? 'pass' : '**FAIL**';
      const cell = (id, via, value) => `\`${id}\`${via ? ` → \`${via}\`` : ''} ${value}`;
      md += `| ${p.id} | ${cell(p.foreground, p.foregroundVia, p.foregroundValue)} | ${cell(p.background, p.backgroundVia, p.backgroundValue)} | ${p.kind} | ${p.ratioText} | ${p.required}:1 | ${result} |\n`;
    }
  }
  return md;
}

export { walkTokens };
