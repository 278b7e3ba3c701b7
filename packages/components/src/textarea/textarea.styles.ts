import { css } from 'lit';

/*
 * The textarea's own look, after the look every field shares (`fieldStyles` in @belfry/core: the
 * label, hint, error, the box with its border and focus ring, the invalid and disabled states).
 * Every value is a design token with the federal theme's value as fallback: component token →
 * semantic token → literal.
 */
export const styles = css`
  ::slotted([slot='control']) {
    display: block;
    line-height: var(--bf-textarea-line-height, var(--bf-line-height-body, 1.5));
    overflow-wrap: break-word;
    /* Only downwards: the box always has its container's width, so nothing scrolls sideways at
       320 px or at 400 % zoom. */
    resize: vertical !important;
  }

  ::slotted([slot='control']:disabled),
  ::slotted([slot='control'][readonly]) {
    resize: none !important;
  }

  /* Read-only: the text is there to read, not to change. */
  ::slotted([slot='control'][readonly]:not(:disabled)) {
    background: var(--bf-color-surface-subtle, #f5f6f7);
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
    ::slotted([slot='control']) {
      field-sizing: content;
      min-block-size: calc(
        attr(rows type(<number>), 5) * 1lh + 2 *
          var(--bf-field-padding-block, var(--bf-space-2, 0.5rem))
      ) !important;
    }
  }
`;
