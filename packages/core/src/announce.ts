// One page-wide announcer: every Belfry component that reports a status change ("Loading",
// "3 results", "Copied", a new step) speaks through it, instead of rendering a live region of its
// own. Two regions per document, created on the first message, are cheaper than one per element,
// and a region that exists before its text changes is announced reliably by screen readers.

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
  pending: Array<{ text: string; lang: string | undefined }>;
  flush: Promise<void> | undefined;
  clear: ReturnType<typeof setTimeout> | undefined;
}

/**
 * How long the region waits before it speaks. The pause lets a region created for the first
 * message be noticed by screen readers, batches messages sent together, and makes a message
 * identical to the previous one a change that is announced again.
 */
const settleDelay = 100;
/** Messages are removed afterwards, so nobody meets stale text when reading the page. */
const clearDelay = 7000;
const regions = new WeakMap<Document, Partial<Record<Politeness, Region>>>();

/**
 * Announces `message` to screen-reader users through the page's live region, politely unless
 * told otherwise. Messages sent in the same moment are read together; an identical message sent
 * again is announced again. While a modal `<dialog>` is open the region moves into it, as
 * everything outside a modal dialog is hidden from assistive technology. Does nothing on the
 * server. Resolves once the message is in the region.
 */
export function announce(message: string, options: AnnounceOptions = {}): Promise<void> {
  const text = typeof message === 'string' ? message.trim() : '';
  if (text === '' || typeof document === 'undefined') return Promise.resolve();
  const politeness: Politeness = options.politeness === 'assertive' ? 'assertive' : 'polite';
  const region = regionFor(document, politeness);
  region.pending.push({ text, lang: options.lang || undefined });
  region.flush ??= new Promise<void>((resolve) => {
    // Empty now, speak shortly: the change from empty to text is what a screen reader reads.
    region.element.replaceChildren();
    setTimeout(() => {
      const { element, pending } = region;
      placeRegion(element);
      element.replaceChildren(
        ...pending.map(({ text, lang }) => {
          const span = document.createElement('span');
          span.textContent = `${text} `;
          if (lang) span.lang = lang;
          return span;
        }),
      );
      region.pending = [];
      region.flush = undefined;
      clearTimeout(region.clear);
      region.clear = setTimeout(() => element.replaceChildren(), clearDelay);
      resolve();
    }, settleDelay);
  });
  return region.flush;
}

function regionFor(doc: Document, politeness: Politeness): Region {
  let byPoliteness = regions.get(doc);
  if (!byPoliteness) regions.set(doc, (byPoliteness = {}));
  let region = byPoliteness[politeness];
  if (!region || !region.element.isConnected) {
    const element = doc.createElement('div');
    element.setAttribute('aria-live', politeness);
    element.setAttribute('aria-atomic', 'true');
    element.dataset['bfAnnouncer'] = politeness;
    // Visually hidden through the CSSOM, which a strict style-src policy allows (a `style`
    // attribute in markup would be blocked).
    Object.assign(element.style, {
      position: 'absolute',
      width: '1px',
      height: '1px',
      margin: '-1px',
      padding: '0',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
      border: '0',
    });
    placeRegion(element);
    region = { element, pending: [], flush: undefined, clear: undefined };
    byPoliteness[politeness] = region;
  }
  return region;
}

/** Keeps the region where assistive technology can reach it: the open modal dialog, or the body. */
function placeRegion(element: HTMLElement): void {
  const doc = element.ownerDocument;
  let container: Element = doc.body ?? doc.documentElement;
  try {
    const modals = doc.querySelectorAll('dialog:modal');
    container = modals[modals.length - 1] ?? container;
  } catch {
    // A browser without `:modal`: stay in the body.
  }
  if (element.parentElement !== container) container.append(element);
}
