import type { CSSResult } from 'lit';

// The roots each sheet was added to, so that a page with many elements adds it once per root.
const adopted = new WeakMap<CSSResult, WeakSet<Node>>();

/**
 * Adds `styles` to the document or shadow root that `host` is in, once per root. For what a
 * component styles in its LIGHT DOM, where `::slotted()` cannot reach: the links of a list the
 * author slotted (a header's navigation, a footer's links), the legend inside a native
 * `<fieldset>`. Write the rules under `:where()` so that a page's own rules win, and scope them
 * to the element's tag (`:where(bf-header > [slot='navigation'] a)`).
 *
 * Call it from `connectedCallback` (never at import time: there is no document on a server).
 * Constructed sheets are allowed under a strict Content-Security-Policy (`style-src 'self'`).
 * Does nothing where the browser has no constructed sheets, or when `host` is not in a document
 * or shadow root.
 */
export function adoptLightStyles(host: Node, styles: CSSResult): void {
  const root = host.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  let roots = adopted.get(styles);
  if (roots?.has(root)) return;
  const sheet = styles.styleSheet;
  if (!sheet) return;
  if (!roots) adopted.set(styles, (roots = new WeakSet()));
  roots.add(root);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
