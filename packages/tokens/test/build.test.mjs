import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildTokens } from '../scripts/build.mjs';

let outDir;
let result;
const read = (relative) => readFile(path.join(outDir, relative), 'utf8');
const readJson = async (relative) => JSON.parse(await read(relative));

before(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'belfry-tokens-'));
  result = await buildTokens({ outDir });
  return async () => rm(outDir, { recursive: true, force: true });
});

const THEMES = ['federal', 'dark', 'high-contrast', 'agency-finance', 'agency-pensions'];

test('builds every output format, well under 10 seconds', async () => {
  const expected = [
    'css/belfry.css',
    ...THEMES.map((t) => `css/themes/${t}.css`),
    'scss/_tokens.scss',
    'js/tokens.js',
    'js/tokens.d.ts',
    'json/tokens.json',
    'json/tokens.flat.json',
    'figma/tokens-studio.json',
    'contrast-report.json',
    'contrast-report.md',
  ];
  for (const file of expected) {
    const info = await stat(path.join(outDir, file));
    assert.ok(info.size > 100, `${file} is empty`);
  }
  assert.deepEqual(result.themes, THEMES);
  assert.ok(result.milliseconds < 10_000, `build took ${result.milliseconds} ms`);
});

test('belfry.css scopes themes and selects dark/high-contrast from user preferences', async () => {
  const css = await read('css/belfry.css');
  // :where() keeps theme selectors at zero specificity, so a page's own rule always wins.
  assert.match(css, /^:where\(:root, \[data-bf-theme="federal"\]\) \{/m);
  for (const theme of THEMES.slice(1))
    assert.match(css, new RegExp(`^:where\\(\\[data-bf-theme="${theme}"\\]\\) \\{`, 'm'));
  assert.match(
    css,
    /@media \(prefers-color-scheme: dark\) \{\n {2}:where\(:root:not\(\[data-bf-theme\]\)\) \{/,
  );
  assert.match(
    css,
    /@media \(prefers-contrast: more\) \{\n {2}:where\(:root:not\(\[data-bf-theme\]\)\) \{/,
  );
  // The high-contrast query comes last, so it wins when both preferences are set.
  assert.ok(css.indexOf('prefers-contrast: more') > css.indexOf('prefers-color-scheme: dark'));
  // Every rule declares plain values: no var() that would be resolved, and pinned, where declared.
  assert.doesNotMatch(css, /var\(/);
});

/** Declarations of component tokens (`--bf-button-…: …;`) in a stylesheet. */
async function componentDeclarations(css) {
  const catalog = await readJson('json/tokens.catalog.json');
  const components = new Set(
    catalog.tokens.filter((t) => t.tier === 'component').map((t) => t.id.split('.')[0]),
  );
  assert.ok(components.has('button') && components.has('field') && components.has('alert'));
  const pattern = new RegExp(`^\\s*--bf-(${[...components].join('|')})-[\\w-]+\\s*:`, 'gm');
  return css.match(pattern) ?? [];
}

test('the CSS declares no component token, so any rule can override the semantic ones', async () => {
  const catalog = await readJson('json/tokens.catalog.json');
  const semantic = catalog.tokens.filter((t) => t.tier === 'semantic');
  for (const file of ['css/belfry.css', ...THEMES.map((t) => `css/themes/${t}.css`)]) {
    const css = await read(file);
    assert.deepEqual(await componentDeclarations(css), [], `${file} declares component tokens`);
    // What components fall back to is there: every semantic token, in every theme block.
    for (const token of semantic)
      assert.ok(css.includes(`${token.cssVar}:`), `${file} lacks ${token.cssVar}`);
  }
  const css = await read('css/belfry.css');
  const blocks = css.split(/^(?=:where|@media)/m).filter((b) => /^(:where|@media)/.test(b));
  assert.equal(blocks.length, THEMES.length + 2); // every theme, plus the two automatic ones
  for (const block of blocks) {
    for (const token of semantic)
      assert.ok(
        block.includes(`${token.cssVar}:`),
        `${block.split('\n')[0]} lacks ${token.cssVar}`,
      );
  }
  // The check itself finds a declaration when there is one.
  assert.equal((await componentDeclarations('a {\n  --bf-button-primary-bg: red;\n}')).length, 1);
});

test('component tokens stay documented override points in the JS, JSON and Figma outputs', async () => {
  const flat = await readJson('json/tokens.flat.json');
  const catalog = await readJson('json/tokens.catalog.json');
  const mod = await import(pathToFileURL(path.join(outDir, 'js/tokens.js')).href);
  for (const theme of THEMES) {
    assert.equal(flat[theme]['--bf-button-primary-bg'], flat[theme]['--bf-color-action']);
    assert.equal(mod.themes[theme]['--bf-button-primary-bg'], flat[theme]['--bf-color-action']);
  }
  assert.equal(mod.buttonPrimaryBg, mod.colorAction);
  const components = catalog.tokens.filter((t) => t.tier === 'component');
  assert.ok(components.length > 40);
  const entry = (id) => catalog.tokens.find((t) => t.id === id);
  // How to read it in CSS, and what it renders as until a page sets it.
  assert.equal(
    entry('button.primary.bg').usage,
    'var(--bf-button-primary-bg, var(--bf-color-action))',
  );
  assert.equal(entry('button.primary.bg').rendersAs, 'color.action');
  assert.equal(entry('button.tertiary.bg').usage, 'var(--bf-button-tertiary-bg, transparent)');
  assert.equal(entry('button.tertiary.bg').rendersAs, null);
  assert.equal(entry('color.action').usage, 'var(--bf-color-action)');
  for (const token of components) {
    assert.match(token.usage, new RegExp(`^var\\(${token.cssVar}, `), token.id);
    if (!token.rendersAs) continue;
    // In every theme the component token has exactly the value of the token it renders as.
    for (const theme of THEMES)
      assert.equal(
        token.values[theme],
        entry(token.rendersAs).values[theme],
        `${token.id} ${theme}`,
      );
  }
});

test('the contract token names exist with sensible federal values', async () => {
  const flat = (await readJson('json/tokens.flat.json')).federal;
  const names = [
    'color-text',
    'color-text-muted',
    'color-text-inverse',
    'color-text-on-action',
    'color-link',
    'color-link-visited',
    'color-surface',
    'color-surface-subtle',
    'color-border',
    'color-border-input',
    'color-action',
    'color-action-hover',
    'color-action-active',
    'color-action-disabled',
    'color-text-disabled',
    'color-danger',
    'color-danger-hover',
    'color-danger-active',
    'color-focus-ring',
    'color-focus-ring-inner',
    'color-selection-bg',
    'color-selection-text',
    ...['info', 'success', 'warning', 'error'].flatMap((f) =>
      ['text', 'surface', 'border', 'icon'].map((p) => `color-${f}-${p}`),
    ),
    'focus-ring-width',
    'focus-ring-offset',
    'touch-target-min',
    'font-family-base',
    'font-size-100',
    'font-size-body',
    'line-height-body',
    'line-height-tight',
    'font-weight-regular',
    'font-weight-medium',
    'font-weight-bold',
    'space-1',
    'radius-small',
    'radius-medium',
    'radius-large',
    'radius-pill',
    'border-width-thin',
    'border-width-thick',
    'shadow-small',
    'duration-fast',
    'duration-medium',
    'duration-slow',
    'easing-standard',
    'breakpoint-md',
    'z-modal',
    ...['primary', 'secondary', 'tertiary', 'danger'].flatMap((v) =>
      ['bg', 'bg-hover', 'bg-active', 'fg', 'border'].map((p) => `button-${v}-${p}`),
    ),
    'button-disabled-bg',
    'button-disabled-fg',
    'button-disabled-border',
    'button-radius',
    'button-padding-inline',
    'button-padding-block',
    'button-gap',
    'button-font-weight',
    'button-font-size',
    'button-min-size',
    'button-border-width',
    'alert-error-bg',
    'field-border',
  ];
  for (const name of names) assert.ok(`--bf-${name}` in flat, `--bf-${name} is missing`);
  assert.equal(flat['--bf-touch-target-min'], '2.75rem');
  assert.ok(Number(flat['--bf-line-height-body']) >= 1.5);
  assert.equal(flat['--bf-button-min-size'], flat['--bf-touch-target-min']);
});

test('every size is in rem or em, so it follows the user font size', async () => {
  const catalog = await readJson('json/tokens.catalog.json');
  for (const token of catalog.tokens.filter((t) => t.type === 'dimension')) {
    for (const [theme, value] of Object.entries(token.values)) {
      assert.match(
        String(value),
        /^(0|-?[\d.]+(rem|em))$/,
        `${token.cssVar} in ${theme} is ${value}`,
      );
    }
  }
});

test('shipped themes pass every enforced contrast pair', async () => {
  const report = await readJson('contrast-report.json');
  assert.equal(report.pass, true);
  assert.deepEqual(report.failures, []);
  assert.deepEqual(
    report.themes.map((t) => t.name),
    THEMES,
  );
  for (const theme of report.themes) {
    for (const pair of theme.pairs.filter((p) => p.enforced)) {
      assert.ok(pair.pass, `${theme.name} ${pair.id} ${pair.ratio}`);
    }
  }
  const md = await read('contrast-report.md');
  assert.match(md, /# Belfry contrast report/);
  assert.match(md, /\| on-action \|/);
});

test('high-contrast reaches 7:1 (WCAG AAA) for every text pair', async () => {
  const report = await readJson('contrast-report.json');
  const highContrast = report.themes.find((t) => t.name === 'high-contrast');
  assert.equal(highContrast.contrastLevel, 'AAA');
  const textPairs = highContrast.pairs.filter((p) => p.kind === 'text' && p.enforced);
  assert.ok(textPairs.length > 30);
  for (const pair of textPairs) assert.ok(pair.ratio >= 7, `${pair.id} is ${pair.ratio}:1`);
});

test('declared pairs cover buttons, focus, inputs and every feedback colour', async () => {
  const { pairs } = (await readJson('contrast-report.json')).themes[0];
  const ids = new Set(pairs.map((p) => p.id));
  for (const id of [
    'on-action',
    'on-action-hover',
    'button-secondary-bg',
    'button-tertiary-on-surface',
    'button-danger-bg-active',
    'focus-on-surface',
    'focus-inner-on-action',
    'input-border-on-surface',
    'link-on-surface',
    'button-disabled',
  ]) {
    assert.ok(ids.has(id), `pair ${id} missing`);
  }
  for (const feedback of ['info', 'success', 'warning', 'error']) {
    assert.ok(ids.has(`${feedback}-text-on-${feedback}-surface`));
    assert.ok(ids.has(`${feedback}-text-on-surface`));
  }
  // Disabled controls are exempt in WCAG: reported, not enforced.
  assert.equal(pairs.find((p) => p.id === 'button-disabled').enforced, false);
});

test('pairs of component tokens are measured in every theme as the tokens they render as', async () => {
  const report = await readJson('contrast-report.json');
  const flat = await readJson('json/tokens.flat.json');
  const declared = JSON.parse(
    await readFile(new URL('../../../tokens/contrast-pairs.json', import.meta.url), 'utf8'),
  ).pairs;
  const catalog = await readJson('json/tokens.catalog.json');
  const tierOf = new Map(catalog.tokens.map((t) => [t.id, t.tier]));
  const ref = (r) => r.slice(1, -1);
  const componentPairs = declared.filter(
    (p) =>
      tierOf.get(ref(p.foreground)) === 'component' ||
      tierOf.get(ref(p.background)) === 'component',
  );
  assert.ok(componentPairs.length >= 20, `${componentPairs.length} component pairs`);
  const cssVar = (id) => `--bf-${id.replaceAll('.', '-')}`;
  for (const theme of report.themes) {
    for (const pair of componentPairs) {
      const row = theme.pairs.find((p) => p.id === pair.id);
      assert.ok(row, `${theme.name} has no row for ${pair.id}`);
      for (const side of ['foreground', 'background']) {
        const id = ref(pair[side]);
        const via = row[`${side}Via`];
        if (tierOf.get(id) !== 'component') {
          assert.equal(via, null);
          continue;
        }
        const rendersAs = catalog.tokens.find((t) => t.id === id).rendersAs;
        assert.equal(via, rendersAs, `${theme.name} ${pair.id} ${side}`);
        assert.notEqual(tierOf.get(via), 'component');
        assert.equal(
          row[`${side}Value`],
          flat[theme.name][cssVar(via)],
          `${theme.name} ${pair.id}`,
        );
      }
    }
  }
  const md = await read('contrast-report.md');
  assert.match(
    md,
    /\| button-primary-bg \| `button\.primary\.fg` → `color\.text-on-action` #ffffff \| `button\.primary\.bg` → `color\.action` #1b4f8f \|/,
  );
});

test('the ES module and its types expose the tokens', async () => {
  const mod = await import(pathToFileURL(path.join(outDir, 'js/tokens.js')).href);
  assert.equal(mod.colorAction, mod.themes.federal['--bf-color-action']);
  assert.equal(mod.tokens.color.action, mod.colorAction);
  assert.equal(mod.cssVar('color-action'), 'var(--bf-color-action)');
  assert.deepEqual(mod.themeNames, THEMES);
  const dts = await read('js/tokens.d.ts');
  assert.match(dts, /export type ThemeName = "federal" \| "dark"/);
  assert.match(dts, /export declare const colorAction: "#[0-9a-f]{6}";/);
});

test('SCSS, nested JSON and the Tokens Studio file have the expected shape', async () => {
  const scss = await read('scss/_tokens.scss');
  assert.match(scss, /^\$bf-color-action: #[0-9a-f]{6} !default;/m);
  assert.match(scss, /\$bf-themes: \(\n {2}"federal": \(/);
  const nested = await readJson('json/tokens.json');
  assert.equal(
    nested.dark.color.text,
    (await readJson('json/tokens.flat.json')).dark['--bf-color-text'],
  );
  const studio = await readJson('figma/tokens-studio.json');
  assert.deepEqual(studio.$metadata.tokenSetOrder.slice(0, 3), [
    'primitive',
    'semantic',
    'component',
  ]);
  assert.equal(studio.component.button.primary.bg.value, '{color.action}');
  assert.equal(studio.semantic.color.action.type, 'color');
  assert.equal(studio.$themes.length, THEMES.length);
  assert.equal(
    studio.$themes.find((t) => t.id === 'dark').selectedTokenSets['theme/dark'],
    'enabled',
  );
});

test('the SCSS compiles with Sass, and its values equal the CSS custom properties', async () => {
  const sass = await import('sass');
  const flat = await readJson('json/tokens.flat.json');
  const result = sass.compileString(
    [
      `@use 'tokens' as bf;`,
      `@use 'sass:map';`,
      `.probe { color: bf.$bf-color-action; padding: bf.$bf-space-4; }`,
      `.dark { color: map.get(map.get(bf.$bf-themes, 'dark'), 'color-action'); }`,
    ].join('\n'),
    { loadPaths: [path.join(outDir, 'scss')], style: 'compressed' },
  );
  assert.match(result.css, new RegExp(`\\.probe\\{color:${flat.federal['--bf-color-action']};`));
  assert.ok(result.css.includes(`padding:${flat.federal['--bf-space-4']}`), result.css);
  assert.ok(result.css.includes(`.dark{color:${flat.dark['--bf-color-action']}}`), result.css);
});
