// Helpers for browser tests of server-rendered Belfry markup. A test file that hydrates must
// import '@lit-labs/ssr-client/lit-element-hydrate-support.js' first, before anything loads Lit's
// LitElement (this module does not).
import { executeServerCommand } from '@web/test-runner-commands';

export type SsrFixture = {
  component: string;
  name: string;
  /** The page language the server rendered with; the fixture is hydrated under it. */
  serverLang: string;
  html: string;
  /** Sources of the RegExps of the warnings the fixture may print. */
  warnings: string[];
  /** A field that fills its own light DOM when its script runs (see test/ssr/render.mjs). */
  lightDomEnhanced: boolean;
  /** Why the fixture cannot keep its size when its script runs; empty when it must. */
  sizeChanges: string;
  /** Why the shadow root grows from the element's children when its script runs; empty if not. */
  builtFromChildren: string;
};
export type BuiltComponent = { folder: string; entry: string; tags: string[] };
export type SsrFixtures = { components: BuiltComponent[]; fixtures: SsrFixture[] };

/** The server's HTML for every component fixture (see test/ssr/wtr-ssr-plugin.mjs). */
export async function ssrFixtures(): Promise<SsrFixtures> {
  const rendered = await executeServerCommand<SsrFixtures, undefined>('belfry-ssr-fixtures');
  if (!rendered) throw new Error('The belfry-ssr-fixtures command is not configured.');
  return rendered;
}

/** One fixture by name. */
export function fixtureNamed(rendered: SsrFixtures, name: string): SsrFixture {
  const fixture = rendered.fixtures.find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`No server-render fixture named ${name}.`);
  return fixture;
}

/** Loads the page's stylesheets as an agency would: the tokens, and Belfry's undefined.css. */
export async function loadStylesheets(): Promise<void> {
  const sheets = [
    '/packages/tokens/dist/css/belfry.css',
    '/packages/components/dist/undefined.css',
  ];
  await Promise.all(
    sheets.map(
      (href) =>
        new Promise<void>((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.onload = () => resolve();
          link.onerror = () => reject(new Error(`${href} did not load; run \`npm run build\`.`));
          document.head.append(link);
        }),
    ),
  );
}

/**
 * Puts server-rendered HTML in the page, under the server's language, the way the browser's
 * parser would (declarative shadow roots attached). Returns its container.
 */
export function insertServerHtml(fixture: SsrFixture): HTMLElement {
  const container = document.createElement('div');
  container.dataset['fixture'] = fixture.name;
  if (fixture.serverLang) container.lang = fixture.serverLang;
  container.setHTMLUnsafe(fixture.html);
  document.body.append(container);
  return container;
}

/** The Belfry elements (of `components`) inside `container`. */
export function belfryHosts(container: ParentNode, components: BuiltComponent[]): HTMLElement[] {
  const tags = components.flatMap((component) => component.tags);
  return [...container.querySelectorAll<HTMLElement>(tags.join(','))];
}

/**
 * Loads the BUILT component modules (the same code the server ran: hydration needs the very
 * templates the server rendered), then waits for every element on the page to hydrate.
 * Resolves with the errors thrown while hydrating.
 */
export async function hydrate(components: BuiltComponent[]): Promise<string[]> {
  for (const component of components) await import(`/${component.entry}`);
  const errors: string[] = [];
  for (const host of belfryHosts(document, components)) {
    try {
      await (host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    } catch (error) {
      errors.push(`<${host.localName}>: ${String(error)}`);
    }
  }
  return errors;
}

/**
 * A serialization of `node` that includes shadow roots and attributes in a stable order: equal
 * strings mean that a user meets the same DOM. Lit's comment markers are left out, and so are
 * optional named slots that nothing is assigned to: after hydrating, an element may drop those
 * (the server, which cannot see an element's children, renders all of them).
 */
export function snapshot(node: Node, { allSlots = false } = {}): string {
  const out: string[] = [];
  const walk = (parent: Node) => {
    for (const child of parent.childNodes) {
      if (child instanceof Element) {
        if (!allSlots && isUnusedSlot(child)) continue;
        // Lit removes `defer-hydration` from an element rendered inside another once it hydrates.
        const attributes = [...child.attributes]
          .filter((attribute) => attribute.name !== 'defer-hydration')
          .map((attribute) => `${attribute.name}="${attribute.value}"`)
          .sort();
        out.push(`<${[child.localName, ...attributes].join(' ')}>`);
        if (child.shadowRoot) {
          out.push('#shadow-root(');
          walk(child.shadowRoot);
          out.push(')');
        }
        walk(child instanceof HTMLTemplateElement ? child.content : child);
        out.push(`</${child.localName}>`);
      } else if (child instanceof Text) {
        out.push(child.data);
      }
    }
  };
  walk(node);
  return out.join('');
}

function isUnusedSlot(element: Element): boolean {
  return (
    element instanceof HTMLSlotElement &&
    element.name !== '' &&
    element.assignedNodes().length === 0
  );
}

/**
 * The elements in the shadow roots of `hosts` (unused optional slots left out): after hydration
 * they must be the very same nodes, where rendering again would have made new ones.
 */
export function shadowElements(hosts: Element[], { allSlots = false } = {}): Element[] {
  return hosts.flatMap((host) =>
    [...(host.shadowRoot?.querySelectorAll('*') ?? [])].filter(
      (element) => allSlots || !isUnusedSlot(element),
    ),
  );
}

/**
 * The shadow roots of `hosts`, serialized as by {@link snapshot}, every slot included: a field's
 * named slots are empty before its script runs and filled after, by the very same nodes.
 */
export function shadowSnapshot(hosts: Element[]): string {
  return hosts.map((host) => snapshot(host.shadowRoot!, { allSlots: true })).join('');
}

/** Collects console errors and warnings, uncaught errors and unhandled rejections. */
export function captureProblems(): { errors: string[]; warnings: string[]; stop: () => void } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    warnings,
    stop() {
      console.error = error;
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Waits for two animation frames: layout and paint of the latest changes. */
export async function nextFrames(): Promise<void> {
  for (let frame = 0; frame < 2; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Clicks `link` with a named frame as its target and resolves with the path the frame loaded. */
export async function followInFrame(link: HTMLAnchorElement): Promise<string> {
  const frame = document.createElement('iframe');
  frame.name = 'ssr-landing';
  frame.title = 'Landing page';
  document.body.append(frame);
  try {
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    link.click();
    await loaded;
    return frame.contentWindow!.location.pathname;
  } finally {
    frame.remove();
  }
}
