#!/usr/bin/env node
/**
 * Guardrail: component styles consume design tokens.
 *
 *   node scripts/check-styles.mjs [file-or-directory ...]
 *
 * Without arguments it checks packages/components/src/**\/*.styles.ts, the stylesheets in
 * packages/components/src (*.css, e.g. undefined.css) and every file under packages/core/src
 * that contains css``. In the css`` templates and stylesheets it reports, with file:line:
 *   1. raw colours (#hex, rgb(), hsl(), named colours, system colours outside
 *      `@media (forced-colors: active)`) and absolute sizes (px, pt, cm, …) that are not the
 *      literal fallback of a `var(--bf-…, <literal>)`;
 *   2. `var(--bf-…)` names that are not Belfry tokens, and `--bf-` vars without a literal fallback;
 *   3. literal fallbacks that differ from the token's federal-theme value ("drift");
 *   4. chains that do not follow the token source. Component tokens are not declared in the theme
 *      CSS, so in `var(--bf-button-primary-bg, var(--bf-color-action, #1b4f8f))` the fallback is
 *      what renders: after a component token must come the token it refers to (or its literal
 *      value), and in every theme the chain must render the component token's value.
 *
 * Allowed: 0, %, em/rem, ms/s, unitless numbers, currentColor, transparent, inherit and other
 * global keywords. A ±1px size is accepted only with a comment on the same or the previous line
 * that starts with "hairline:" and says why (e.g. the visually-hidden clip pattern).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  loadSource,
  referenceOf,
  resolveThemes,
  DEFAULT_THEME,
} from '../packages/tokens/scripts/source.mjs';
import { normalizeColor, parseColor } from '../packages/tokens/scripts/contrast.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// prettier-ignore
const NAMED_COLORS = new Set(('aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue ' +
  'blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue ' +
  'darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid ' +
  'darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink ' +
  'deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold ' +
  'goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush ' +
  'lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey ' +
  'lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime ' +
  'limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
  'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin ' +
  'navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise ' +
  'palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue ' +
  'saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow ' +
  'springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen').split(' '));
// prettier-ignore
const SYSTEM_COLORS = new Set(('canvas canvastext linktext visitedtext activetext buttonface buttontext buttonborder ' +
  'field fieldtext highlight highlighttext selecteditem selecteditemtext mark marktext graytext accentcolor ' +
  'accentcolortext activeborder activecaption appworkspace background buttonhighlight buttonshadow captiontext ' +
  'inactiveborder inactivecaption inactivecaptiontext infobackground infotext menu menutext scrollbar ' +
  'threeddarkshadow threedface threedhighlight threedlightshadow threedshadow window windowframe windowtext').split(' '));
/** Properties whose value may hold a colour keyword (named and system colours are only looked for here). */
const COLOR_PROPERTY =
  /^(--.*|color|background(-color)?|border(-(top|right|bottom|left|block|inline)(-(start|end))?)?(-color)?|outline(-color)?|box-shadow|text-shadow|fill|stroke|caret-color|accent-color|text-decoration(-color)?|column-rule(-color)?|scrollbar-color|-webkit-tap-highlight-color|text-emphasis(-color)?)$/i;
