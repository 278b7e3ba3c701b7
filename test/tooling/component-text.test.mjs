// Each component ships only its own built-in text: importing `@belfry/components/<name>` must not
// pull in another component's translations, unless it renders that component. Reads the module
// graph of the built entries (run after `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../packages/components/dist/', import.meta.url));

/** Every file of the package that `entry` imports, directly or not (relative imports only). */
function reachable(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(resolve(dirname(file), specifier));
    }
  };
  visit(entry);
  return [...seen].map((file) => relative(dist, file).split('\\').join('/'));
}

const components = existsSync(dist)
  ? readdirSync(dist, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dist, entry.name, 'index.js')))
      .map((entry) => entry.name)
      .filter((name) => name !== 'internal' && name !== 'development')
  : [];

test('the component entries are built', () => {
  assert.ok(components.includes('button'), 'run `npm run build` first');
});

for (const name of components) {
  test(`@belfry/components/${name} ships no other component's text`, () => {
    const files = reachable(join(dist, name, 'index.js'));
    for (const strings of files.filter((file) => file.endsWith('.strings.js'))) {
      // The e-Box model's phrases (expiry, "No subject") belong to no element: every e-Box
      // component shares them (docs/decisions/0028), and only e-Box components.
      if (strings === 'ebox/model.strings.js' && name.startsWith('ebox')) continue;
      const owner = strings.split('/')[0];
      assert.ok(
        owner === name || files.includes(`${owner}/${owner}.js`),
        `${name} imports ${strings} without rendering <bf-${owner}>`,
      );
    }
  });
}

test('the button ships exactly its own text', () => {
  const files = reachable(join(dist, 'button', 'index.js'));
  assert.deepEqual(
    files.filter((file) => file.endsWith('.strings.js')),
    ['button/button.strings.js'],
  );
});
