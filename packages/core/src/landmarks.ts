// Elements inside which a <header> is no longer the page's banner, nor a <footer> its
// contentinfo (HTML-AAM): sectioning content, <main>, and elements with a landmark role.
const scoping = [
  'main',
  'article',
  'aside',
  'nav',
  'section',
  'header',
  'footer',
  ...[
    'main',
    'banner',
    'contentinfo',
    'navigation',
    'region',
    'complementary',
    'form',
    'search',
  ].map((role) => `[role="${role}"]`),
].join(', ');

/**
 * The element around `element` (in its own tree) that keeps it from being a page-level landmark:
 * a page's header or footer component inside one is not the page's banner or contentinfo.
 * `null` at the top level. For development warnings.
 */
export function enclosingLandmark(element: Element): Element | null {
  return element.parentElement?.closest(scoping) ?? null;
}
