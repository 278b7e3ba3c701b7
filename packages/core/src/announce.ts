import { topModalContainer } from './modal.js';

// One page-wide announcer: every Belfry component that reports a status change ("Loading",
// "3 results", "Copied", a new step) speaks through it, instead of rendering a live region of its
// own. Two regions per page, created on the first message, are cheaper than one per element, and
// a region that exists before its text changes is announced reliably by screen readers.

/** `polite` waits until the screen reader is idle; `assertive` interrupts (errors only). */
export type Politeness = 'polite' | 'assertive';

export interface AnnounceOptions {
  /** Default `polite`. Use `assertive` only for what the user must hear at once. */
  politeness?: Politeness | undefined;
  /** The language of the message (a BCP 47 tag), so it is pronounced right. Default: the page's. */
  lang?: string | undefined;
}

interface Region {
  element: HTMLElement;
  /** Messages waiting to be spoken, each a `<span lang>`. */
  pending: HTMLElement[];
  flush?: Promise<void> | undefined;
  clear?: ReturnType<typeof setTimeout>;
}

const regions: Partial<Record<Politeness, Region>> = {};

/**
 * Announces `message` to screen-reader users through the page's live region, politely unless
 * told otherwise. Messages sent in the same moment are read together; an identical message sent
 * again is announced again. While a modal `<dialog>` is open the region moves into it, as
 * everything outside a modal dialog is hidden from assistive technology. Messages are text, never
 * markup. Does nothing on the server. Resolves once the message is in the region.
 */
export function announce(message: string, options: AnnounceOptions = {}): Promise<void> {
  const text = typeof message === 'string' ? message.trim() : '';
  if (!text || typeof document === 'undefined') return Promise.resolve();
  const politeness = options.politeness === 'assertive' ? 'assertive' : 'polite';
  let region = regions[politeness];
  if (!region?.element.isConnected) {
    const element = document.createElement('div');
    element.setAttribute('aria-live', politeness);
    element.setAttribute('aria-atomic', 'true');
    element.setAttribute('data-bf-announcer', politeness);
    // Visually hidden through the CSSOM, which a strict style-src policy allows (a `style`
    // attribute in markup would be blocked).
    element.style.cssText =
      'position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
    regions[politeness] = region = { element, pending: [] };
    place(element);
  }
  const span = document.createElement('span');
  span.textContent = `${text} `;
  if (options.lang) span.lang = options.lang;
  region.pending.push(span);
  const current = region;
  // Empty now, speak shortly: the change from empty to text is what a screen reader reads. The
  // pause also lets a region created just now be noticed, and batches messages sent together.
  return (current.flush ??= new Promise<void>((resolve) => {
    current.element.replaceChildren();
    setTimeout(() => {
      place(current.element);
      current.element.replaceChildren(...current.pending);
      current.pending = [];
      current.flush = undefined;
      // Remove the text afterwards, so nobody meets it stale when reading the page.
      clearTimeout(current.clear);
      current.clear = setTimeout(() => current.element.replaceChildren(), 7000);
      resolve();
    }, 100);
  }));
}

/** Keeps the region where assistive technology can reach it: the open modal dialog, or the body. */
function place(element: HTMLElement): void {
  let container: Element = document.body;
  try {
    const modals = document.querySelectorAll('dialog:modal');
    container = modals[modals.length - 1] ?? container;
  } catch {
    // A browser without `:modal`: stay in the body.
  }
  // A Belfry modal, whose <dialog> is in a shadow root, where the selector cannot see it.
  container = topModalContainer() ?? container;
  if (element.parentElement !== container) container.append(element);
}
