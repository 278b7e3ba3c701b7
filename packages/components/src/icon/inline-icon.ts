import { html, type TemplateResult } from 'lit';
import type { IconDefinition } from './registry.js';

/**
 * One of Belfry's own drawings as a decorative inline `<svg>` (hidden from assistive technology),
 * for components that repeat on a page (alerts, tags): drawn straight into their shadow root, it
 * costs no `<bf-icon>` element and no second shadow root each. Build it once per drawing, at
 * module level: the template is shared by every element that shows it. The component's styles
 * paint it (`.icon`: no fill, `currentColor` stroke, round ends).
 */
export function inlineIcon(icon: IconDefinition, part = 'icon'): TemplateResult {
  const [a, b, c, d] = icon.paths;
  const box = icon.viewBox;
  const width = icon.strokeWidth ?? 2;
  // One template per number of shapes (Belfry's drawings have 1 to 4), so that an icon is one
  // template instance rather than one per shape in a list: it may be drawn a thousand times.
  switch (icon.paths.length) {
    case 1:
      return html`<svg
        part=${part}
        class="icon"
        viewBox=${box}
        stroke-width=${width}
        aria-hidden="true"
        focusable="false"
      >
        <path d=${a}></path>
      </svg>`;
    case 2:
      return html`<svg
        part=${part}
        class="icon"
        viewBox=${box}
        stroke-width=${width}
        aria-hidden="true"
        focusable="false"
      >
        <path d=${a}></path>
        <path d=${b}></path>
      </svg>`;
    case 3:
      return html`<svg
        part=${part}
        class="icon"
        viewBox=${box}
        stroke-width=${width}
        aria-hidden="true"
        focusable="false"
      >
        <path d=${a}></path>
        <path d=${b}></path>
        <path d=${c}></path>
      </svg>`;
    default:
      return html`<svg
        part=${part}
        class="icon"
        viewBox=${box}
        stroke-width=${width}
        aria-hidden="true"
        focusable="false"
      >
        <path d=${a}></path>
        <path d=${b}></path>
        <path d=${c}></path>
        <path d=${d}></path>
      </svg>`;
  }
}
