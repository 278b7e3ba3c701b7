import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  checkSource,
  checkStyles,
  loadTokenValues,
  normalizeValue,
} from '../../../scripts/check-styles.mjs';

let tokens;
before(async () => {
  tokens = await loadTokenValues();
});

const federal = (name) => tokens.get(name).value;
/** Wraps CSS in a component style module, as the real *.styles.ts files are. */
const styles = (body) =>
  `import { css } from 'lit';\n\nexport const styles = css\`\n${body}\n\`;\n`;
const check = (body) => checkSource(styles(body), 'fixture.styles.ts', tokens);

test('a correct nested fallback chain passes', () => {
  const findings = check(`
  .button {
    background: var(--bf-button-primary-bg, var(--bf-color-action, ${federal('--bf-color-action')}));
    color: var(--bf-button-primary-fg, var(--bf-color-text-on-action, ${federal('--bf-color-text-on-action')}));
    padding: var(--bf-space-2, ${federal('--bf-space-2')}) var(--bf-space-4, ${federal('--bf-space-4')});
    min-block-size: var(--bf-button-min-size, var(--bf-touch-target-min, 2.75rem));
    border: 0 solid transparent;
    inline-size: 100%;
    outline-offset: 0.2em;
    transition: background-color var(--bf-duration-fast, 100ms) var(--bf-easing-standard, cubic-bezier(0.2, 0, 0, 1));
    font-family: var(--bf-font-family-base, ${federal('--bf-font-family-base')});
    white-space: nowrap;
    color: currentColor;
  }
  @media (forced-colors: active) {
    .button { border-color: ButtonText; background: ButtonFace; color: ButtonText; }
  }`);
  assert.deepEqual(findings, []);
});

