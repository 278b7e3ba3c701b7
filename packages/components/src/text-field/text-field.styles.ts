import { css } from 'lit';

/*
 * The text field's own look. The label, hint, error, the box (border, focus ring, invalid and
 * disabled states) and the input in it come from core's fieldStyles, which the element adds before
 * these; see docs/decisions/0013 for the light-DOM children styled with ::slotted(). Here: the row
 * with the password toggle, the placeholder, prefix and suffix, the count, widths and read-only.
 *
 * Every value is a design token with the federal theme's value as fallback: component token →
 * semantic token → literal. The shared field tokens (--bf-field-…) are used by every field.
 */
export const styles = css`
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: var(--bf-space-2, 0.5rem);
    max-inline-size: 100%;
  }

  /* The box (core's fieldStyles) holds the input and its prefix and suffix, and fills the row
     beside the password toggle. */
  .box {
    flex: 1 1 auto;
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
