import { html, svg, type TemplateResult } from 'lit';
import type { IconDefinition } from './registry.js';

/**
 * One of Belfry's own drawings as a decorative inline `<svg>` (hidden from assistive technology),
 * for components that repeat on a page (alerts, tags): drawn straight into their shadow root, it
 * costs no `<bf-icon>` element and no second shadow root each. Build it once per drawing, at
 * module level: the template is shared by every element that shows it. Paint it with the
 * `inlineIconStyles` rules below (or the component's own).
 */
export function inlineIcon(icon: IconDefinition, part = 'icon'): TemplateResult {
  return html`<svg
    part=${part}
    class="icon"
    viewBox=${icon.viewBox}
    stroke-width=${icon.strokeWidth ?? 2}
    aria-hidden="true"
    focusable="false"
  >
    ${icon.paths.map((d) => svg`<path d=${d}></path>`)}
  </svg>`;
}
