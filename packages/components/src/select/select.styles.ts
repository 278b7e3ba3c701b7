import { css } from 'lit';

/*
 * The select's own look, after the look every field shares (`fieldStyles` in @belfry/core: the
 * label, hint, error, the box with its border and focus ring, the invalid and disabled states).
 * The browser's own arrow is replaced by one drawn here, so that it follows the theme and forced
 * colours; the list itself stays the browser's. Every value is a design token with the federal
 * theme's value as fallback: component token → semantic token → literal.
 */
export const styles = css`
  /* As wide as its longest option, never wider than its container: a long option never widens
     the page; the select cuts it off with an ellipsis and the open list shows it whole. */
  .box {
    inline-size: fit-content;
  }

  ::slotted([slot='control']) {
    padding-inline-end: var(--bf-select-padding-inline-end, var(--bf-space-7, 2.5rem));
    text-overflow: ellipsis;
    cursor: pointer;
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

  :host(:is([disabled], :state(disabled))) .arrow {
    border-color: var(--bf-field-disabled-fg, var(--bf-color-text-disabled, #6b7580));
  }

  @media (forced-colors: active) {
    .arrow {
      border-color: FieldText;
    }

    :host(:is([disabled], :state(disabled))) .arrow {
      border-color: GrayText;
    }
  }
`;
