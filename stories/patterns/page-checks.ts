// What every pattern's play function checks on its page, the way a screen reader and a phone
// meet it: the landmarks, the heading outline (one level-one heading, no level skipped on the way
// down), and nothing scrolling sideways. Shared by the pattern stories.
import { expect, waitFor } from 'storybook/test';

/**
 * The accessibility parameters of a whole page: the page rules the single-component stories
 * switch off (.storybook/preview.ts) apply here. axe's `region` rule accepts a skip link outside
 * the landmarks only when no other link comes before it in the document, and Storybook's own
 * frame holds links (its error screens) before the story; so the page's `<bf-skip-link>` is
 * named as what it is, and any other content outside a landmark still fails.
 */
export const pageA11y = {
  config: {
    rules: [
      { id: 'landmark-one-main', enabled: true },
      { id: 'page-has-heading-one', enabled: true },
      { id: 'region', enabled: true },
    ],
    checks: [
      {
        id: 'region',
        // axe's own list, and the skip link.
        options: { regionMatcher: 'dialog, [role=dialog], [role=alertdialog], svg, bf-skip-link' },
      },
    ],
  },
};

const landmarkRoles = ['banner', 'main', 'contentinfo', 'navigation', 'search'] as const;
type LandmarkRole = (typeof landmarkRoles)[number];
const implicitRoles: Readonly<Record<string, LandmarkRole>> = {
  header: 'banner',
  main: 'main',
  footer: 'contentinfo',
  nav: 'navigation',
  search: 'search',
};

/** Every element, shadow roots included, in document order, that is not hidden. */
function* visibleElements(node: Element | ShadowRoot): Generator<Element> {
  for (const child of Array.from(node.children)) {
    // Hidden content is not in the accessibility tree: its headings and landmarks do not count.
    if (child.hasAttribute('hidden') || child.getAttribute('aria-hidden') === 'true') continue;
    yield child;
    if (child.shadowRoot) yield* visibleElements(child.shadowRoot);
    yield* visibleElements(child);
  }
}

/** Every landmark of the page, through the shadow roots that draw them. */
export function landmarksOf(root: Element): { role: LandmarkRole; name: string }[] {
  const found: { role: LandmarkRole; name: string }[] = [];
  for (const element of visibleElements(root)) {
    const role = element.getAttribute('role') ?? implicitRoles[element.localName];
    if (role && (landmarkRoles as readonly string[]).includes(role)) {
      found.push({ role: role as LandmarkRole, name: element.getAttribute('aria-label') ?? '' });
    }
  }
  return found;
}

/** The headings in the order a screen reader lists them, shadow roots included. */
export function headingsOf(root: Element): { level: number; text: string }[] {
  const found: { level: number; text: string }[] = [];
  for (const element of visibleElements(root)) {
    const match = /^h([1-6])$/.exec(element.localName);
    if (match) found.push({ level: Number(match[1]), text: element.textContent!.trim() });
  }
  return found;
}

/** The element that has focus, inside shadow roots too. */
export function focusedElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Checks the page as a whole once its frame has drawn itself: one banner, one main, one
 * contentinfo, at least `navigations` navigation landmarks; exactly one level-one heading,
 * `title`; no heading level skipped; and no sideways scrolling (at 320 px, WCAG 1.4.10 Reflow).
 */
export async function checkPage(
  canvasElement: HTMLElement,
  { title, navigations = 1 }: { title: string; navigations?: number },
): Promise<void> {
  await waitFor(() =>
    expect(
      canvasElement.querySelector('bf-footer')?.shadowRoot?.querySelector('footer'),
    ).toBeTruthy(),
  );
  const landmarks = landmarksOf(canvasElement);
  const count = (role: LandmarkRole) => landmarks.filter((landmark) => landmark.role === role);
  await expect(count('banner')).toHaveLength(1);
  await expect(count('main')).toHaveLength(1);
  await expect(count('contentinfo')).toHaveLength(1);
  await expect(count('navigation').length).toBeGreaterThanOrEqual(navigations);
  const headings = headingsOf(canvasElement);
  await expect(headings.filter((heading) => heading.level === 1)).toEqual([
    { level: 1, text: title },
  ]);
  await expect(headings[0]?.level, 'the first heading is the page title').toBe(1);
  // No level is skipped on the way down.
  headings.reduce((previous, heading) => {
    void expect(heading.level, heading.text).toBeLessThanOrEqual(previous + 1);
    return heading.level;
  }, 1);
  await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
}
