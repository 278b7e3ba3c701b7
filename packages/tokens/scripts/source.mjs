/**
 * Reads the DTCG token source (`tokens/` at the repository root), validates it and resolves one
 * complete token set per theme with style-dictionary. No files are written here, so the style
 * checker and the tests can use the same resolved values as the build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import StyleDictionary from 'style-dictionary';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../..');
export const DEFAULT_SOURCE_DIR = path.join(REPO_ROOT, 'tokens');
export const PREFIX = 'bf';
export const TIERS = /** @type {const} */ (['primitive', 'semantic', 'component']);
export const DEFAULT_THEME = 'federal';
const THEME_EXTENSION = 'be.belfry.theme';

/** Error whose message is meant for people; the CLI prints it without a stack trace. */
export class TokenBuildError extends Error {
  /** @param {string} message @param {string[]} [details] */
  constructor(message, details = []) {
    super(details.length ? `${message}\n${details.map((d) => `  - ${d}`).join('\n')}` : message);
    this.name = 'TokenBuildError';
    this.details = details;
  }
}

const isToken = (node) => node !== null && typeof node === 'object' && '$value' in node;
const isGroupKey = (key) => !key.startsWith('$');

/** Calls visit(pathArray, tokenNode) for every token in a DTCG tree. */
export function walkTokens(tree, visit, trail = []) {
  for (const [key, node] of Object.entries(tree)) {
    if (!isGroupKey(key) || node === null || typeof node !== 'object') continue;
    if (isToken(node)) visit([...trail, key], node);
    else walkTokens(node, visit, [...trail, key]);
  }
}

/** Copies `overrides` into `target` (both DTCG trees), token by token. */
function applyOverrides(target, overrides) {
  walkTokens(overrides, (tokenPath, token) => {
    let node = target;
    for (const key of tokenPath.slice(0, -1)) node = node[key] ??= {};
    const last = tokenPath.at(-1);
    // Keep the base description and type unless the theme gives its own.
    node[last] = { ...node[last], ...structuredClone(token) };
  });
}

async function readJson(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new TokenBuildError(
      `Cannot read token file ${path.relative(REPO_ROOT, file)}: ${error.message}`,
    );
  }
}

async function jsonFiles(dir) {
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Loads the three tiers, the theme files, the contrast pairs and the theme rules.
 * @param {{ sourceDir?: string, extraThemeDirs?: string[] }} [options]
 */
export async function loadSource({ sourceDir = DEFAULT_SOURCE_DIR, extraThemeDirs = [] } = {}) {
  const base = {};
  /** @type {Map<string, { tier: string, file: string, value: unknown }>} */
  const tierOf = new Map();
  const problems = [];

  for (const tier of TIERS) {
    for (const file of await jsonFiles(path.join(sourceDir, tier))) {
      const tree = await readJson(file);
      walkTokens(tree, (tokenPath, token) => {
        const id = tokenPath.join('.');
        const seen = tierOf.get(id);
        if (seen)
          problems.push(
            `${id} is defined twice (${path.basename(seen.file)} and ${path.basename(file)})`,
          );
        tierOf.set(id, { tier, file, value: token.$value });
      });
      mergeGroups(base, tree);
    }
  }
  if (problems.length)
    throw new TokenBuildError('The token source has duplicate tokens:', problems);

  const rules = await readJson(path.join(sourceDir, 'theme-rules.json'));
  const { pairs } = await readJson(path.join(sourceDir, 'contrast-pairs.json'));

  const themeFiles = [
    ...(await jsonFiles(path.join(sourceDir, 'themes'))),
    ...(await Promise.all(extraThemeDirs.map((dir) => jsonFiles(path.resolve(dir))))).flat(),
  ];
  const themes = [];
  for (const file of themeFiles) themes.push(readTheme(file, await readJson(file), tierOf, rules));

  const names = new Set();
  for (const theme of themes) {
    if (names.has(theme.name))
      problems.push(`theme "${theme.name}" is defined twice (${theme.file})`);
    names.add(theme.name);
  }
  if (!names.has(DEFAULT_THEME)) problems.push(`there is no "${DEFAULT_THEME}" theme`);
  for (const theme of themes) {
    if (theme.extends && !themes.some((t) => t.name === theme.extends && t.kind === 'base')) {
      problems.push(`theme "${theme.name}" extends "${theme.extends}", which is not a base theme`);
    }
  }
  if (problems.length) throw new TokenBuildError('The themes are not valid:', problems);

  // Default theme first, then base themes, then agency themes, each group alphabetical.
  const order = (t) => (t.name === DEFAULT_THEME ? 0 : t.kind === 'base' ? 1 : 2);
  themes.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name));
  return { base, tierOf, rules, pairs, themes, sourceDir };
}