const ABSOLUTE_LENGTH = /(?<![\w.-])(-?\d*\.?\d+)(px|pt|pc|cm|mm|in|q)(?![\w-])/gi;
const COLOR_FUNCTION =
  /(?<![\w-])(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(/gi;
const HEX_COLOR = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi;

/**
 * @typedef {object} TokenInfo
 * @property {string} value   federal-theme value
 * @property {string} tier
 * @property {string | null} reference  the token it defaults to, e.g. --bf-color-action
 * @property {Record<string, string>} themes  value in every theme, federal first
 */

/** Every token, keyed by CSS custom property name. @returns {Promise<Map<string, TokenInfo>>} */
export async function loadTokenValues() {
  const source = await loadSource();
  const resolved = await resolveThemes(source);
  const federal = resolved.find((e) => e.theme.name === DEFAULT_THEME);
  const cssVarOf = (id) => `--bf-${id.replaceAll('.', '-')}`;
  return new Map(
    [...federal.tokens.values()].map((t) => {
      const reference = referenceOf(t.original);
      return [
        t.cssVar,
        {
          value: String(t.value),
          tier: t.tier,
          reference: reference && cssVarOf(reference),
          themes: Object.fromEntries(
            resolved.map((e) => [e.theme.name, String(e.tokens.get(t.id)?.value)]),
          ),
        },
      ];
    }),
  );
}

/**
 * What a chain renders in one theme: component tokens are not declared by the theme CSS, so the
 * first other token of the chain gives the value, or else the literal fallback.
 */
function renderedValue(chain, fallback, tokens, theme) {
  for (const name of chain) {
    const token = tokens.get(name);
    if (token && token.tier !== 'component') return { value: token.themes?.[theme], from: name };
  }
  return { value: fallback, from: null };
}

/** Replaces a range with spaces, keeping newlines so offsets and line numbers stay put. */
const blank = (text, start, end) =>
  text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);

/** Finds the index of the parenthesis closing the one at `open`. */
function closingParen(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Index of the first comma not nested in parentheses, or -1. */
function topLevelComma(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) return i;
  }
  return -1;
}

/** Normalises a CSS value so "#FFF", "#ffffff" and "white" (or ".5rem" and "0.50rem") compare equal. */
export function normalizeValue(value) {
  const color = normalizeColor(value);
  if (color) return color;
  return String(value)
    .toLowerCase()
    .replace(/["']/g, '')
    .replace(/\s*,\s*/g, ',')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((part) => {
      const c = part.startsWith('#') || part.startsWith('rgb') ? normalizeColor(part) : null;
      if (c) return c;
      const n = /^(-?\d*\.?\d+)([a-z%]*)$/.exec(part);
      if (!n) return part;
      const number = Number(n[1]);
      return number === 0 ? '0' : `${number}${n[2]}`;
    })
    .join(' ');
}

function closest(name, names) {
  const distance = (a, b) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length];
  };
  let best = null;
  for (const candidate of names) {
    const d = distance(name, candidate);
    if (!best || d < best.d) best = { candidate, d };
  }
  return best && best.d <= Math.max(3, name.length / 4) ? best.candidate : null;
}

/** Semantic (then primitive) tokens whose federal value equals a raw value, to suggest a fix. */
function suggestTokens(raw, tokens) {
  const wanted = normalizeValue(raw);
  const matches = [...tokens].filter(
    ([, t]) => t.tier !== 'component' && normalizeValue(t.value) === wanted,
  );
  matches.sort(([, a], [, b]) => (a.tier === 'semantic' ? 0 : 1) - (b.tier === 'semantic' ? 0 : 1));
  return matches.slice(0, 3).map(([name]) => `var(${name}, ${tokens.get(name).value})`);
}

/**
 * Checks the text of one css`` template.
 * @param {string} cssText
 * @param {Map<string, {value: string, tier: string}>} tokens
 * @returns {Array<{ offset: number, message: string }>}
 */
