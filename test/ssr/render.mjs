// Server-renders Belfry's components from the BUILT packages (what a Node server imports), with
// @lit-labs/ssr and nothing but Lit's own DOM shim. Shared by the Node test (ssr.test.mjs) and
// the browser hydration tests, which get the same HTML through render-fixtures.mjs.
// Needs `npm run build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const dist = new URL('packages/components/dist/', root);

/**
 * @typedef {object} SsrFixture A page fragment to render on the server, declared by each
 *   component in test/<component>/ssr.fixtures.mjs.
 * @property {string} name Unique across all components.
 * @property {import('lit').TemplateResult} template What the server renders.
 * @property {string} serverLang The page's language, passed to `setServerLang` for this render
 *   ('' for none); a browser test puts the HTML under this `lang` to hydrate it.
 * @property {RegExp[]} [warnings] Console warnings this render is expected to print (any other
 *   warning fails the test).
 * @property {boolean} [lightDomEnhanced] A field (docs/decisions/0013): when its script runs it
 *   fills its own light DOM (the label's "optional", the hint, ids, `aria-describedby`) and
 *   assigns the page's nodes to its named slots. The hydration test then compares the shadow
 *   roots alone, all slots included, and checks that every node the page wrote is kept.
 * @property {string} [builtFromChildren] Why the element's shadow root grows when its script runs:
 *   its structure follows its light-DOM children, which a server cannot see (a breadcrumb trail
 *   puts each of the page's links in a list item of its own). The hydration test then checks
 *   that every node the server sent, and every node the page wrote, is kept, not the same DOM.
 * @property {string} [sizeChanges] Why this fixture cannot keep its size when its script runs
 *   (e.g. a field given by attributes alone has no label or box before it); the hydration test
 *   then does not compare sizes. Leave it out wherever the size can be kept.
 * @property {(rendered: RenderedFixture) => void} check Assertions on the rendered HTML.
 *
 * @typedef {object} RenderedFixture
 * @property {string} html The server's output.
 * @property {import('parse5').DefaultTreeAdapterMap['documentFragment']} fragment It, parsed.
 * @property {string[]} warnings The console warnings printed while rendering it.
 *
 * @typedef {object} BuiltComponent
 * @property {string} folder The component's folder, e.g. `button` (also its test folder).
 * @property {string} entry Its built entry point, relative to the repository root.
 * @property {string[]} tags The custom elements that importing the entry defines.
 */

/**
 * Imports every built component entry point (`dist/<folder>/index.js`) and records which
 * custom elements each one defines; entry points that define none (such as `locales`) are not
 * components. Fails when an element declared in custom-elements.json is defined by none.
 * @returns {Promise<BuiltComponent[]>}
 */
export async function loadComponents() {
  if (!existsSync(dist))
    throw new Error('packages/components/dist is missing: run `npm run build`.');
  // Lit installs its server DOM shim (including `customElements`) when it is first imported.
  await import('lit');
  const define = customElements.define;
  let defining = [];
  customElements.define = function (tag, ...rest) {
    defining.push(tag);
    return define.call(this, tag, ...rest);
  };
  const imported = [];
  try {
    const folders = readdirSync(dist, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/index.js`, dist)))
      .map((entry) => entry.name)
      .sort();
    for (const folder of folders) {
      defining = [];
      await import(new URL(`${folder}/index.js`, dist).href);
      imported.push({ folder, defined: defining });
    }
  } finally {
    customElements.define = define;
  }
  // An entry also defines the Belfry elements it renders (its `dependencies`), and whichever
  // entry is imported first defines them: a tag belongs to the folder named after it
  // (`bf-icon` to icon/, `bf-summary-list-row` to summary-list/), else to the entry that
  // defined it.
  const owner = (tag) =>
    imported
      .map(({ folder }) => folder)
      .filter((folder) => tag === `bf-${folder}` || tag.startsWith(`bf-${folder}-`))
      .sort((a, b) => b.length - a.length)[0];
  const components = [];
  for (const { folder, defined } of imported) {
    const tags = imported.flatMap((entry) => entry.defined).filter((tag) => owner(tag) === folder);
    tags.push(...defined.filter((tag) => owner(tag) === undefined));
    if (tags.length > 0) {
      components.push({ folder, entry: `packages/components/dist/${folder}/index.js`, tags });
    }
  }
  // The owners of the elements an entry renders come first, as a page loads them (belfry.js
  // registers the icon set before the header): a server-rendered `<bf-icon name="info">` hydrates
  // only when its name is registered.
  const byTag = new Map(
    components.flatMap((component) => component.tags.map((t) => [t, component])),
  );
  const ordered = [];
  const visit = (component) => {
    if (ordered.includes(component)) return;
    for (const tag of component.tags) {
      for (const dependency of Object.keys(customElements.get(tag)?.dependencies ?? {})) {
        const owner = byTag.get(dependency);
        if (owner && owner !== component) visit(owner);
      }
    }
    ordered.push(component);
  };
  components.forEach(visit);
  components.splice(0, components.length, ...ordered);
  const defined = new Set(components.flatMap((component) => component.tags));
  const manifest = JSON.parse(
    readFileSync(new URL('packages/components/custom-elements.json', root), 'utf8'),
  );
  const declared = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean),
  );
  const undefinedTags = declared.filter((tag) => !defined.has(tag));
  if (undefinedTags.length > 0) {
    throw new Error(
      `${undefinedTags.join(', ')} ${undefinedTags.length > 1 ? 'are' : 'is'} in ` +
        'custom-elements.json but no built dist/<folder>/index.js defines it.',
    );
  }
  return components;
}

/**
 * The server-render fixtures of `component`, from test/<folder>/ssr.fixtures.mjs; `null` when
 * that file does not exist.
 * @param {BuiltComponent} component
 * @returns {Promise<SsrFixture[] | null>}
 */
export async function loadFixtures(component) {
  const file = new URL(`test/${component.folder}/ssr.fixtures.mjs`, root);
  if (!existsSync(file)) return null;
  const { fixtures } = await import(file.href);
  return fixtures;
}

/** The path of a component's fixture file, for messages. */
export function fixturesPath(component) {
  return `test/${component.folder}/ssr.fixtures.mjs`;
}

/**
 * Renders one fixture on the server with the language it declares, and collects the console
 * warnings printed meanwhile.
 * @param {SsrFixture} fixture
 * @returns {Promise<{ html: string, warnings: string[] }>}
 */
export async function renderFixture(fixture) {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { setServerLang } = await import('@belfry/core');
  const warnings = [];
  const warn = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    setServerLang(fixture.serverLang);
    return { html: await collectResult(render(fixture.template)), warnings };
  } finally {
    setServerLang('');
    console.warn = warn;
  }
}
