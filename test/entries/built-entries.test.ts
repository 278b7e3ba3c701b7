// Every entry point @belfry/components publishes, as built (packages/components/dist, after
// `npm run build`), loaded alone in a page of its own as a consumer's page would load it: Lit
// from node_modules and @belfry/core's build, as the entry imports them. The entries come from
// the package's `exports` (a wildcard is expanded with the manifest's modules), so a new
// component's entry is tested without touching this file.
import { expect } from '@open-wc/testing';

const packageDir = '/packages/components';

type ExportTarget = string | { default?: string };
interface ComponentsPackage {
  exports: Record<string, ExportTarget>;
  sideEffects: string[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: { tagName?: string }[];
    exports?: { kind: string; name: string }[];
  }[];
}

async function readJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) {
    throw new Error(`${path} is missing (${response.status}): run \`npm run build\` first.`);
  }
  return (await response.json()) as T;
}

const packageJson = await readJson<ComponentsPackage>(`${packageDir}/package.json`);
const manifest = await readJson<Manifest>(`${packageDir}/custom-elements.json`);

/** Every element the manifest documents. */
const allTags = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []),
);

/** The elements a built module defines, by the manifest (`dist/button/index.js` → `bf-button`). */
const definedBy = (file: string) =>
  (manifest.modules.find((module) => module.path === file)?.exports ?? [])
    .filter((entry) => entry.kind === 'custom-element-definition')
    .map((entry) => entry.name);

/** A package glob (`./dist/*\/index.js`) as a pattern; `*` is one folder name. */
const globPattern = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '([^/]+)')}$`);

interface Entry {
  /** How a consumer imports it: `@belfry/components/button`. */
  specifier: string;
  /** The built file, e.g. `/packages/components/dist/button/index.js`. */
  url: string;
  /**
   * Elements importing it must define. The all-in-one bundle (`belfry.js`) defines every
   * element; any other entry the package lists in `sideEffects` defines what the manifest says
   * it does (none for `@belfry/components/presets`, which registers the field presets). Any
   * other entry must define none.
   */
  defines: string[];
}

const entries: Entry[] = Object.entries(packageJson.exports).flatMap(([subpath, target]) => {
  const file = (typeof target === 'string' ? target : target.default)?.replace(/^\.\//, '');
  if (!file?.endsWith('.js')) return [];
  // A wildcard export stands for every built module the manifest lists under its pattern.
  const files = file.includes('*')
    ? manifest.modules.map((module) => module.path).filter((path) => globPattern(file).test(path))
    : [file];
  return files.map((built) => {
    const name = file.includes('*') ? built.match(globPattern(file))![1]! : '';
    const sideEffects = packageJson.sideEffects.some((glob) =>
      globPattern(glob.replace(/^\.\//, '')).test(built),
    );
    const own = definedBy(built);
    return {
      specifier: `@belfry/components${subpath.slice(1).replace('*', name)}`,
      url: `${packageDir}/${built}`,
      defines: subpath === './belfry.js' ? allTags : sideEffects ? own : [],
    };
  });
});

/** Loads `url` as the only module of a fresh page (an iframe); resolves with its window and the errors it reported. */
async function loadAlone(url: string): Promise<{ frame: Window; errors: string[] }> {
  const iframe = document.createElement('iframe');
  // The errors are collected from the start, by a plain script that runs before the module.
  iframe.srcdoc = `<!doctype html><html lang="nl-BE"><head>
    <script>
      window.__errors = [];
      addEventListener('error', (e) => __errors.push(e.message || 'could not load ' + (e.target.src || e.target)), true);
      addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
    </script>
    <script type="module" src="${url}"></script>
    </head><body></body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const frame = iframe.contentWindow as Window & { __errors: string[] };
  return { frame, errors: frame.__errors };
}

describe('the built entry points of @belfry/components', () => {
  afterEach(() => {
    for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
  });

  it('include an entry for every element and the all-in-one bundle', () => {
    const specifiers = entries.map((entry) => entry.specifier);
    expect(specifiers).to.include('@belfry/components/belfry.js');
    for (const tag of allTags) {
      const entry = entries.find(
        (candidate) =>
          candidate.defines.includes(tag) && candidate.specifier !== '@belfry/components/belfry.js',
      );
      expect(entry, `an entry of its own for <${tag}>`).to.exist;
    }
  });

  for (const entry of entries) {
    const what = entry.defines.length
      ? `defines ${entry.defines.map((tag) => `<${tag}>`).join(', ')} and renders`
      : 'defines no element';
    it(`${entry.specifier} loads alone and ${what}`, async () => {
      const { frame, errors } = await loadAlone(entry.url);
      expect(errors, `errors while loading ${entry.url}`).to.deep.equal([]);
      const sources = frame.performance
        .getEntriesByType('resource')
        .map(({ name }) => new URL(name).pathname)
        .filter((path) => path.startsWith('/packages/') && !path.includes('/dist/'));
      expect(sources, 'files loaded from outside the builds').to.deep.equal([]);
      for (const tag of entry.defines) {
        expect(frame.customElements.get(tag), `<${tag}> defined by ${entry.specifier}`).to.exist;
      }
      if (entry.defines.length === 0) {
        const defined = allTags.filter((tag) => frame.customElements.get(tag));
        expect(defined, `elements defined by ${entry.specifier}`).to.deep.equal([]);
      }
      for (const tag of entry.defines) {
        const element = frame.document.createElement(tag) as HTMLElement & {
          updateComplete?: Promise<unknown>;
        };
        element.textContent = 'Versturen';
        frame.document.body.append(element);
        await element.updateComplete;
        expect(element.shadowRoot?.childNodes.length, `<${tag}> rendered`).to.be.greaterThan(0);
        // Every Belfry element it renders is defined too: the entry registers what it uses.
        for (const inner of element.shadowRoot!.querySelectorAll('*')) {
          if (inner.localName.startsWith('bf-')) {
            expect(frame.customElements.get(inner.localName), `<${inner.localName}> in <${tag}>`).to
              .exist;
          }
        }
      }
      expect(errors, `errors while rendering from ${entry.url}`).to.deep.equal([]);
    });
  }
});
