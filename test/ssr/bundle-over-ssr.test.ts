// belfry.js (Lit bundled in) on a server-rendered page: Lit's hydrate support cannot reach the
// copy of Lit inside the bundle, so the elements render again into the shadow roots the server
// sent instead of hydrating them. The guide says this works, without errors; this proves it.
import { expect } from '@open-wc/testing';
import {
  belfryHosts,
  captureProblems,
  fixtureNamed,
  insertServerHtml,
  loadStylesheets,
  nextFrames,
  ssrFixtures,
} from './hydration-helpers.js';

const rendered = await ssrFixtures();
const names = ['button-submit', 'button-links', 'button-loading-server-lang-nl'];

describe('belfry.js on a server-rendered page', () => {
  const containers = new Map<string, HTMLElement>();
  let problems: ReturnType<typeof captureProblems>;
  const boxes = new Map<string, string[]>();
  const box = (element: Element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return [x, y, width, height].map((value) => value.toFixed(1)).join(' ');
  };

  before(async () => {
    await loadStylesheets();
    for (const name of names) containers.set(name, insertServerHtml(fixtureNamed(rendered, name)));
    await nextFrames();
    for (const [name, container] of containers) {
      boxes.set(name, belfryHosts(container, rendered.components).map(box));
    }
    problems = captureProblems();
    await import('/packages/components/dist/belfry.js' as string);
    for (const container of containers.values()) {
      for (const host of belfryHosts(container, rendered.components)) {
        await (host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      }
    }
    await nextFrames();
    problems.stop();
  });

  it('renders again without errors or warnings', () => {
    expect(problems.errors).to.deep.equal([]);
    expect(problems.warnings).to.deep.equal([]);
  });

  it('renders into the same shadow roots, with the same result, in the same place', () => {
    for (const [name, container] of containers) {
      for (const host of belfryHosts(container, rendered.components)) {
        const base = host.shadowRoot!.querySelector('[part="base"]');
        expect(base, name).to.exist;
        // One control only: the server's content was replaced, not added to.
        expect(host.shadowRoot!.querySelectorAll('[part="base"]').length, name).to.equal(1);
      }
      expect(belfryHosts(container, rendered.components).map(box), name).to.deep.equal(
        boxes.get(name),
      );
    }
    const busy = containers.get('button-loading-server-lang-nl')!.querySelector('bf-button')!;
    expect(busy.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim()).to.equal(
      'Bezig met laden',
    );
  });

  it('submits the form', () => {
    const container = containers.get('button-submit')!;
    const form = container.querySelector('form')!;
    let data: FormData | null = null;
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        data = new FormData(form, event.submitter);
      },
      { once: true },
    );
    container.querySelector('bf-button')!.shadowRoot!.querySelector('button')!.click();
    expect(data, 'the form was not submitted').to.not.equal(null);
    expect(data!.get('action')).to.equal('send');
  });
});
