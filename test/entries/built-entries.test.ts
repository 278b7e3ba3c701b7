// Every entry point @belfry/components publishes, as built (packages/components/dist, after
// `npm run build`), loaded alone in a page of its own as a consumer's page would load it: Lit
// from node_modules and @belfry/core's build, as the entry imports them. The list comes from the
// package's `exports`, so a new component's entry is tested without touching this file.
import { expect } from '@open-wc/testing';

const packageDir = '/packages/components';

type ExportTarget = string | { source?: string; default?: string };
interface ComponentsPackage {
  exports: Record<string, ExportTarget>;
  sideEffects: string[];
}
interface Manifest {
  modules: { path: string; declarations?: { tagName?: string }[] }[];
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

/** Every element the manifest documents, with the source file that declares it. */
const declared = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).flatMap((declaration) =>
    declaration.tagName ? [{ tag: declaration.tagName, path: module.path }] : [],
  ),
);

/** `./dist/*\/index.js` → a pattern for the files the package says register elements. */
const globPattern = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
const registering = packageJson.sideEffects.filter((glob) => glob.startsWith('./dist/'));

interface Entry {
  /** How a consumer imports it: `@belfry/components/button`. */
  specifier: string;
  /** The built file, e.g. `/packages/components/dist/button/index.js`. */
  url: string;
  /** Elements importing it must define: those declared next to its source; all for a bundle. */
  defines: string[];
}

const entries: Entry[] = Object.entries(packageJson.exports).flatMap(([subpath, target]) => {
  const file = typeof target === 'string' ? target : target.default;
  if (!file?.endsWith('.js')) return [];
  const source = typeof target === 'string' ? undefined : target.source;
  const sourceDir = source ? source.replace(/^\.\//, '').replace(/[^/]+$/, '') : 'src/';
  const registers = registering.some((glob) => globPattern(glob).test(file));
  const defines = registers
    ? declared
        .filter(({ path }) => path.startsWith(`packages/components/${sourceDir}`))
        .map(({ tag }) => tag)
    : [];
  return [
    {
      specifier: `@belfry/components${subpath.slice(1)}`,
      url: `${packageDir}/${file.replace(/^\.\//, '')}`,
      defines,
    },
  ];
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

  it('include one entry per component folder and the all-in-one bundle', () => {
    const specifiers = entries.map((entry) => entry.specifier);
    expect(specifiers).to.include('@belfry/components/belfry.js');
    for (const { path } of declared) {
      const folder = path.match(/^packages\/components\/src\/([^/]+)\//)?.[1];
      expect(specifiers, `an entry for ${path}`).to.include(`@belfry/components/${folder}`);
    }
  });

  for (const entry of entries) {
    const what = entry.defines.length
      ? `defines ${entry.defines.map((tag) => `<${tag}>`).join(', ')} and renders`
      : 'defines no element (no side effects)';
    it(`${entry.specifier} loads alone and ${what}`, async () => {
      const { frame, errors } = await loadAlone(entry.url);
      expect(errors, `errors while loading ${entry.url}`).to.deep.equal([]);
      const sources = frame.performance
        .getEntriesByType('resource')
        .map(({ name }) => new URL(name).pathname)
        .filter((path) => path.startsWith('/packages/') && !path.includes('/dist/'));
      expect(sources, 'files loaded from outside the builds').to.deep.equal([]);
      for (const { tag } of declared) {
        const defined = frame.customElements.get(tag) !== undefined;
        expect(defined, `<${tag}> defined by ${entry.specifier}`).to.equal(
          entry.defines.includes(tag),
        );
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
