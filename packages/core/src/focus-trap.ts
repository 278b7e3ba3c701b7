// Keeps Tab and Shift+Tab inside a modal: from its last control Tab goes to its first, and
// Shift+Tab from its first to its last. The browser makes everything outside a modal <dialog>
// inert, but Tab from its last control still leaves for the browser's own toolbar; this wraps
// instead, as users of every other modal expect. Controls are found in the flat tree (shadow
// roots and slotted content in the order they are shown), as the browser moves focus.

const naturallyFocusable =
  'a[href], area[href], button, input, select, textarea, iframe, summary, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"])';

/** Whether Tab stops at `element`: a control or `tabindex` element that is shown and enabled. */
export function isTabbable(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement)) return false;
  if (element.tabIndex < 0) return false;
  if (!element.hasAttribute('tabindex') && !element.matches(naturallyFocusable)) return false;
  if ((element as HTMLButtonElement).disabled) return false;
  if (element instanceof HTMLInputElement) {
    if (element.type === 'hidden') return false;
    // Of a group of radio buttons, only the checked one (or the first) is a Tab stop.
    if (element.type === 'radio' && element.name && !element.checked) {
      const group = element.form ?? element.getRootNode();
      const checked = (group as ParentNode).querySelector?.(
        `input[type="radio"][name="${CSS.escape(element.name)}"]:checked`,
      );
      if (checked) return false;
    }
  }
  // Not displayed, inside closed content (content-visibility), or invisible: not a Tab stop.
  return element.checkVisibility() && getComputedStyle(element).visibility === 'visible';
}

/** The children of `element` as the browser shows them: its shadow root's, or a slot's content. */
function shownChildren(element: Element): Iterable<Element> {
  if (element instanceof HTMLSlotElement) return element.assignedElements({ flatten: true });
  return (element.shadowRoot ?? element).children;
}

/**
 * Every element inside `container` that Tab stops at, in the order Tab visits them (elements
 * with a positive `tabindex` are taken in document order: Belfry never sets one).
 */
export function tabbableElements(container: Element): HTMLElement[] {
  return walk(container, null).stops;
}

/** The Tab stops in `container`, and how many of them come before `marker` (if it is inside). */
function walk(
  container: Element,
  marker: Element | null,
): { stops: HTMLElement[]; before: number | undefined } {
  const stops: HTMLElement[] = [];
  let before: number | undefined;
  const visit = (element: Element): void => {
    if (element === marker) before = stops.length;
    if ((element as HTMLElement).inert || (element as HTMLElement).hidden) return;
    if (element !== container && isTabbable(element)) stops.push(element);
    for (const child of shownChildren(element)) visit(child);
  };
  visit(container);
  return { stops, before };
}

/**
 * Call from a `keydown` listener on a modal, with the element that has focus (inside shadow
 * roots): wraps Tab and Shift+Tab at the modal's ends and returns `true` when it moved focus (it
 * then cancels the event). Any other key, and Tab between two controls, is left to the browser.
 */
export function wrapTabFocus(
  event: KeyboardEvent,
  container: Element,
  active: Element | null,
): boolean {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return false;
  const { stops, before } = walk(container, active);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) {
    // Nothing to go to: focus stays where it is rather than leaving the modal.
    event.preventDefault();
    return true;
  }
  let target: HTMLElement | undefined;
  if (before === undefined) {
    // Focus is outside the modal (it should not be): bring it back in.
    target = event.shiftKey ? last : first;
  } else if (event.shiftKey) {
    if (before === 0) target = last;
  } else {
    const onStop = stops[before] === active;
    if (before + (onStop ? 1 : 0) >= stops.length) target = first;
  }
  if (!target) return false;
  event.preventDefault();
  target.focus();
  return true;
}