export function checkCssText(cssText, tokens) {
  const findings = [];
  const report = (offset, message) => findings.push({ offset, message });

  // Comments: remember "hairline:" justifications by line, then blank all comments.
  let text = cssText;
  const lineAt = (offset) => cssText.slice(0, offset).split('\n').length;
  const hairlineLines = new Set();
  for (const m of cssText.matchAll(/\/\*[\s\S]*?\*\//g)) {
    if (/hairline\s*:/i.test(m[0])) {
      const endLine = lineAt(m.index + m[0].length);
      hairlineLines.add(endLine).add(endLine + 1);
    }
    text = blank(text, m.index, m.index + m[0].length);
  }
  // Strings (font names, content) never hold values we check; keep them for fallback values.
  const withStrings = text;
  for (const m of text.matchAll(/(["'])(?:\\.|(?!\1)[^\\\n])*\1/g))
    text = blank(text, m.index, m.index + m[0].length);

  // Ranges of @media (forced-colors: active) blocks, where system colours belong.
  const forcedColors = [];
  for (const m of text.matchAll(/@media[^{]*forced-colors\s*:\s*active[^{]*\{/gi)) {
    let depth = 0;
    for (let i = m.index + m[0].length - 1; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) {
        forcedColors.push([m.index, i]);
        break;
      }
    }
  }
  const inForcedColors = (offset) => forcedColors.some(([a, b]) => offset > a && offset < b);

  // var(--bf-…) chains. Their innermost literal fallback is exempt from the raw-value rules,
  // but must exist as a token and match its federal value.
  const exempt = [];
  /**
   * A chain that ends in a literal: after every component token must come the token it refers to
   * (else a page that overrides that token would not reach the component); every token of the
   * chain has the federal value of the literal (what renders before the theme CSS loads); and in
   * every theme the chain renders the value of its first token.
   */
  const checkChain = (open, chain, fallback, shown) => {
    for (const [i, name] of chain.entries()) {
      const token = tokens.get(name);
      if (token?.tier !== 'component') continue;
      const next = chain[i + 1];
      if (token.reference ? next !== token.reference : next !== undefined) {
        const hint = token.reference
          ? `var(${name}, var(${token.reference}, …))`
          : `var(${name}, ${token.value})`;
        report(
          open,
          `fallback chain mismatch: ${shown}: ${name} ${token.reference ? `refers to ${token.reference}` : `is "${token.value}"`}, ` +
            `but the chain falls back to ${next ?? `"${fallback}"`}. Component tokens are not declared in the theme CSS, so the fallback is what renders: use ${hint}.`,
        );
        return;
      }
    }
    const innermost = tokens.get(chain.at(-1));
    const expected = innermost ? innermost.value : fallback;
    for (const outerName of chain.slice(0, -1)) {
      const outer = tokens.get(outerName);
      if (outer && normalizeValue(outer.value) !== normalizeValue(expected)) {
        report(
          open,
          `fallback chain mismatch: ${shown}: ${outerName} is "${outer.value}" in the federal theme, but the chain falls back to ${chain.at(-1)} ("${expected}").`,
        );
        return;
      }
    }
    const first = tokens.get(chain[0]);
    if (!first?.themes) return;
    for (const [theme, expected] of Object.entries(first.themes)) {
      const rendered = renderedValue(chain, fallback, tokens, theme);
      if (normalizeValue(rendered.value) === normalizeValue(expected)) continue;
      report(
        open,
        `fallback chain mismatch: ${shown}: ${chain[0]} is "${expected}" in the ${theme} theme, but the chain renders ` +
          `${rendered.from ? `${rendered.from} ("${rendered.value}")` : `the literal "${rendered.value}"`} there, because component tokens are not declared in the theme CSS.`,
      );
      return;
    }
  };
  const checkVar = (open, chain) => {
    const close = closingParen(text, open + 3);
    if (close < 0) return close;
    const inner = text.slice(open + 4, close);
    const comma = topLevelComma(inner);
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallbackStart = open + 4 + comma + 1;
    const fallback = comma < 0 ? '' : withStrings.slice(fallbackStart, close).trim();
    // Other custom properties (e.g. a private --_bg): keep scanning inside, so a --bf- chain in
    // their fallback is found, and their own literal fallback is checked like any value.
    if (!name.startsWith('--bf-')) return open + 3;
    const here = [...chain, name];
    const shown = `var(${here.join(', var(')}, …)`;
    if (!tokens.has(name)) {
      const guess = closest(name, tokens.keys());
      report(
        open,
        `${name} is not a Belfry token${guess ? ` (did you mean ${guess}?)` : ''}. Token names are listed in packages/tokens/dist/json/tokens.flat.json.`,
      );
    }
    if (!fallback) {
      const value = tokens.get(name)?.value;
      report(
        open,
        `var(${name}) has no literal fallback, so it renders nothing before the theme CSS loads. Write var(${name}, ${value ?? '<federal value>'}).`,
      );
      return close;
    }
    if (/^var\(/i.test(fallback) && closingParen(fallback, 3) === fallback.length - 1) {
      checkVar(text.indexOf('var(', fallbackStart), here);
      return close;
    }
    exempt.push([fallbackStart, close]);
    const innermost = tokens.get(name);
    if (innermost && normalizeValue(fallback) !== normalizeValue(innermost.value)) {
      report(
        open,
        `fallback drift: ${shown} falls back to "${fallback}", but the federal value of ${name} is "${innermost.value}". Use var(${name}, ${innermost.value}).`,
      );
    }
    checkChain(open, here, fallback, shown);
    return close;
  };
  for (let i = text.search(/var\(/i); i >= 0;) {
    const close = checkVar(i, []);
    if (close < 0) {
      report(i, 'unbalanced parentheses in var()');
      break;
    }
    const next = text.slice(close + 1).search(/var\(/i);
    i = next < 0 ? -1 : close + 1 + next;
  }
  // Scan non --bf- var() fallbacks too: they were not exempted, so they are checked below.
  let scan = text;
  for (const [a, b] of exempt) scan = blank(scan, a, b);

  const rawColorMessage = (raw, context) => {
    const suggestions = suggestTokens(raw, tokens);
    return `raw colour "${raw}" in "${context}": use a token${suggestions.length ? `, e.g. ${suggestions.join(' or ')}` : ' (var(--bf-color-…, <federal value>))'}.`;
  };
  const sizeMessage = (raw, context) => {
    // Suggest the token with the same size at the default 16 px font size.
    const px = /^(-?[\d.]+)px$/i.exec(raw);
    const suggestions = px ? suggestTokens(`${Number(px[1]) / 16}rem`, tokens) : [];
    return `absolute size "${raw}" in "${context}": sizes must follow the user's font size. Use a token${
      suggestions.length ? ` (${suggestions.join(' or ')})` : ''
    } or rem/em. A deliberate ±1px needs a "hairline: <why>" comment.`;
  };

  // Declarations: property: value; (the lookahead keeps selectors such as a:hover { out).
  for (const m of scan.matchAll(/([-\w]+)\s*:\s*([^;{}]*)(?=[;}])/g)) {
    const property = m[1];
    const value = m[2];
    const valueStart = m.index + m[0].length - value.length;
    const context = `${property}: ${cssText
      .slice(valueStart, valueStart + value.length)
      .trim()
      .replace(/\s+/g, ' ')}`;
    for (const c of value.matchAll(HEX_COLOR))
      report(valueStart + c.index, rawColorMessage(c[0], context));
    for (const c of value.matchAll(COLOR_FUNCTION)) {
      const close = closingParen(value, c.index + c[0].length - 1);
      report(
        valueStart + c.index,
        rawColorMessage(value.slice(c.index, close + 1 || undefined), context),
      );
    }
    if (COLOR_PROPERTY.test(property)) {
      for (const w of value.matchAll(/(?<![\w#-])([a-z]+)(?![\w-])/gi)) {
        const word = w[1].toLowerCase();
        const at = valueStart + w.index;
        if (NAMED_COLORS.has(word)) report(at, rawColorMessage(w[1], context));
        else if (SYSTEM_COLORS.has(word) && !inForcedColors(at)) {
          report(
            at,
            `system colour "${w[1]}" in "${context}" outside @media (forced-colors: active): system colours belong only in forced-colors styles.`,
          );
        }
      }
    }
    for (const s of value.matchAll(ABSOLUTE_LENGTH)) {
      if (Number(s[1]) === 0) continue;
      const at = valueStart + s.index;
      if (
        Math.abs(Number(s[1])) === 1 &&
        s[2].toLowerCase() === 'px' &&
        hairlineLines.has(lineAt(at))
      )
        continue;
      report(at, sizeMessage(s[0], context));
    }
  }
  // At-rule preludes: @media (min-width: 600px) should be in em (see --bf-breakpoint-*).
  for (const m of scan.matchAll(/@(media|container|supports)([^{;]*)/gi)) {
    for (const s of m[2].matchAll(ABSOLUTE_LENGTH)) {
      if (Number(s[1]) === 0) continue;
      report(
        m.index + 1 + m[1].length + s.index,
        `absolute size "${s[0]}" in "@${m[1]}${m[2].trim() ? ' ' + m[2].trim() : ''}": use em so the layout follows text zoom (see the --bf-breakpoint-* values in the SCSS or JS export).`,
      );
    }
  }
  return findings.sort((a, b) => a.offset - b.offset);
}

/** The css`` templates of a TypeScript/JavaScript source, with their offsets. Interpolations are blanked. */
export function cssTemplates(sourceText) {
  const templates = [];
  for (const m of sourceText.matchAll(/\bcss\s*`/g)) {
    const start = m.index + m[0].length;
    let text = '';
    let i = start;
    for (; i < sourceText.length && sourceText[i] !== '`'; i++) {
      if (sourceText[i] === '\\') {
        text += '  ';
        i++;
      } else if (sourceText[i] === '$' && sourceText[i + 1] === '{') {
        let depth = 0;
        const from = i;
        for (; i < sourceText.length; i++) {
          if (sourceText[i] === '{') depth++;
          else if (sourceText[i] === '}' && --depth === 0) break;
        }
        text += sourceText.slice(from, i + 1).replace(/[^\n]/g, ' ');
      } else text += sourceText[i];
    }
    templates.push({ start, text });
  }
  return templates;
}

/** Checks one file; returns findings with file, line, column and message. */
export function checkSource(sourceText, file, tokens) {
  const results = [];
  // A stylesheet is checked whole; a script, in its css`` templates.
  const templates = file.endsWith('.css')
    ? [{ start: 0, text: sourceText }]
    : cssTemplates(sourceText);
  for (const template of templates) {
    for (const finding of checkCssText(template.text, tokens)) {
      const before = sourceText.slice(0, template.start + finding.offset).split('\n');
      results.push({
        file,
        line: before.length,
        column: before.at(-1).length + 1,
        message: finding.message,
      });
    }
  }
  return results;
}

async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'dist')
      files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

/** The default file set: component style files and core files with css``. */
export async function defaultStyleFiles(root = REPO_ROOT) {
  const components = (await walk(path.join(root, 'packages/components/src'))).filter(
    (f) => f.endsWith('.styles.ts') || f.endsWith('.css'),
  );
  const core = [];
  for (const file of await walk(path.join(root, 'packages/core/src'))) {
    if (
      /\.(ts|js)$/.test(file) &&
      !file.endsWith('.d.ts') &&
      /\bcss\s*`/.test(await readFile(file, 'utf8'))
    )
      core.push(file);
  }
  return [...components, ...core].sort();
}

/**
 * Checks files (or directories) and returns all findings.
 * @param {string[]} targets
 * @param {{ tokens?: Map<string, {value: string, tier: string}> }} [options]
 */
export async function checkStyles(targets, { tokens } = {}) {
  tokens ??= await loadTokenValues();
  const files = [];
  for (const target of targets) {
    const all = await walk(target);
    files.push(...(all.length ? all.filter((f) => /\.(ts|js|mjs|css)$/.test(f)) : [target]));
  }
  const findings = [];
  for (const file of files)
    findings.push(...checkSource(await readFile(file, 'utf8'), file, tokens));
  return { files, findings };
}

async function main() {
  const args = process.argv.slice(2);
  const targets = args.length ? args.map((a) => path.resolve(a)) : await defaultStyleFiles();
  if (!targets.length) {
    console.log(
      'check-styles: no component style files found yet (packages/components/src/**/*.styles.ts, packages/core/src).',
    );
    return;
  }
  const { files, findings } = await checkStyles(targets);
  const rel = (f) => path.relative(process.cwd(), f) || f;
  for (const f of findings) console.error(`${rel(f.file)}:${f.line}:${f.column}  ${f.message}`);
  if (findings.length) {
    console.error(
      `\ncheck-styles: ${findings.length} problem(s) in ${new Set(findings.map((f) => f.file)).size} of ${files.length} file(s).` +
        '\nComponent styles must use design tokens with their federal value as fallback: var(--bf-<token>, <federal value>).',
    );
    process.exitCode = 1;
  } else {
    console.log(
      `check-styles: ${files.length} file(s) checked, every colour and size comes from a token.`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}

export { parseColor };
