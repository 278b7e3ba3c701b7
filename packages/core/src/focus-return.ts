// Where focus was before something took it (a dialog, a menu), so that it can go back there:
// a keyboard or screen-reader user who closes a dialog continues from the button that opened it,
// not from the top of the page (WCAG 2.4.3 Focus Order).

/** The element that has focus, followed into open shadow roots; `null` when none has. */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * The parent of `node` as the page is displayed (the flat tree): the slot it is assigned to,
 * else its parent, and a shadow root's host for the root itself.
 */
export function flatParent(node: Node): Node | null {
  return (
    (node instanceof Element && node.assignedSlot) ||
    node.parentNode ||
    (node instanceof ShadowRoot ? node.host : null)
  );
}

/** Whether `node` is `container` or inside it, crossing shadow roots and slots (flat tree). */
export function isInside(node: Node | null, container: Node): boolean {
  for (let current: Node | null = node; current; current = flatParent(current)) {
    if (current === container) return true;
  }
  return false;
}

/** Returns focus to where it was when {@link rememberFocus} was called. */
export type ReturnFocus = (options?: {
  /** Return focus only if it is inside this element now (or nowhere): a script or the user may have moved it on on purpose. */
  from?: Element;
  /** Where to go when the remembered element is gone or can no longer take focus. */
  fallback?: HTMLElement | null;
}) => void;

/**
 * Remembers the element that has focus now (inside shadow roots too) and returns a function
 * that moves focus back to it. An element that has since left the page, or been disabled, is
 * skipped for `fallback`.
 */
export function rememberFocus(): ReturnFocus {
  const remembered = typeof document === 'undefined' ? null : deepActiveElement();
  return ({ from, fallback } = {}) => {
    if (typeof document === 'undefined') return;
    const now = deepActiveElement();
    if (from && now && !isInside(now, from)) return;
    for (const target of [remembered, fallback]) {
      if (!target?.isConnected) continue;
      target.focus({ preventScroll: false });
      if (deepActiveElement() === target || isInside(deepActiveElement(), target)) return;
    }
  };
}
