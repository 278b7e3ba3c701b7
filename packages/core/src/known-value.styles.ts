import { css } from 'lit';

/**
 * Styles for `knownValueSlots()`, shared by every field: the known-value support adds them to a
 * field the first time it shows a known value. Tokens only, with fallbacks.
 */
export const knownValueStyles = css`
  :host(:state(known)) .editor {
    display: none !important;
  }

  :host(:not(:state(known))) .known {
    display: none;
  }

  .known {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--bf-known-value-gap, var(--bf-space-1, 0.25rem));
  }

  ::slotted([slot='known']) {
    margin: 0 !important;
    color: var(--bf-known-value-fg, var(--bf-color-text, #1a1d21));
    font-weight: var(--bf-known-value-font-weight, var(--bf-font-weight-strong, 600));
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  ::slotted([slot='source']) {
    margin: 0 !important;
    color: var(--bf-known-value-source-fg, var(--bf-color-text-muted, #545d68));
    font-size: var(--bf-font-size-small, 0.875rem);
  }

  /* A button that reads as a link: it opens the field, it does not leave the page. */
  ::slotted([slot='correct']) {
    min-block-size: var(--bf-touch-target-min, 2.75rem) !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    background: transparent !important;
    color: var(--bf-known-value-button-fg, var(--bf-color-link, #24589d));
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  ::slotted([slot='correct']:hover) {
    color: var(--bf-known-value-button-fg-hover, var(--bf-color-link-hover, #143c6e));
    text-decoration-thickness: 0.15em;
  }

  ::slotted([slot='correct']:focus-visible) {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a) !important;
    outline-offset: var(--bf-focus-ring-offset, 0.125rem) !important;
    box-shadow: 0 0 0 var(--bf-focus-ring-offset, 0.125rem)
      var(--bf-color-focus-ring-inner, #ffffff) !important;
  }

  @media (forced-colors: active) {
    ::slotted([slot='correct']) {
      color: LinkText;
    }

    ::slotted([slot='correct']:focus-visible) {
      outline-color: Highlight !important;
      box-shadow: none !important;
    }
  }
`;
