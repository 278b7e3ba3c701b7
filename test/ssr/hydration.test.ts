// Every component's server-rendered fixtures (test/<component>/ssr.fixtures.mjs, rendered in
// Node from the built packages) hydrate in the browser without errors, keep their DOM and do not
// move. Hydrate support must load before Lit's LitElement: this import comes first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import {
  belfryHosts,
  captureProblems,
  hydrate,
  insertServerHtml,
  loadStylesheets,
  nextFrames,
  shadowElements,
  shadowSnapshot,
  snapshot,
  ssrFixtures,
} from './hydration-helpers.js';

const rendered = await ssrFixtures();

type AsServed = {
  container: HTMLElement;
  dom: string;
  boxes: string[];
  roots: ShadowRoot[];
  elements: Element[];
  /** The elements the page wrote (light DOM), for fields that fill their own light DOM. */
  written: Element[];
};
const asServed = new Map<string, AsServed>();
/**
 * Where an element is within its fixture's container, and its size: measured from the container,
 * so that a fixture above that may grow (see `sizeChanges`) does not count as a move of this one.
 */
const box = (element: Element) => {
  const container = element.closest('[data-fixture]')!.getBoundingClientRect();
  const { x, y, width, height } = element.getBoundingClientRect();
  return [x - container.x, y - container.y, width, height]
    .map((value) => value.toFixed(2))
    .join(' ');
};

describe('hydrating server-rendered components', () => {
  let problems: ReturnType<typeof captureProblems>;
  let hydrationErrors: string[];

  // All fixtures go in the page first, as the server sent them; then the built components load
  // once, as on a real page, and hydrate them all.
  before(async function () {
    // Every component's fixtures, inserted, measured and hydrated at once: on a busy machine this
    // takes longer than one test's time (Firefox went over 5 s at a load average of 30).
    this.timeout(90_000);
    await loadStylesheets();
    for (const fixture of rendered.fixtures) {
      const container = insertServerHtml(fixture);
      const hosts = belfryHosts(container, rendered.components);
      const allSlots = fixture.lightDomEnhanced || Boolean(fixture.builtFromChildren);
      asServed.set(fixture.name, {
        container,
        dom: allSlots ? shadowSnapshot(hosts) : snapshot(container),
        boxes: hosts.map(box),
        roots: hosts.map((host) => host.shadowRoot!),
        elements: shadowElements(hosts, { allSlots }),
        written: [...container.querySelectorAll('*')],
      });
    }
    await nextFrames();
    for (const [name, page] of asServed) {
      // Measured after layout, before any component is defined.
      page.boxes = belfryHosts(page.container, rendered.components).map(box);
      asServed.set(name, page);
    }
    problems = captureProblems();
    hydrationErrors = await hydrate(rendered.components);
    await nextFrames();
    problems.stop();
  });

  it('has fixtures to hydrate', () => {
    expect(rendered.components.length).to.be.greaterThan(0);
    expect(rendered.fixtures.length).to.be.greaterThan(0);
  });

  it('hydrates without errors or unexpected warnings', () => {
    expect(hydrationErrors).to.deep.equal([]);
    expect(problems.errors).to.deep.equal([]);
    const expected = rendered.fixtures.flatMap((fixture) =>
      fixture.warnings.map((source) => new RegExp(source)),
    );
    const unexpected = problems.warnings.filter(
      (warning) => !expected.some((pattern) => pattern.test(warning)),
    );
    expect(unexpected).to.deep.equal([]);
  });

  for (const fixture of rendered.fixtures) {
    describe(fixture.name, () => {
      it('upgrades into the shadow root the server rendered, and hydrates it', () => {
        const page = asServed.get(fixture.name)!;
        const hosts = belfryHosts(page.container, rendered.components);
        expect(hosts.length).to.be.greaterThan(0);
        hosts.forEach((host, index) => {
          expect(customElements.get(host.localName), host.localName).to.exist;
          expect((host as HTMLElement & { hasUpdated: boolean }).hasUpdated).to.equal(true);
          // The parser attached the server's declarative shadow root; the element kept it.
          expect(page.roots[index]).to.be.instanceOf(ShadowRoot);
          expect(host.shadowRoot).to.equal(page.roots[index]);
        });
      });

      it('keeps the nodes the server sent, and the same DOM', () => {
        const page = asServed.get(fixture.name)!;
        const hosts = belfryHosts(page.container, rendered.components);
        if (fixture.builtFromChildren) {
          // Said in the fixture, with the reason: the shadow root grows from the children. None
          // of the nodes the server sent may be replaced, and none the page wrote may be lost.
          const roots = hosts.map((host) => host.shadowRoot);
          const replaced = page.elements.filter(
            (element) => !roots.includes(element.getRootNode() as ShadowRoot),
          );
          expect(replaced.map((element) => element.localName)).to.deep.equal([]);
          const lost = page.written.filter((element) => !page.container.contains(element));
          expect(lost.map((element) => element.localName)).to.deep.equal([]);
          return;
        }
        const allSlots = fixture.lightDomEnhanced;
        expect(page.elements.length).to.be.greaterThan(0);
        const now = shadowElements(hosts, { allSlots });
        expect(now.length).to.equal(page.elements.length);
        const replaced = now.filter((element, index) => element !== page.elements[index]);
        expect(replaced.map((element) => element.localName)).to.deep.equal([]);
        if (allSlots) {
          // A field fills its own light DOM; its shadow root stays as served, and every node the
          // page wrote is still there.
          expect(shadowSnapshot(hosts)).to.equal(page.dom);
          const lost = page.written.filter((element) => !page.container.contains(element));
          expect(lost.map((element) => element.localName)).to.deep.equal([]);
        } else {
          expect(snapshot(page.container)).to.equal(page.dom);
        }
      });

      it('does not move or change size', function () {
        // Said in the fixture, with the reason; every other fixture must keep its size.
        if (fixture.sizeChanges) this.skip();
        const page = asServed.get(fixture.name)!;
        expect(belfryHosts(page.container, rendered.components).map(box)).to.deep.equal(page.boxes);
      });
    });
  }
});
