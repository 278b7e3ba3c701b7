import { css } from 'lit';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal. The box, label, hint and error use the shared field
 * tokens (`--bf-field-…`); the arrow is the select's own.
 *
 * The native <select> and the nodes around it live in the element's light DOM (ADR 0013): they
 * are styled here through ::slotted(), so a page's own rules for `select` still win. The browser's
 * own arrow is replaced by one drawn here, so that it follows the theme and forced colours; the
 * list itself stays the browser's.
 */
export const styles = css`
  :host {
    display: block;
    max-inline-size: 100%;
    color: var(--bf-field-label-fg, var(--bf-color-text, #1a1d21));
    font-family: var(
      --bf-font-family-base,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      'Noto Sans',
      sans-serif
    );
    font-size: var(--bf-field-font-size, var(--bf-font-size-body, 1rem));
    line-height: var(--bf-line-height-body, 1.5);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--bf-field-gap, var(--bf-space-1, 0.25rem));
    min-inline-size: 0;
  }

  ::slotted([slot='label']) {
    font-weight: var(--bf-field-label-font-weight, var(--bf-font-weight-strong, 600));
    color: var(--bf-field-label-fg, var(--bf-color-text, #1a1d21));
    overflow-wrap: break-word;
  }

  ::slotted([slot='hint']),
  ::slotted([slot='error']) {
    margin: 0;
    overflow-wrap: break-word;
  }

  ::slotted([slot='hint']) {
    color: var(--bf-field-hint-fg, var(--bf-color-text-muted, #545d68));
  }

  ::slotted([slot='error']) {
    color: var(--bf-field-error-fg, var(--bf-color-error-text, #b3261e));
    font-weight: var(--bf-font-weight-bold, 700);
  }

  /* Sized by its options, up to the container's width: a long option never widens the page. */
  .control {
    position: relative;
    display: inline-grid;
    max-inline-size: 100%;
    min-inline-size: 0;
    align-self: flex-start;
  }

  ::slotted(select) {
    box-sizing: border-box;
    max-inline-size: 100%;
    min-inline-size: var(--bf-field-min-size, var(--bf-touch-target-min, 2.75rem));
    min-block-size: var(--bf-field-min-size, var(--bf-touch-target-min, 2.75rem));
    margin: 0;
    padding-block: var(--bf-field-padding-block, var(--bf-space-2, 0.5rem));
    padding-inline: var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem))
      var(--bf-select-padding-inline-end, var(--bf-space-7, 2.5rem));
    border: var(--bf-field-border-width, var(--bf-border-width-control, 0.0625rem)) solid
      var(--bf-field-border, var(--bf-color-border-input, #6b7580));
    border-radius: var(--bf-field-radius, var(--bf-radius-small, 0.125rem));
    background: var(--bf-field-bg, var(--bf-color-surface, #ffffff));
    color: var(--bf-field-fg, var(--bf-color-text, #1a1d21));
    font: inherit;
    text-overflow: ellipsis;
    appearance: none;
    cursor: pointer;
  }

  ::slotted(select:hover:not(:disabled)) {
    border-color: var(--bf-field-border-hover, var(--bf-color-text, #1a1d21));
  }

  ::slotted(select:focus-visible) {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a);
    outline-offset: var(--bf-focus-ring-offset, 0.125rem);
    box-shadow: 0 0 0 var(--bf-focus-ring-offset, 0.125rem)
      var(--bf-color-focus-ring-inner, #ffffff);
  }

  /* Invalid: a thicker border as well as its colour, so the state is not shown by colour alone. */
  ::slotted(select[aria-invalid='true']) {
    border-color: var(--bf-field-border-invalid, var(--bf-color-error-border, #b3261e));
    border-width: var(--bf-field-invalid-border-width, var(--bf-border-width-thick, 0.125rem));
  }

  ::slotted(select:disabled) {
    background: var(--bf-field-disabled-bg, var(--bf-color-action-disabled, #eceef0));
    color: var(--bf-field-disabled-fg, var(--bf-color-text-disabled, #6b7580));
    cursor: not-allowed;
  }

  /* A chevron drawn with two borders: no image, so nothing for a strict CSP to block. */
  .arrow {
    position: absolute;
    inset-block: 0;
    inset-inline-end: var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem));
    inline-size: var(--bf-select-arrow-size, var(--bf-space-2, 0.5rem));
    block-size: var(--bf-select-arrow-size, var(--bf-space-2, 0.5rem));
    margin-block: auto;
    border-block-end: var(--bf-border-width-thick, 0.125rem) solid
      var(--bf-select-arrow-fg, var(--bf-color-text, #1a1d21));
    border-inline-end: var(--bf-border-width-thick, 0.125rem) solid
      var(--bf-select-arrow-fg, var(--bf-color-text, #1a1d21));
    transform: translateY(-25%) rotate(45deg);
    pointer-events: none;
  }

  :host(:disabled) .arrow,
  :host([disabled]) .arrow {
    border-color: var(--bf-field-disabled-fg, var(--bf-color-text-disabled, #6b7580));
  }

  @media (forced-colors: active) {
    ::slotted(select) {
      border-color: FieldText;
    }

    ::slotted(select:focus-visible) {
      outline-color: Highlight;
      box-shadow: none;
    }

    ::slotted(select:disabled) {
      border-color: GrayText;
      color: GrayText;
    }

    .arrow {
      border-color: FieldText;
    }

    :host(:disabled) .arrow,
    :host([disabled]) .arrow {
      border-color: GrayText;
    }
  }
`;