/** Deep-merges groups (not tokens) so several files can add to the same group, e.g. `color`. */
function mergeGroups(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      !isToken(value) &&
      isGroupKey(key)
    ) {
      target[key] = mergeGroups(target[key] ?? {}, value);
    } else {
      target[key] = structuredClone(value);
    }
  }
  return target;
}

function readTheme(file, tree, tierOf, rules) {
  const meta = tree.$extensions?.[THEME_EXTENSION] ?? {};
  const name = meta.name ?? path.basename(file, '.json');
  const kind = meta.kind ?? 'agency';
  const where = `theme "${name}" (${path.basename(file)})`;
  const problems = [];
  if (!/^[a-z][a-z0-9-]*$/.test(name))
    problems.push(`${where}: the name must be lower-case letters, digits and hyphens`);
  if (!['base', 'agency'].includes(kind))
    problems.push(`${where}: kind must be "base" or "agency", not "${kind}"`);
  const contrastLevel = meta.contrastLevel ?? 'AA';
  if (!rules.contrastLevels[contrastLevel])
    problems.push(`${where}: unknown contrastLevel "${contrastLevel}"`);

  const overrides = {};
  for (const [key, value] of Object.entries(tree)) if (isGroupKey(key)) overrides[key] = value;
  const allowed = new Set(rules.agencyOverridable);
  walkTokens(overrides, (tokenPath) => {
    const id = tokenPath.join('.');
    const source = tierOf.get(id);
    if (!source)
      problems.push(
        `${where}: overrides "${id}", which does not exist in the token source (typo?)`,
      );
    else if (source.tier === 'component') {
      const reference = referenceOf(source.value);
      problems.push(
        `${where}: overrides component token "${id}". Component tokens are not in the theme CSS: ` +
          `components read the token it refers to${reference ? ` (${reference})` : ''}, so change that semantic token instead`,
      );
    } else if (kind === 'agency' && !allowed.has(id)) {
      problems.push(
        `${where}: agency themes may only change the accent set (${rules.agencyOverridable.join(', ')}), not "${id}"`,
      );
    }
  });
  if (problems.length) throw new TokenBuildError('A theme file is not valid:', problems);

  return {
    name,
    label: meta.label ?? name,
    kind,
    extends:
      meta.extends ?? (name === DEFAULT_THEME ? null : kind === 'agency' ? DEFAULT_THEME : null),
    colorScheme: meta.colorScheme ?? 'light',
    contrastLevel,
    description: tree.$description ?? '',
    file,
    overrides,
  };
}

/** The full DTCG tree of one theme: the base tiers plus the overrides of the theme it extends, plus its own. */
export function themeTree(source, theme) {
  const tree = structuredClone(source.base);
  const parent = theme.extends ? source.themes.find((t) => t.name === theme.extends) : null;
  if (parent) applyOverrides(tree, parent.overrides);
  applyOverrides(tree, theme.overrides);
  return tree;
}

/** Transforms that keep values as authored (hex stays hex, ms stays ms) and give `--bf-*` names. */
const CSS_TRANSFORMS = [
  'attribute/cti',
  'name/kebab',
  'fontFamily/css',
  'cubicBezier/css',
  'shadow/css/shorthand',
];

