// Every Belfry component renders on a server (Node, @lit-labs/ssr, the BUILT packages, no DOM
// but Lit's shim): each one's fixtures in test/<component>/ssr.fixtures.mjs are rendered and
// checked. A component without fixtures fails. Needs `npm run build`.
import { domAccesses } from './dom-trap.mjs';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { attr, elements, parse, shadowRoot } from './html.mjs';
import { fixturesPath, loadComponents, loadFixtures, renderFixture } from './render.mjs';

const components = await loadComponents();
const belfryTags = new Set(components.flatMap((component) => component.tags));

describe('server rendering', () => {
  it('finds the built components', () => {
    assert.ok(components.length > 0, 'no dist/<folder>/index.js defines an element');
  });

  after(() => {
    // Also covers import time: the trap was set before any Belfry module was loaded.
    assert.deepEqual(domAccesses(), [], 'Belfry read a browser-only global on the server');
  });

  for (const component of components) {
    describe(`${component.folder} (${component.tags.join(', ')})`, () => {
      let fixtures;
      before(async () => {
        fixtures = await loadFixtures(component);
      });

      it(`has server-render fixtures for every element it defines`, () => {
        assert.ok(
          fixtures,
          `${fixturesPath(component)} is missing: declare what the server must render for ` +
            `${component.tags.join(', ')} (see docs/guides/server-rendering.md).`,
        );
        assert.ok(Array.isArray(fixtures) && fixtures.length > 0, 'export a non-empty `fixtures`');
        const rendered = new Set(
          fixtures.flatMap((fixture) =>
            [...fixture.template.strings.join('').matchAll(/<([a-z][\w-]*-[\w-]*)/g)].map(
              (match) => match[1],
            ),
          ),
        );
        for (const tag of component.tags) {
          assert.ok(rendered.has(tag), `no fixture in ${fixturesPath(component)} renders <${tag}>`);
        }
      });

      it('renders each fixture as checked', async (t) => {
        assert.ok(fixtures, `${fixturesPath(component)} is missing`);
        const names = new Set();
        for (const fixture of fixtures) {
          await t.test(fixture.name, async () => {
            assert.ok(!names.has(fixture.name), `two fixtures are named ${fixture.name}`);
            names.add(fixture.name);
            const { html, warnings } = await renderFixture(fixture);
            const unexpected = warnings.filter(
              (warning) => !(fixture.warnings ?? []).some((pattern) => pattern.test(warning)),
            );
            assert.deepEqual(unexpected, [], 'unexpected console warnings');
            const fragment = parse(html);
            // Every Belfry element arrives with its declarative shadow root and its styles, so
            // it looks right before any script runs.
            const hosts = [...elements(fragment)].filter((el) => belfryTags.has(el.tagName));
            assert.ok(hosts.length > 0, 'the fixture renders no Belfry element');
            for (const host of hosts) {
              const root = shadowRoot(host);
              assert.ok(root, `<${host.tagName}> has no declarative shadow root`);
              const styles = root.childNodes.filter((node) => node.tagName === 'style');
              assert.equal(styles.length, 1, `<${host.tagName}> has no <style> in its shadow root`);
              // Marks it as server-rendered, for the styles of elements not yet defined.
              assert.notEqual(attr(host, 'data-bf-ssr'), null);
            }
            fixture.check({ html, fragment, warnings });
          });
        }
      });
    });
  }
});
