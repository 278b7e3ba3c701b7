// Keeps the page behind a modal (a dialog, a full-screen menu) from scrolling while it is open,
// so that a wheel or a swipe over the backdrop never moves the page the citizen will come back
// to. Several modals may be open at once: the page is locked while any of them holds the lock.

const holders = new Set<object>();
let saved: { overflow: string; gutter: string } | undefined;

/**
 * Locks the page's scrolling on behalf of `holder` (any object: usually the element that opens).
 * The page keeps its scroll position, and its width: where the page had a scrollbar, its room is
 * kept, so nothing shifts sideways. Does nothing on the server or when `holder` holds it already.
 */
export function lockPageScroll(holder: object): void {
  if (typeof document === 'undefined' || holders.has(holder)) return;
  holders.add(holder);
  if (holders.size > 1) return;
  const root = document.documentElement;
  const hadScrollbar = window.innerWidth - root.clientWidth > 0;
  saved = {
    overflow: root.style.overflow,
    gutter: root.style.getPropertyValue('scrollbar-gutter'),
  };
  // Through the CSSOM, which a strict style-src policy allows.
  root.style.overflow = 'hidden';
  if (hadScrollbar) root.style.setProperty('scrollbar-gutter', 'stable');
}

/** Gives up `holder`'s lock; the page scrolls again once no holder is left. */
export function unlockPageScroll(holder: object): void {
  if (!holders.delete(holder) || holders.size > 0 || !saved) return;
  const root = document.documentElement;
  root.style.overflow = saved.overflow;
  if (saved.gutter) root.style.setProperty('scrollbar-gutter', saved.gutter);
  else root.style.removeProperty('scrollbar-gutter');
  if (!root.getAttribute('style')) root.removeAttribute('style');
  saved = undefined;
}

/** Whether the page's scrolling is locked by any holder. */
export function isPageScrollLocked(): boolean {
  return holders.size > 0;
}