/**
 * @typedef {object} ResolvedToken
 * @property {string} id         dotted path, e.g. "color.action"
 * @property {string[]} path
 * @property {string} name       kebab name without prefix, e.g. "color-action"
 * @property {string} cssVar     e.g. "--bf-color-action"
 * @property {string|number} value  resolved, CSS-ready value
 * @property {unknown} original  the $value as written (may hold a {reference})
 * @property {string} type
 * @property {string} description
 * @property {string} tier
 * @property {object} sdToken    style-dictionary's transformed token (for its formatters)
 */

/** The token a value refers to when it is exactly one `{reference}` (e.g. "color.action"), else null. */
export const referenceOf = (original) =>
  typeof original === 'string' && /^\{[^{}]+\}$/.test(original) ? original.slice(1, -1) : null;

/**
 * Component tokens are not declared in the CSS: a component reads `var(--bf-<component token>,
 * var(--bf-<token it refers to>, …))`, so what renders is the first token of the reference chain
 * that is not a component token. Returns that token, or null when the component token is a
 * literal (such as `transparent`), which then renders as itself.
 * @param {Map<string, ResolvedToken>} tokens  one theme's tokens
 * @param {string} id
 * @returns {ResolvedToken | null}
 */
export function renderedThrough(tokens, id) {
  let token = tokens.get(id);
  const seen = new Set();
  while (token?.tier === 'component' && !seen.has(token.id)) {
    seen.add(token.id);
    const reference = referenceOf(token.original);
    if (!reference) return null;
    token = tokens.get(reference);
  }
  return token?.tier === 'component' ? null : (token ?? null);
}

/** The `var()` chain to read a token with in CSS: `var(--bf-button-primary-bg, var(--bf-color-action))`. */
export function cssUsage(tokens, id) {
  const chain = [];
  let token = tokens.get(id);
  while (token) {
    chain.push(token.cssVar);
    if (token.tier !== 'component') break;
    const reference = referenceOf(token.original);
    if (!reference) {
      // A literal component token (e.g. `transparent`) falls back to its own value.
      return `${chain.map((v) => `var(${v}, `).join('')}${token.value}${')'.repeat(chain.length)}`;
    }
    token = tokens.get(reference);
  }
  return `${chain
    .slice(0, -1)
    .map((v) => `var(${v}, `)
    .join('')}var(${chain.at(-1)})${')'.repeat(chain.length - 1)}`;
}

/**
 * Resolves every theme with style-dictionary.
 * @returns {Promise<Array<{ theme: object, tokens: Map<string, ResolvedToken>, dictionary: object }>>}
 */
export async function resolveThemes(source) {
  return Promise.all(
    source.themes.map(async (theme) => {
      const sd = new StyleDictionary({
        tokens: themeTree(source, theme),
        usesDtcg: true,
        log: { verbosity: 'silent', warnings: 'disabled' },
        platforms: { css: { prefix: PREFIX, transforms: CSS_TRANSFORMS } },
      });
      let dictionary;
      try {
        dictionary = await sd.getPlatformTokens('css');
      } catch (error) {
        throw new TokenBuildError(`Theme "${theme.name}" cannot be resolved: ${error.message}`);
      }
      /** @type {Map<string, ResolvedToken>} */
      const tokens = new Map();
      for (const token of dictionary.allTokens) {
        const id = token.path.join('.');
        tokens.set(id, {
          id,
          path: token.path,
          name: token.name.replace(new RegExp(`^${PREFIX}-`), ''),
          cssVar: `--${token.name}`,
          value: token.$value,
          original: token.original.$value,
          type: token.$type,
          description: token.$description ?? '',
          tier: source.tierOf.get(id)?.tier ?? 'semantic',
          sdToken: token,
        });
      }
      return { theme, tokens, dictionary };
    }),
  );
}
