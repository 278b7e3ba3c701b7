import { html, isServer, nothing, type TemplateResult } from 'lit';
import { devMode } from './environment.js';
import { warnOnce } from './warn.js';

/** A heading level a component may render: `<h1>` is the page's own, so components start at 2. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * Reads a `heading-level` attribute value. Anything that is not a whole number from 2 to 6 gives
 * `fallback` (and a development warning naming the element), so a typo never drops the heading
 * from the outline.
 */
export function headingLevel(
  value: unknown,
  fallback: HeadingLevel,
  tag = 'element',
): HeadingLevel {
  if (value === undefined || value === null || value === '') return fallback;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level as HeadingLevel;
  if (devMode) {
    warnOnce(
      `heading-level:${tag}:${String(value)}`,
      `<${tag}> heading-level="${String(value)}" is not 2, 3, 4, 5 or 6; level ${fallback} is used.`,
    );
  }
  return fallback;
}

/** What the rendered heading element carries besides its content. */
export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
}

/**
 * Renders a real `<h2>`…`<h6>` (not `role="heading"`), so the heading sits in the document outline
 * for every browser and screen reader. Content is rendered as a Lit value: text stays text.
 */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  { id, part, className }: HeadingOptions = {},
): TemplateResult {
  const i = id ?? nothing;
  const p = part ?? nothing;
  const c = className ?? nothing;
  switch (level) {
    case 2:
      return html`<h2 id=${i} part=${p} class=${c}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} part=${p} class=${c}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} part=${p} class=${c}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} part=${p} class=${c}>${content}</h5>`;
    default:
      return html`<h6 id=${i} part=${p} class=${c}>${content}</h6>`;
  }
}

const levelValue = /^[2-6]$/;

/**
 * The level of the heading a server rendered in `host`'s shadow root, read before the host first
 * renders in the browser (undefined after, or without a server render). A part whose level comes
 * from its container keeps it while hydrating: a server cannot see the container.
 */
export function servedHeadingLevel(host: HTMLElement): HeadingLevel | undefined {
  if (isServer) return undefined;
  const served = host.shadowRoot?.querySelector('h2, h3, h4, h5, h6')?.localName;
  return served ? (Number(served.slice(1)) as HeadingLevel) : undefined;
}

/**
 * The valid `heading-level` of the closest `container` around `host` (e.g. `bf-accordion` for
 * its sections), or undefined; always undefined on a server, which cannot see the container.
 */
export function containerHeadingLevel(
  host: HTMLElement,
  container: string,
): HeadingLevel | undefined {
  // Lit's own flag, not core's onServer: the browser build also server-renders in Node.
  if (isServer) return undefined;
  const value = host.closest(container)?.getAttribute('heading-level')?.trim() ?? '';
  return levelValue.test(value) ? (Number(value) as HeadingLevel) : undefined;
}
