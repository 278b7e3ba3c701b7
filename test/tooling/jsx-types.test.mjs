// The published manifest and the JSX types generated from it, end to end: a small component
// with events goes through the real analyzer configuration (custom-elements-manifest.config.mjs),
// the JSX types are generated from the result, and a TSX consumer is type-checked against them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import config from '../../custom-elements-manifest.config.mjs';
import { generateJsxTypes } from '../../scripts/generate-jsx-types.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A component as a contributor would write one: JSDoc @fires, one event declared for `emit`. */
const fooSource = `import type { PropertyDeclarations } from 'lit';
import { BelfryElement } from '@belfry/core';

/**
 * @summary A fixture with events.
 * @tag bf-foo
 * @fires bf-foo-change - Fired when the value changes; \`detail.value\` is the new value.
 * @fires bf-foo-undeclared - An event whose detail is not declared.
 */
export class BfFoo extends BelfryElement {
  static override properties: PropertyDeclarations = {
    value: {},
    count: { type: Number },
  };

  static shared = 1;

  /** The value. */
  value = '';

  /** How many times it changed. */
  count = 0;

  /** The form it belongs to. */
  get form(): HTMLFormElement | null {
    return null;
  }

  /** Opens it. */
  open(): void {
    this.emit('bf-foo-change', { value: this.value });
  }
}

declare global {
  interface BelfryEventDetails {
    'bf-foo-change': { value: string };
  }
}
`;

const indexSource = `import { BfFoo } from './foo.js';

export { BfFoo } from './foo.js';

BfFoo.define('bf-foo');

declare global {
  interface HTMLElementTagNameMap {
    'bf-foo': BfFoo;
  }
}
`;

function analyze() {
  const files = {
    'packages/components/src/foo/foo.ts': fooSource,
    'packages/components/src/foo/index.ts': indexSource,
    'packages/core/src/belfry-element.ts': readFileSync(
      join(root, 'packages/core/src/belfry-element.ts'),
      'utf8',
    ),
  };
  const modules = Object.entries(files).map(([path, text]) =>
    ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true),
  );
  return create({ modules, plugins: [...litPlugin(), ...config.plugins], context: {} });
}

test('the manifest has package paths, definition exports and events', () => {
  const manifest = analyze();
  assert.deepEqual(
    manifest.modules.map((mod) => mod.path),
    ['dist/foo/foo.js', 'dist/foo/index.js'],
    'only the package modules, with their built paths',
  );
  const index = manifest.modules[1];
  assert.deepEqual(
    index.exports.find((entry) => entry.kind === 'custom-element-definition'),
    {
      kind: 'custom-element-definition',
      name: 'bf-foo',
      declaration: { name: 'BfFoo', module: 'dist/foo/foo.js' },
    },
  );
  const foo = manifest.modules[0].declarations.find((declaration) => declaration.name === 'BfFoo');
  assert.equal(foo.tagName, 'bf-foo');
  assert.deepEqual(foo.superclass, { name: 'BelfryElement', package: '@belfry/core' });
  assert.deepEqual(
    foo.events.map((event) => event.name),
    ['bf-foo-change', 'bf-foo-undeclared'],
  );
  const strings = foo.members.find((member) => member.name === 'strings');
  assert.deepEqual(strings.inheritedFrom, { name: 'BelfryElement', package: '@belfry/core' });
  assert.doesNotMatch(JSON.stringify(manifest), /packages\//, 'no repository path is left');
});

test('the JSX types list settable properties and the @fires events', () => {
  const types = generateJsxTypes(analyze());
  assert.match(types, /import type \{ BfFoo \} from '\.\/foo\/foo\.js';/);
  assert.match(types, /export interface BfFooProps extends BelfryEventProps \{/);
  assert.match(types, /\/\*\* The value\. \*\/\n {2}value\?: BfFoo\['value'\];/);
  assert.match(types, /strings\?: BfFoo\['strings'\];/, 'inherited properties too');
  assert.match(
    types,
    /\/\*\* Fired when the value changes; `detail\.value` is the new value\. \*\/\n {2}'onbf-foo-change'\?: BelfryEventHandler<'bf-foo-change'>;/,
  );
  assert.doesNotMatch(types, /\bform\?:/, 'a read-only property is not a prop');
  assert.doesNotMatch(types, /\bshared\?:|\bopen\?:/, 'nor a static field or a method');
  assert.match(types, /'bf-foo': BelfryReactProps<BfFoo, BfFooProps>;/);
});

/** A React 19 app using <bf-foo>; each @ts-expect-error must be an error, the rest must not. */
const app = `import { useRef } from 'react';
import type {} from './dist/jsx.js';
import type { BfFoo } from './dist/foo/foo.js';

declare global {
  interface BelfryEventDetails {
    'bf-app-step': { step: number };
  }
}

export function App() {
  const ref = useRef<BfFoo>(null);
  return (
    <form>
      <bf-foo
        ref={ref}
        id="foo"
        className="wide"
        value="x"
        count={2}
        onbf-foo-change={(event) => console.log(event.detail.value.toUpperCase())}
        onbf-foo-undeclared={(event) => console.log(event.detail)}
        onbf-app-step={(event) => console.log(event.detail.step.toFixed(0))}
      >
        Text
      </bf-foo>
      {/* @ts-expect-error value is a string */}
      <bf-foo value={1} />
      {/* @ts-expect-error the detail of bf-foo-change has no count */}
      <bf-foo onbf-foo-change={(event) => console.log(event.detail.count)} />
      {/* @ts-expect-error an undeclared detail is unknown */}
      <bf-foo onbf-foo-undeclared={(event) => console.log(event.detail.value)} />
      {/* @ts-expect-error the detail of bf-app-step is a number */}
      <bf-foo onbf-app-step={(event: CustomEvent<string>) => console.log(event.detail)} />
      {/* @ts-expect-error form is read-only */}
      <bf-foo form={null} />
      {/* @ts-expect-error no such element */}
      <bf-nothing />
    </form>
  );
}
`;

test('a TSX consumer type-checks against the generated types, and wrong uses fail', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'belfry-jsx-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'dist/foo'), { recursive: true });
  // The generated declarations as a .ts file, so that they are type-checked too (a .d.ts file
  // would be skipped by skipLibCheck).
  writeFileSync(join(dir, 'dist/jsx.ts'), generateJsxTypes(analyze()));
  writeFileSync(join(dir, 'dist/foo/foo.ts'), fooSource);
  writeFileSync(join(dir, 'app.tsx'), app);

  const program = ts.createProgram([join(dir, 'app.tsx')], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    experimentalDecorators: true,
    useDefineForClassFields: false,
    paths: { '@belfry/core': [join(root, 'packages/core/src/index.ts')] },
  });
  const problems = ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  assert.deepEqual(problems, []);
});
