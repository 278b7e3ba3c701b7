import { css } from 'lit';
import { fontFamilyBase } from '@belfry/core';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal. The boxes look like every other Belfry field
 * (the field tokens); the date field's own tokens set their widths and the space between them.
 *
 * The legend, hint, error message, labels and boxes are light-DOM nodes (ADR 13), placed by the
 * named slots below and styled with ::slotted(). Page styles for `input` reach the boxes too: what
 * a citizen relies on (the target size, the focus ring, the error's border) is set with
 * !important, which beats a page's ordinary rules for slotted elements.
 */
export const styles = css`
  :host {
    display: block;
    max-inline-size: 100%;
    color: var(--bf-field-fg, var(--bf-color-text, #1a1d21));
    font-family: ${fontFamilyBase};
    font-size: var(--bf-field-font-size, var(--bf-font-size-body, 1rem));
    line-height: var(--bf-line-height-body, 1.5);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--bf-field-gap, var(--bf-space-1, 0.25rem));
  }

  ::slotted([slot='label']) {
    color: var(--bf-field-label-fg, var(--bf-color-text, #1a1d21));
    font-weight: var(--bf-field-label-font-weight, var(--bf-font-weight-strong, 600));
  }

  ::slotted([slot='hint']) {
    color: var(--bf-field-hint-fg, var(--bf-color-text-muted, #545d68));
  }

  ::slotted([slot='error']) {
    color: var(--bf-field-error-fg, var(--bf-color-error-text, #b3261e));
    font-weight: var(--bf-field-label-font-weight, var(--bf-font-weight-strong, 600));
  }

  .parts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--bf-date-field-gap, var(--bf-space-4, 1rem));
    margin-block-start: var(--bf-field-gap, var(--bf-space-1, 0.25rem));
  }

  .part {
    display: flex;
    flex-direction: column;
    gap: var(--bf-field-gap, var(--bf-space-1, 0.25rem));
  }

  ::slotted(input) {
    /* Light-DOM boxes do not inherit the shadow root's box sizing. */
    box-sizing: border-box !important;
    min-block-size: var(--bf-field-min-size, var(--bf-touch-target-min, 2.75rem)) !important;
    min-inline-size: var(--bf-field-min-size, var(--bf-touch-target-min, 2.75rem)) !important;
    max-inline-size: 100%;
    margin: 0 !important;
    padding: var(--bf-field-padding-block, var(--bf-space-2, 0.5rem))
      var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem));
    border: var(--bf-field-border-width, var(--bf-border-width-control, 0.0625rem)) solid
      var(--bf-field-border, var(--bf-color-border-input, #6b7580));
    border-radius: var(--bf-field-radius, var(--bf-radius-small, 0.125rem));
    background: var(--bf-field-bg, var(--bf-color-surface, #ffffff));
    color: var(--bf-field-fg, var(--bf-color-text, #1a1d21));
    font: inherit;
    /* Digits line up from box to box. */
    font-variant-numeric: tabular-nums;
  }

  /* What shows before the script has made the light-DOM nodes (see render()). */
  .stand-in-text {
    display: block;
  }

  .label {
    color: var(--bf-field-label-fg, var(--bf-color-text, #1a1d21));
    font-weight: var(--bf-field-label-font-weight, var(--bf-font-weight-strong, 600));
  }

  .hint {
    color: var(--bf-field-hint-fg, var(--bf-color-text-muted, #545d68));
  }

  /* The room a box takes, before the script has made it. */
  .stand-in {
    display: block;
    block-size: var(--bf-field-min-size, var(--bf-touch-target-min, 2.75rem));
    visibility: hidden;
  }

  .box-day {
    inline-size: var(--bf-date-field-day-width, 3em);
  }

  .box-month {
    inline-size: var(--bf-date-field-month-width, 3em);
  }

  .box-year {
    inline-size: var(--bf-date-field-year-width, 4.5em);
  }

  ::slotted([slot='day']) {
    inline-size: var(--bf-date-field-day-width, 3em);
  }

  ::slotted([slot='month']) {
    inline-size: var(--bf-date-field-month-width, 3em);
  }

  ::slotted([slot='year']) {
    inline-size: var(--bf-date-field-year-width, 4.5em);
  }

  ::slotted(input:hover:not(:disabled, [readonly])) {
    border-color: var(--bf-field-border-hover, var(--bf-color-text, #1a1d21));
  }

  ::slotted(input:focus-visible) {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a) !important;
    outline-offset: var(--bf-focus-ring-offset, 0.125rem);
    box-shadow: 0 0 0 var(--bf-focus-ring-offset, 0.125rem)
      var(--bf-color-focus-ring-inner, #ffffff);
  }

  /* Only the boxes in error: a thicker border, so the state is not shown by colour alone. */
  ::slotted(input[aria-invalid='true']) {
    border-color: var(--bf-field-border-invalid, var(--bf-color-error-border, #b3261e)) !important;
    border-width: var(
      --bf-field-invalid-border-width,
      var(--bf-border-width-thick, 0.125rem)
    ) !important;
  }

  /* Read-only: the date is there to read, not to change. */
  ::slotted(input:read-only:not(:disabled)) {
    background: var(--bf-color-surface-subtle, #f5f6f7);
  }

  ::slotted(input:disabled) {
    border-color: var(--bf-field-disabled-fg, var(--bf-color-text-disabled, #6b7580));
    background: var(--bf-field-disabled-bg, var(--bf-color-action-disabled, #eceef0));
    color: var(--bf-field-disabled-fg, var(--bf-color-text-disabled, #6b7580));
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    ::slotted(input) {
      border-color: FieldText;
    }

    ::slotted(input:disabled) {
      border-color: GrayText;
      color: GrayText;
    }

    ::slotted(input[aria-invalid='true']) {
      border-color: FieldText !important;
    }

    ::slotted(input:focus-visible) {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
