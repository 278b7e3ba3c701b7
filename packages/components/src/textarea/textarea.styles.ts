import { css } from 'lit';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal. The box, label, hint and error use the shared field
 * tokens (`--bf-field-…`); the count and the line height are the textarea's own.
 *
 * The native <textarea> and the nodes around it live in the element's light DOM (ADR 0013): they
 * are styled here through ::slotted(), so a page's own rules for `textarea` still win.
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
  ::slotted([slot='error']),
  ::slotted([slot='count']) {
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

  ::slotted(textarea) {
    display: block;
    box-sizing: border-box;
    /* Always the container's width, resized only downwards: nothing scrolls sideways at 320 px. */
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: var(--bf-field-min-size, var(--bf-touch-target-min, 2.75rem));
    margin: 0;
    padding: var(--bf-field-padding-block, var(--bf-space-2, 0.5rem))
      var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem));
    border: var(--bf-field-border-width, var(--bf-border-width-control, 0.0625rem)) solid
      var(--bf-field-border, var(--bf-color-border-input, #6b7580));
    border-radius: var(--bf-field-radius, var(--bf-radius-small, 0.125rem));
    background: var(--bf-field-bg, var(--bf-color-surface, #ffffff));
    color: var(--bf-field-fg, var(--bf-color-text, #1a1d21));
    font: inherit;
    line-height: var(--bf-textarea-line-height, var(--bf-line-height-body, 1.5));
    resize: vertical;
    overflow-wrap: break-word;
  }

  ::slotted(textarea:hover:not(:disabled, [readonly])) {
    border-color: var(--bf-field-border-hover, var(--bf-color-text, #1a1d21));
  }

  /* Text boxes show the ring on every focus, by mouse too: typing happens there. */
  ::slotted(textarea:focus-visible) {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a);
    outline-offset: var(--bf-focus-ring-offset, 0.125rem);
    box-shadow: 0 0 0 var(--bf-focus-ring-offset, 0.125rem)
      var(--bf-color-focus-ring-inner, #ffffff);
  }

  /* Invalid: a thicker border as well as its colour, so the state is not shown by colour alone. */
  ::slotted(textarea[aria-invalid='true']) {
    border-color: var(--bf-field-border-invalid, var(--bf-color-error-border, #b3261e));
    border-width: var(--bf-field-invalid-border-width, var(--bf-border-width-thick, 0.125rem));
  }

  ::slotted(textarea:disabled) {
    background: var(--bf-field-disabled-bg, var(--bf-color-action-disabled, #eceef0));
    color: var(--bf-field-disabled-fg, var(--bf-color-text-disabled, #6b7580));
    cursor: not-allowed;
    resize: none;
  }

  ::slotted(textarea[readonly]) {
    background: var(--bf-color-surface-subtle, #f5f6f7);
    resize: none;
  }

  ::slotted([slot='count']) {
    color: var(--bf-textarea-count-fg, var(--bf-color-text-muted, #545d68));
  }

  /* Over the limit: said in words ("too many"), and shown in colour and weight. */
  ::slotted([slot='count'][data-bf-over]) {
    color: var(--bf-textarea-count-over-fg, var(--bf-color-error-text, #b3261e));
    font-weight: var(--bf-textarea-count-over-font-weight, var(--bf-font-weight-strong, 600));
  }

  /*
   * Where the browser can, the box grows with the text (the citizen always sees all of it) and
   * never gets smaller than its rows. It needs both features: a browser that could size the box
   * to its content but not read its rows would shrink an empty box to one line.
   */
  @supports (field-sizing: content) and (min-block-size: calc(attr(rows type(<number>), 5) * 1lh)) {
    ::slotted(textarea) {
      field-sizing: content;
      min-block-size: calc(
        attr(rows type(<number>), 5) * 1lh + 2 *
          var(--bf-field-padding-block, var(--bf-space-2, 0.5rem)) + 2 *
          var(--bf-field-border-width, var(--bf-border-width-control, 0.0625rem))
      );
    }
  }

  @media (forced-colors: active) {
    ::slotted(textarea) {
      border-color: FieldText;
    }

    ::slotted(textarea:focus-visible) {
      outline-color: Highlight;
      box-shadow: none;
    }

    ::slotted(textarea:disabled) {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
