import { css } from 'lit';

/*
 * The label, hint, error, input and count are the element's own light-DOM children, placed by
 * the slots and styled here with ::slotted(); see docs/decisions/0013. Page styles for `input`
 * or `label` reach them too (that is the price of light DOM): the properties a citizen relies on
 * (the target size, the focus ring, the error's border) are set here with !important, which beats
 * a page's ordinary rules for slotted elements.
 *
 * Every value is a design token with the federal theme's value as fallback: component token →
 * semantic token → literal. The shared field tokens (--bf-field-…) are used by every field.
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

  ::slotted([slot='label']) {
    display: block;
    margin-block-end: var(--bf-field-gap, var(--bf-space-1, 0.25rem));
    color: var(--bf-field-label-fg, var(--bf-color-text, #1a1d21));
    font-weight: var(--bf-field-label-font-weight, var(--bf-font-weight-strong, 600));
    overflow-wrap: break-word;
  }

  ::slotted([slot='hint']) {
    display: block;
    margin-block: 0 var(--bf-field-gap, var(--bf-space-1, 0.25rem));
    color: var(--bf-field-hint-fg, var(--bf-color-text-muted, #545d68));
    overflow-wrap: break-word;
  }

  ::slotted([slot='error']) {
    display: block;
    margin-block: 0 var(--bf-field-gap, var(--bf-space-1, 0.25rem));
    color: var(--bf-field-error-fg, var(--bf-color-error-text, #b3261e));
    font-weight: var(--bf-font-weight-strong, 600);
    overflow-wrap: break-word;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: var(--bf-space-2, 0.5rem);
    max-inline-size: 100%;
  }

  /* The box draws the border and the focus ring around the input and its prefix and suffix. */
  .box {
    display: flex;
    flex: 1 1 auto;
    align-items: stretch;
    min-inline-size: 0;
    max-inline-size: 100%;
    border: var(--bf-field-border-width, var(--bf-border-width-control, 0.0625rem)) solid
      var(--bf-field-border, var(--bf-color-border-input, #6b7580));
    border-radius: var(--bf-field-radius, var(--bf-radius-small, 0.125rem));
    background: var(--bf-field-bg, var(--bf-color-surface, #ffffff));
  }

  .box:hover {
    border-color: var(--bf-field-border-hover, var(--bf-color-text, #1a1d21));
  }

  .box:focus-within {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a);
    outline-offset: var(--bf-focus-ring-offset, 0.125rem);
    box-shadow: 0 0 0 var(--bf-focus-ring-offset, 0.125rem)
      var(--bf-color-focus-ring-inner, #ffffff);
  }

  /* An error is shown by a thicker border as well as colour (WCAG 1.4.1). */
  :host(:state(invalid)) .box {
    border-color: var(--bf-field-border-invalid, var(--bf-color-error-border, #b3261e));
    box-shadow: inset 0 0 0 var(--bf-field-border-width, var(--bf-border-width-control, 0.0625rem))
      var(--bf-field-border-invalid, var(--bf-color-error-border, #b3261e));
  }

  :host(:state(invalid)) .box:focus-within {
    box-shadow:
      inset 0 0 0 var(--bf-field-border-width, var(--bf-border-width-control, 0.0625rem))
        var(--bf-field-border-invalid, var(--bf-color-error-border, #b3261e)),
      0 0 0 var(--bf-focus-ring-offset, 0.125rem) var(--bf-color-focus-ring-inner, #ffffff);
  }

  ::slotted([slot='control']) {
    box-sizing: border-box !important;
    flex: 1 1 auto;
    inline-size: 100% !important;
    min-inline-size: 0;
    min-block-size: var(--bf-field-min-size, var(--bf-touch-target-min, 2.75rem)) !important;
    margin: 0 !important;
    padding-block: var(--bf-field-padding-block, var(--bf-space-2, 0.5rem));
    padding-inline: var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem));
    border: 0 !important;
    border-radius: var(--bf-field-radius, var(--bf-radius-small, 0.125rem));
    background: transparent;
    color: var(--bf-field-fg, var(--bf-color-text, #1a1d21));
    font: inherit;
    font-weight: normal;
    /* The box shows the focus ring; the input itself would draw a second one inside it. */
    outline: none !important;
    appearance: none;
  }

  ::slotted([slot='control']::placeholder) {
    color: var(--bf-field-placeholder-fg, var(--bf-color-text-muted, #545d68));
    opacity: 1;
  }

  ::slotted([slot='prefix']),
  ::slotted([slot='suffix']) {
    display: flex;
    flex: none;
    align-items: center;
    padding-inline: var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem));
    background: var(--bf-text-field-affix-bg, var(--bf-color-surface-subtle, #f5f6f7));
    color: var(--bf-text-field-affix-fg, var(--bf-color-text, #1a1d21));
    white-space: nowrap;
  }

  ::slotted([slot='prefix']) {
    border-inline-end: var(--bf-field-border-width, var(--bf-border-width-control, 0.0625rem)) solid
      var(--bf-field-border, var(--bf-color-border-input, #6b7580));
  }

  ::slotted([slot='suffix']) {
    border-inline-start: var(--bf-field-border-width, var(--bf-border-width-control, 0.0625rem))
      solid var(--bf-field-border, var(--bf-color-border-input, #6b7580));
  }

  ::slotted([slot='count']) {
    display: block;
    margin-block-start: var(--bf-field-gap, var(--bf-space-1, 0.25rem));
    color: var(--bf-text-field-count-fg, var(--bf-color-text-muted, #545d68));
  }

  ::slotted([data-bf-over]) {
    color: var(--bf-field-error-fg, var(--bf-color-error-text, #b3261e));
    font-weight: var(--bf-font-weight-strong, 600);
  }

  /* Widths for the expected answer, in characters of the field's font, plus its padding; never
     wider than the screen. */
  :host([width]:not([width='full'])) .box {
    flex: 0 1 auto;
  }

  :host([width='2']) ::slotted([slot='control']) {
    inline-size: calc(
      3ch + 2 * var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem))
    ) !important;
  }

  :host([width='3']) ::slotted([slot='control']) {
    inline-size: calc(
      4ch + 2 * var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem))
    ) !important;
  }

  :host([width='4']) ::slotted([slot='control']),
  :host([width='postcode']) ::slotted([slot='control']) {
    inline-size: calc(
      5ch + 2 * var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem))
    ) !important;
  }

  :host([width='5']) ::slotted([slot='control']) {
    inline-size: calc(
      6ch + 2 * var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem))
    ) !important;
  }

  :host([width='10']) ::slotted([slot='control']) {
    inline-size: calc(
      11ch + 2 * var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem))
    ) !important;
  }

  /* 85.07.30-033.28 and 0123.456.789 */
  :host([width='nrn']) ::slotted([slot='control']),
  :host([width='enterprise']) ::slotted([slot='control']) {
    inline-size: calc(
      16ch + 2 * var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem))
    ) !important;
  }

  :host([width='20']) ::slotted([slot='control']) {
    inline-size: calc(
      21ch + 2 * var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem))
    ) !important;
  }

  /* BE68 5390 0754 7034, and room for the longer IBANs of neighbouring countries. */
  :host([width='iban']) ::slotted([slot='control']) {
    inline-size: calc(
      28ch + 2 * var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem))
    ) !important;
  }

  :host([width='30']) ::slotted([slot='control']) {
    inline-size: calc(
      31ch + 2 * var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem))
    ) !important;
  }

  :host([width]:not([width='full'])) ::slotted([slot='control']) {
    max-inline-size: 100%;
  }

  .toggle {
    flex: none;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    min-inline-size: var(--bf-touch-target-min, 2.75rem);
    margin: 0;
    padding-inline: var(--bf-space-3, 0.75rem);
    border: var(--bf-border-width-thick, 0.125rem) solid
      var(--bf-text-field-toggle-fg, var(--bf-color-action, #1b4f8f));
    border-radius: var(--bf-field-radius, var(--bf-radius-small, 0.125rem));
    background: var(--bf-text-field-toggle-bg, var(--bf-color-surface, #ffffff));
    color: var(--bf-text-field-toggle-fg, var(--bf-color-action, #1b4f8f));
    font: inherit;
    font-weight: var(--bf-font-weight-strong, 600);
    cursor: pointer;
  }

  .toggle:hover:not(:disabled) {
    background: var(--bf-text-field-toggle-bg-hover, var(--bf-color-action-subtle, #eef4fb));
  }

  /* Disabled (by its own attribute or by a fieldset): still legible, clearly not for typing. The
     input shows it itself, as the element cannot see a fieldset's state; its own attribute also
     greys the box. */
  :host([disabled]) .box {
    border-color: var(--bf-field-disabled-fg, var(--bf-color-text-disabled, #6b7580));
    background: var(--bf-field-disabled-bg, var(--bf-color-action-disabled, #eceef0));
  }

  ::slotted([slot='control']:disabled) {
    background: var(--bf-field-disabled-bg, var(--bf-color-action-disabled, #eceef0));
    color: var(--bf-field-disabled-fg, var(--bf-color-text-disabled, #6b7580));
    cursor: not-allowed;
  }

  /* Read-only: the value is there to read, not to change. */
  ::slotted([slot='control']:read-only:not(:disabled)) {
    background: var(--bf-text-field-readonly-bg, var(--bf-color-surface-subtle, #f5f6f7));
  }

  .toggle:disabled {
    border-color: var(--bf-field-disabled-fg, var(--bf-color-text-disabled, #6b7580));
    background: var(--bf-field-disabled-bg, var(--bf-color-action-disabled, #eceef0));
    color: var(--bf-field-disabled-fg, var(--bf-color-text-disabled, #6b7580));
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    .box {
      border-color: FieldText;
      background: Field;
    }

    :host(:state(invalid)) .box {
      border-width: var(--bf-field-invalid-border-width, var(--bf-border-width-thick, 0.125rem));
      border-color: FieldText;
    }

    .box:focus-within {
      outline-color: Highlight;
      box-shadow: none;
    }

    ::slotted([slot='control']) {
      color: FieldText;
    }

    :host([disabled]) .box,
    .toggle:disabled {
      border-color: GrayText;
      color: GrayText;
    }

    .toggle {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
