import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  minifyHtmlInSource,
  minifyHtmlLiterals,
  minifyTemplateParts,
} from '../../scripts/minify-html-literals.mjs';

test('white space between and inside tags shrinks; line breaks stay for source maps', () => {
  const source = [
    'const t = html`',
    '      <slot name="start"></slot>',
    '      <span   part="text"   class="text"><slot></slot></span>',
    '    `;',
  ].join('\n');
  assert.equal(
    minifyHtmlInSource(source),
    [
      'const t = html`',
      '<slot name="start"></slot>',
      '<span part="text" class="text"><slot></slot></span>',
      '`;',
    ].join('\n'),
  );
});

test('text keeps one space where it had white space, so words and inline elements stay apart', () => {
  assert.deepEqual(minifyTemplateParts(['<p>Hello,    <b>', '</b>   and  goodbye\t</p>']), [
    '<p>Hello, <b>',
    '</b> and goodbye </p>',
  ]);
});

test('attribute values are never changed, quoted or not, static or bound', () => {
  assert.deepEqual(
    minifyTemplateParts([
      '<a  title="Two   spaces"  data-x=\'a  b\'  href=',
      '\n   class="  ',
      '  keep  "\n  id=one\n  >x</a>',
    ]),
    ['<a title="Two   spaces" data-x=\'a  b\' href=', '\nclass="  ', '  keep  "\nid=one\n>x</a>'],
  );
});

test('white space before `/>` stays, so `/` never joins an unquoted value', () => {
  assert.deepEqual(minifyTemplateParts(['<input value=', '   />']), ['<input value=', ' />']);
  assert.deepEqual(minifyTemplateParts(['<input value=', '   >']), ['<input value=', '>']);
});

test('<pre>, <textarea>, <script> and <style> keep their content exactly', () => {
  const parts = [
    '<div>  a  </div><pre>  line 1\n    line 2  ',
    '  </pre><textarea>  typed\n  text </textarea><style> p  { } </style><div>  b  </div>',
  ];
  assert.deepEqual(minifyTemplateParts(parts), [
    '<div> a </div><pre>  line 1\n    line 2  ',
    '  </pre><textarea>  typed\n  text </textarea><style> p  { } </style><div> b </div>',
  ]);
});

test('static comments go; a comment around a binding stays', () => {
  assert.deepEqual(minifyTemplateParts(['<p>a<!-- a note -->b</p>']), ['<p>ab</p>']);
  assert.deepEqual(minifyTemplateParts(['<!-- ', ' --><p></p>']), ['<!-- ', ' --><p></p>']);
});

test('expressions and escapes are left alone; nested templates are minified too', () => {
  const source =
    "const t = html`<p>\n    ${cond ? html`<b>  x  </b>` : 'a    b'}  \\`quoted\\`  </p>`;";
  assert.equal(
    minifyHtmlInSource(source),
    "const t = html`<p>\n${cond ? html`<b> x </b>` : 'a    b'} \\`quoted\\` </p>`;",
  );
});

test('only `html` templates are touched, and only in package sources', () => {
  const source = 'const a = css`  .x { }  `;\nconst b = svg`<g>  </g>`;\nconst c = `<p>  </p>`;';
  assert.equal(minifyHtmlInSource(source), null);
  const plugin = minifyHtmlLiterals();
  const code = 'const t = html`<p>  x  </p>`;';
  assert.equal(
    plugin.transform(code, '/repo/packages/core/src/a.ts').code,
    'const t = html`<p> x </p>`;',
  );
  assert.equal(plugin.transform(code, '/repo/node_modules/lit/index.js'), null);
});
