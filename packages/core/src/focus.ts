import { isTabbable } from './focus-trap.js';

// Where focus goes when the element that holds it goes away (a dismissed message, a removed row):
// never to the page's <body>, where a keyboard or screen-reader user would have to start again
// from the top of the page.

// The part of the page an element belongs to: focus stays in it when it can.
const landmark =
  'dialog, [role="dialog"], main, [role="main"], nav, [role="navigation"], aside, [role="complementary"], form, [role="form"], [role="region"], section[aria-label], section[aria-labelledby], header, footer';

/**
 * Whether `element` is worth trying: a Tab stop (core's one definition, shared with the modal's
 * Tab wrap), or a host that passes focus on to its shadow root.
 */
function candidate(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement)) return false;
  if (element.shadowRoot?.delegatesFocus === true) {
    return Number(element.getAttribute('tabindex') ?? 0) >= 0;
  }
  return isTabbable(element);
}

/** Focuses `element` if it can take focus, and says whether it did. */
function tryFocus(element: HTMLElement): boolean {
  if (element.closest('[inert]')) return false;
  if (typeof element.checkVisibility === 'function' && !element.checkVisibility()) return false;
  element.focus();
  return element.matches(':focus-within');
}

/** Focuses `element` even if it is not a control (a heading, a landmark), as a skip link does. */
function focusAnyway(element: HTMLElement): boolean {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
  return element.matches(':focus-within');
}

/** The controls of `within` after (or, with `backwards`, before) `from`, outside `from`. */
function* controlsAround(from: Element, within: Node, backwards: boolean): Generator<HTMLElement> {
  const walker = (from.ownerDocument ?? document).createTreeWalker(within, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = from;
  for (;;) {
    const next = backwards ? walker.previousNode() : walker.nextNode();
    if (!next) return;
    if (from.contains(next)) continue;
    if (candidate(next as Element)) yield next as HTMLElement;
  }
}

/**
 * Moves focus away from `leaving`, an element that is about to be hidden or removed, to the
 * sensible place nearby:
 * 1. `target`, when given (e.g. the element an author named with `focus-target`);
 * 2. the next control after `leaving` in its landmark (its `<main>`, form, dialog, …), else the
 *    one before it;
 * 3. that landmark itself, else the nearest heading before `leaving` (given `tabindex="-1"`, as
 *    a skip link's target is).
 * Returns the element that received focus, or `null` when nothing could take it.
 */
export function moveFocusFrom(leaving: Element, target?: Element | null): HTMLElement | null {
  if (target instanceof HTMLElement && !leaving.contains(target)) {
    if (tryFocus(target) || focusAnyway(target)) return target;
  }
  const root = leaving.getRootNode() as Document | ShadowRoot;
  const area = leaving.parentElement?.closest<HTMLElement>(landmark) ?? null;
  const within: Node = area ?? root;
  for (const backwards of [false, true]) {
    for (const control of controlsAround(leaving, within, backwards)) {
      if (tryFocus(control)) return control;
    }
  }
  if (area && focusAnyway(area)) return area;
  const headings = [...root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].filter(
    (heading) =>
      !leaving.contains(heading) &&
      leaving.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_PRECEDING,
  );
  const heading = headings[headings.length - 1];
  if (heading && focusAnyway(heading)) return heading;
  return null;
}
