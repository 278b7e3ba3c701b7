import { html, type TemplateResult } from 'lit';

// Apart from `knownValueStyles`: every field renders the slots, but only a field that shows a
// known value needs the styles, which the known-value support adds then (docs/decisions/0024).

/**
 * Where a field shows a value the government already knows (see `FormControlController`): the
 * value, its source and the "This is not correct" button, each a light-DOM node the core manages.
 * A field puts this next to its control, and the class `editor` on the parts that belong to the
 * control (its box, its character count), which are hidden while the known value shows.
 */
export function knownValueSlots(): TemplateResult {
  return html`<div class="known" part="known">
    <slot name="known"></slot><slot name="source"></slot><slot name="correct"></slot>
  </div>`;
}
