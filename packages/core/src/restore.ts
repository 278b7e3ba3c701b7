import { onServer } from './environment.js';

/**
 * Calls `callback` once the browser has put back the values of a page loaded again (reload,
 * back/forward without the back/forward cache), or `undefined` when the page has finished loading
 * already (nothing is restored any more). Returns a function that cancels the call.
 *
 * Browsers restore form controls without any `input` or `change` event. An element that keeps
 * state derived from its controls (a date field's submitted value, a choice's follow-up
 * questions) reads them again here. The `pageshow` event comes after the restore, and also when
 * the back/forward cache brings the page back, where reading again changes nothing.
 */
export function whenRestored(node: Node, callback: () => void): (() => void) | undefined {
  if (onServer) return undefined;
  const document_ = node.ownerDocument;
  const view = document_?.defaultView;
  if (!document_ || !view || document_.readyState === 'complete') return undefined;
  const listener = () => callback();
  view.addEventListener('pageshow', listener, { once: true });
  return () => view.removeEventListener('pageshow', listener);
}