test('a raw colour fails, with file:line and a suggested token', () => {
  const findings = check(`
  .button {
    color: #1b4f8f;
    background: white;
    border-color: rgb(0 0 0 / 50%);
  }`);
  assert.equal(findings.length, 3);
  assert.equal(findings[0].file, 'fixture.styles.ts');
  assert.equal(findings[0].line, 6);
  assert.match(
    findings[0].message,
    /raw colour "#1b4f8f" in "color: #1b4f8f": use a token, e.g. var\(--bf-color-action, #1b4f8f\)/,
  );
  assert.match(findings[1].message, /raw colour "white"/);
  assert.match(findings[2].message, /raw colour "rgb\(0 0 0 \/ 50%\)"/);
});

test('pixel sizes fail unless they are a token fallback or a justified hairline', () => {
  const findings = check(`
  .a { padding: 8px; margin: 0px; }
  .b { padding: var(--bf-space-2, 8px); }
  .c {
    /* hairline: the visually-hidden clip must stay 1px whatever the font size */
    inline-size: 1px;
    block-size: 1px;
  }
  @media (min-width: 600px) { .d { display: none; } }`);
  const messages = findings.map((f) => f.message);
  assert.equal(findings.length, 4, messages.join('\n'));
  assert.match(messages[0], /absolute size "8px" in "padding: 8px".*var\(--bf-space-2, 0\.5rem\)/);
  assert.match(messages[1], /fallback drift: .*--bf-space-2.*"8px".*"0\.5rem"/);
  assert.match(messages[2], /absolute size "1px" in "block-size: 1px"/); // only the line after the comment is excused
  assert.match(messages[3], /"600px" in "@media/);
});

test('a drifted fallback fails, naming the federal value', () => {
  const [finding, ...rest] = check(`
  .button { background: var(--bf-color-action, #1a4f8b); }`);
  assert.equal(rest.length, 0);
  assert.match(
    finding.message,
    new RegExp(
      `fallback drift: var\\(--bf-color-action, …\\) falls back to "#1a4f8b", but the federal value of --bf-color-action is "${federal('--bf-color-action')}"`,
    ),
  );
});

test('the innermost literal of a chain is checked against the innermost token, and the chain must agree', () => {
  const findings = check(`
  .button {
    background: var(--bf-color-action, var(--bf-color-text, ${federal('--bf-color-text')}));
  }`);
  assert.equal(findings.length, 1);
  assert.match(
    findings[0].message,
    /fallback chain mismatch: .*--bf-color-action is "#1b4f8f" in the federal theme, but the chain falls back to --bf-color-text/,
  );
});

test('after a component token comes the token it refers to, since the fallback is what renders', () => {
  // Same federal value, so only the reference shows the mistake: in the dark theme, and for a
  // page that overrides --bf-color-text-on-action, the button would keep the wrong colour.
  assert.equal(federal('--bf-color-text-inverse'), federal('--bf-color-text-on-action'));
  const findings = check(`
  .button {
    color: var(--bf-button-primary-fg, var(--bf-color-text-inverse, ${federal('--bf-color-text-inverse')}));
    background: var(--bf-button-primary-bg, ${federal('--bf-color-action')});
    border-color: var(--bf-button-tertiary-border, var(--bf-color-surface, ${federal('--bf-color-surface')}));
  }`);
  const messages = findings.map((f) => f.message);
  assert.equal(findings.length, 3, messages.join('\n'));
  assert.match(
    messages[0],
    /--bf-button-primary-fg refers to --bf-color-text-on-action, but the chain falls back to --bf-color-text-inverse\..*use var\(--bf-button-primary-fg, var\(--bf-color-text-on-action, …\)\)/,
  );
  assert.match(
    messages[1],
    /--bf-button-primary-bg refers to --bf-color-action, but the chain falls back to "#1b4f8f"/,
  );
  assert.match(
    messages[2],
    /--bf-button-tertiary-border is "transparent", but the chain falls back to --bf-color-surface.*use var\(--bf-button-tertiary-border, transparent\)/,
  );
});

test('a chain must render the component token in every theme, not only the federal one', () => {
  // A component token made of several values (no single reference) that changes with the theme:
  // a literal fallback is right in the federal theme only.
  const withCompound = new Map(tokens);
  withCompound.set('--bf-test-outline', {
    value: '0.125rem solid #1b4f8f',
    tier: 'component',
    reference: null,
    themes: { federal: '0.125rem solid #1b4f8f', dark: '0.125rem solid #8fb4e6' },
  });
  const findings = checkSource(
    styles('.a { outline: var(--bf-test-outline, 0.125rem solid #1b4f8f); }'),
    'fixture.styles.ts',
    withCompound,
  );
  assert.equal(findings.length, 1);
  assert.match(
    findings[0].message,
    /--bf-test-outline is "0\.125rem solid #8fb4e6" in the dark theme, but the chain renders the literal "0\.125rem solid #1b4f8f" there/,
  );
});

test('unknown tokens, missing fallbacks and system colours outside forced-colors fail', () => {
  const messages = check(`
  .a { color: var(--bf-colour-text, #000); }
  .b { color: var(--bf-color-text); }
  .c { color: CanvasText; }`).map((f) => f.message);
  assert.match(
    messages[0],
    /--bf-colour-text is not a Belfry token \(did you mean --bf-color-text\?\)/,
  );
  assert.match(messages[1], /var\(--bf-color-text\) has no literal fallback/);
  assert.match(messages[2], /system colour "CanvasText".*outside @media \(forced-colors: active\)/);
});

test('private custom properties do not hide raw values or --bf- chains', () => {
  const messages = check(`
  .a { --_bg: var(--_custom, #ff0000); }
  .b { --_fg: var(--_custom, var(--bf-color-text, #000000)); }`).map((f) => f.message);
  assert.equal(messages.length, 2, messages.join('\n'));
  assert.match(messages[0], /raw colour "#ff0000"/);
  assert.match(messages[1], /fallback drift: var\(--bf-color-text, …\)/);
});

test('values that are written differently but mean the same compare equal', () => {
  assert.equal(normalizeValue('#FFF'), normalizeValue('#ffffff'));
  assert.equal(normalizeValue('.5rem'), normalizeValue('0.50rem'));
  assert.equal(normalizeValue("system-ui, 'Segoe UI'"), normalizeValue('system-ui,"Segoe UI"'));
  assert.equal(normalizeValue('0rem 0.0625rem'), normalizeValue('0 0.0625rem'));
});

test('checkStyles() reads files and directories', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'belfry-styles-'));
  try {
    await writeFile(
      path.join(dir, 'good.styles.ts'),
      styles(`:host { color: var(--bf-color-text, ${federal('--bf-color-text')}); }`),
    );
    await writeFile(path.join(dir, 'bad.styles.ts'), styles(':host { color: #123456; }'));
    const { files, findings } = await checkStyles([dir], { tokens });
    assert.equal(files.length, 2);
    assert.equal(findings.length, 1);
    assert.match(findings[0].file, /bad\.styles\.ts$/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('plain stylesheets (such as undefined.css) are checked whole, with their line numbers', () => {
  const css = [
    'bf-button:not(:defined) {',
    `  padding: var(--bf-space-2, ${federal('--bf-space-2')});`,
    '  color: #123456;',
    '}',
  ].join('\n');
  const findings = checkSource(css, 'undefined.css', tokens);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, 3);
  assert.match(findings[0].message, /raw colour "#123456"/);
});
