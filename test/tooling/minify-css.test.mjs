import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  minifyCss,
  minifyCssLiterals,
  minifyCssTemplate,
} from '../../scripts/minify-css-literals.mjs';

test('minifyCss drops comments and white space, keeps selectors and values intact', () => {
  const css = `
    /* A comment */
    :host([hidden]) {
      display: none !important;
    }
    .a :hover,
    .b > .c {
      margin: 0 auto;
      font-family: 'Noto Sans', sans-serif;
      transition: color var(--bf-duration-fast, 100ms) cubic-bezier(0.2, 0, 0, 1);
    }
    @media (forced-colors: active) {
      .a { color: LinkText; }
    }`;
  assert.equal(
    minifyCss(css),
    ":host([hidden]){display:none !important}.a :hover,.b>.c{margin:0 auto;font-family:'Noto Sans',sans-serif;transition:color var(--bf-duration-fast,100ms) cubic-bezier(0.2,0,0,1)}@media (forced-colors:active){.a{color:LinkText}}",
  );
});

test('an interpolated template keeps its interpolations and the space between two of them', () => {
  const body = `
    /* Shared */
    \${shared}
    .y {
      font-family: \${fontFamily};
      padding: \${block} \${inline};
    }
  `;
  assert.equal(
    minifyCssTemplate(body),
    '${shared} .y{font-family:${fontFamily};padding:${block} ${inline}}',
  );
});

test('the plugin rewrites the css templates of sources, interpolated ones too', () => {
  const plugin = minifyCssLiterals();
  const source =
    'const a = css`\n  .x {\n    color: red;\n  }\n`;\nconst b = css`.y { color: ${c}; }`;';
  const result = plugin.transform(source, '/repo/packages/core/src/styles.ts');
  assert.equal(result.code, 'const a = css`.x{color:red}`;\nconst b = css`.y{color:${c}}`;');
  assert.equal(plugin.transform(source, '/repo/node_modules/lit/index.ts'), null);
});
