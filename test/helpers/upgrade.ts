// Measures what moves when Belfry elements upgrade on a page without server rendering: the page
// has the token CSS and undefined.css, the elements are in it before their module loads. Used
// by each component's upgrade test (test/<name>/upgrade.test.ts); see
// docs/guides/server-rendering.md.
import { expect } from '@open-wc/testing';
import { loadStylesheets, nextFrames } from '../ssr/hydration-helpers.js';

export type Box = { x: number; y: number; width: number; height: number };
/** Where the element is, and where the text after it is (it moves if the element grows). */
export type Placement = { element: Box; after: Box; text: string };
export type UpgradeResult = { before: Map<string, Placement>; after: Map<string, Placement> };

const box = (element: Element): Box => {
  const { x, y, width, height } = element.getBoundingClientRect();
  const tenth = (value: number) => Math.round(value * 10) / 10;
  return { x: tenth(x), y: tenth(y), width: tenth(width), height: tenth(height) };
};

/**
 * Puts each case's markup (with text after it) in the page, measures its first `tag` element,
 * loads the component with `load`, waits for every element to render, and measures again.
 */
export async function measureUpgrade(
  tag: string,
  cases: Record<string, string>,
  load: () => Promise<unknown>,
): Promise<UpgradeResult> {
  await loadStylesheets();
  const containers = new Map<string, HTMLElement>();
  for (const [name, markup] of Object.entries(cases)) {
    const container = document.createElement('div');
    container.lang = 'nl';
    container.setHTMLUnsafe(`${markup}<p class="after">Daarna volgt deze tekst.</p>`);
    document.body.append(container);
    containers.set(name, container);
  }
  const measure = () =>
    new Map(
      [...containers].map(([name, container]) => {
        const element = container.querySelector(tag)!;
        return [
          name,
          {
            element: box(element),
            after: box(container.querySelector('.after')!),
            text: (element as HTMLElement).innerText,
          },
        ];
      }),
    );
  await nextFrames();
  const before = measure();
  if (customElements.get(tag)) throw new Error(`<${tag}> was defined before the measurement.`);
  await load();
  for (const container of containers.values()) {
    for (const element of container.querySelectorAll(tag)) {
      await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    }
  }
  await nextFrames();
  return { before, after: measure() };
}

/**
 * One test per case: the element and the text after it are where they were before the upgrade.
 * Call inside the component's `describe`, after the `before` hook that fills `result()`.
 */
export function itKeepsEveryCaseInPlace(
  cases: Record<string, string>,
  result: () => UpgradeResult,
): void {
  for (const name of Object.keys(cases)) {
    it(`${name}: same size and place before and after the upgrade`, () => {
      const { element, after } = result().after.get(name)!;
      const before = result().before.get(name)!;
      expect({ element, after }).to.deep.equal({ element: before.element, after: before.after });
    });
  }
}
