import { css } from 'lit';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal.
 *
 * Only the checkbox's own rules: every size and colour through its tokens, and its mark. Core's
 * choiceStyles, added before these and shared with bf-radio, lays out the row (the label
 * spanning it, at least 44 px tall), the focus ring, the follow-up question and forced colours.
 * The box is the native checkbox itself (in light DOM, put here by the `control` slot), drawn
 * with `appearance: none`; the tick is its `::before`. Page rules for `input` or `label` also
 * reach these light-DOM nodes: what a citizen relies on (the box's place and size, the
 * label's padding) is set with !important, which beats a page's ordinary rules for slotted content.
 */
export const styles = css`
  :host {
    color: var(--bf-checkbox-label-fg, var(--bf-color-text, #1a1d21));
  }

  .option {
    grid-template-columns: var(--bf-checkbox-size, var(--bf-space-5, 1.5rem)) minmax(0, 1fr);
    column-gap: var(--bf-checkbox-gap, var(--bf-space-3, 0.75rem));
  }

  ::slotted([slot='control']) {
    inline-size: var(--bf-checkbox-size, var(--bf-space-5, 1.5rem)) !important;
    block-size: var(--bf-checkbox-size, var(--bf-space-5, 1.5rem)) !important;
    margin: calc(
        (var(--bf-touch-target-min, 2.75rem) - var(--bf-checkbox-size, var(--bf-space-5, 1.5rem))) /
          2
      )
      0 0 !important;
    border: var(--bf-checkbox-border-width, var(--bf-border-width-thick, 0.125rem)) solid
      var(--bf-checkbox-border, var(--bf-color-border-input, #6b7580));
    border-radius: var(--bf-checkbox-radius, var(--bf-radius-small, 0.125rem));
    background: var(--bf-checkbox-bg, var(--bf-color-surface, #ffffff));
  }

  .option:hover ::slotted([slot='control']:not(:disabled, :checked)) {
    border-color: var(--bf-checkbox-border-hover, var(--bf-color-text, #1a1d21));
  }

  ::slotted([slot='control']:checked) {
    border-color: var(--bf-checkbox-checked-bg, var(--bf-color-action, #1b4f8f));
    background: var(--bf-checkbox-checked-bg, var(--bf-color-action, #1b4f8f));
  }

  /* The tick: two borders of a rotated box. */
  ::slotted([slot='control']:checked)::before {
    inset-block-start: 8%;
    inset-inline-start: 30%;
    inline-size: 32%;
    block-size: 62%;
    border: solid var(--bf-checkbox-mark, var(--bf-color-text-on-action, #ffffff));
    border-width: 0 0.1875em 0.1875em 0;
    transform: rotate(45deg);
  }

  ::slotted([slot='control'][aria-invalid='true']) {
    border-color: var(--bf-checkbox-border-invalid, var(--bf-color-error-border, #b3261e));
  }

  ::slotted([slot='control']:disabled) {
    border-color: var(--bf-checkbox-disabled-border, var(--bf-color-text-disabled, #6b7580));
    background: var(--bf-checkbox-disabled-bg, var(--bf-color-action-disabled, #eceef0));
  }

  ::slotted([slot='control']:checked:disabled)::before {
    border-color: var(--bf-checkbox-disabled-fg, var(--bf-color-text-disabled, #6b7580));
  }

  /* The label's padding centres its first line on the box and starts its text beside it. */
  ::slotted([slot='label']),
  .text {
    padding-block: calc(
      (var(--bf-touch-target-min, 2.75rem) - var(--bf-checkbox-size, var(--bf-space-5, 1.5rem))) / 2
    ) !important;
    padding-inline-start: calc(
      var(--bf-checkbox-size, var(--bf-space-5, 1.5rem)) +
        var(--bf-checkbox-gap, var(--bf-space-3, 0.75rem))
    ) !important;
  }

  :host(:state(disabled)) ::slotted([slot='label']) {
    color: var(--bf-checkbox-disabled-fg, var(--bf-color-text-disabled, #6b7580));
  }

  ::slotted([slot='hint']) {
    /* Up under the label's text, into the label's own padding. */
    margin-block: calc(
        (var(--bf-checkbox-size, var(--bf-space-5, 1.5rem)) - var(--bf-touch-target-min, 2.75rem)) /
          2 + var(--bf-space-1, 0.25rem)
      )
      0;
    color: var(--bf-checkbox-hint-fg, var(--bf-color-text-muted, #545d68));
  }

  ::slotted([slot='error']) {
    margin: 0;
    color: var(--bf-field-error-fg, var(--bf-color-error-text, #b3261e));
    font-weight: var(--bf-font-weight-strong, 600);
  }

  ::slotted([slot='conditional']) {
    margin-inline-start: calc(
      (
          var(--bf-checkbox-size, var(--bf-space-5, 1.5rem)) - var(
              --bf-checkbox-conditional-border-width,
              var(--bf-border-width-heavy, 0.25rem)
            )
        ) /
        2
    );
    padding-inline-start: var(--bf-checkbox-conditional-padding, var(--bf-space-4, 1rem));
    border-inline-start: var(
        --bf-checkbox-conditional-border-width,
        var(--bf-border-width-heavy, 0.25rem)
      )
      solid var(--bf-checkbox-conditional-border, var(--bf-color-border-input, #6b7580));
  }

  @media (forced-colors: active) {
    /* After the rules above that these override (choiceStyles draws the rest). */
    :host(:state(disabled)) ::slotted([slot='label']) {
      color: GrayText;
    }

    ::slotted([slot='conditional']) {
      border-inline-start-color: CanvasText;
    }
  }
`;
