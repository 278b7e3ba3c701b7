import { css } from 'lit';
import { fontFamilyBase } from './styles.js';

/**
 * The look every Belfry field shares, written once: the label, hint and error message above the
 * control, the box that draws the control's border and focus ring, and its invalid, disabled and
 * forced-colours states. A field adds it after the base styles
 * (`static styles = [BelfryElement.styles, fieldStyles, styles]`) and renders:
 *
 * ```html
 * <slot name="label"></slot><slot name="hint"></slot><slot name="error"></slot>
 * <div part="box" class="box"><slot name="control"></slot></div>
 * <slot name="count"></slot><slot></slot>
 * ```
 *
 * The label, hint, error, control and count are the element's own light-DOM children (see
 * docs/decisions/0013), styled here with ::slotted(). Page styles for `label`, `textarea` or
 * `select` reach them too: what a citizen relies on (the target size, the focus ring, the error's
 * border) is set with !important, which beats a page's ordinary rules for slotted elements.
 *
 * Every value is a design token with the federal theme's value as fallback: component token →
 * semantic token → literal; the shared field tokens are `--bf-field-…`.
 */
export const fieldStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
    color: var(--bf-field-label-fg, var(--bf-color-text, #1a1d21));
    font-family: ${fontFamilyBase};
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

  ::slotted([slot='count']) {
    display: block;
    margin-block-start: var(--bf-field-gap, var(--bf-space-1, 0.25rem));
    overflow-wrap: break-word;
  }

  /* The box draws the border and the focus ring around the control. */
  .box {
    position: relative;
    display: flex;
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
    flex: 1 1 auto;
    box-sizing: border-box !important;
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
    /* The box shows the focus ring; the control itself would draw a second one inside it. */
    outline: none !important;
    appearance: none;
  }

  /* Disabled (by its own attribute or by a fieldset): still legible, and clearly not for use.
     The state is core's DisabledStateController's, whatever disabled the field; the attribute
     also counts before the script has run, and in a browser without custom states (:is() keeps
     the rule when it does not know :state()). */
  :host(:is([disabled], :state(disabled))) .box {
    border-color: var(--bf-field-disabled-fg, var(--bf-color-text-disabled, #6b7580));
    background: var(--bf-field-disabled-bg, var(--bf-color-action-disabled, #eceef0));
  }

  ::slotted([slot='control']:disabled) {
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

    :host(:is([disabled], :state(disabled))) .box,
    ::slotted([slot='control']:disabled) {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
