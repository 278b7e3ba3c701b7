import { css } from 'lit';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal.
 *
 * Only the radio's own rules: every size and colour through its tokens, and its mark. Core's
 * choiceStyles, added before these and shared with bf-checkbox, lays out the row (the label
 * spanning it, at least 44 px tall), the focus ring, the follow-up question and forced colours.
 * The circle is the native radio button itself (in light DOM, put here by the `control` slot), drawn
 * with `appearance: none`; the dot is its `::before`. Page rules for `input` or `label` also
 * reach these light-DOM nodes: what a citizen relies on (the circle's place and size, the
 * label's padding) is set with !important, which beats a page's ordinary rules for slotted content.
 */
export const styles = css`
  :host {
    color: var(--bf-radio-label-fg, var(--bf-color-text, #1a1d21));
  }

  .option {
    grid-template-columns: var(--bf-radio-size, var(--bf-space-5, 1.5rem)) minmax(0, 1fr);
    column-gap: var(--bf-radio-gap, var(--bf-space-3, 0.75rem));
  }

  ::slotted([slot='control']) {
    inline-size: var(--bf-radio-size, var(--bf-space-5, 1.5rem)) !important;
    block-size: var(--bf-radio-size, var(--bf-space-5, 1.5rem)) !important;
    margin: calc(
        (var(--bf-touch-target-min, 2.75rem) - var(--bf-radio-size, var(--bf-space-5, 1.5rem))) / 2
      )
      0 0 !important;
    border: var(--bf-radio-border-width, var(--bf-border-width-thick, 0.125rem)) solid
      var(--bf-radio-border, var(--bf-color-border-input, #6b7580));
    border-radius: 50%;
    background: var(--bf-radio-bg, var(--bf-color-surface, #ffffff));
  }

  .option:hover ::slotted([slot='control']:not(:disabled, :checked)) {
    border-color: var(--bf-radio-border-hover, var(--bf-color-text, #1a1d21));
  }

  ::slotted([slot='control']:checked) {
    border-color: var(--bf-radio-checked-border, var(--bf-color-action, #1b4f8f));
    background: var(--bf-radio-checked-bg, var(--bf-color-surface, #ffffff));
  }

  /* The dot, in the middle of the circle. */
  ::slotted([slot='control']:checked)::before {
    inset: 0;
    inline-size: var(--bf-radio-mark-size, var(--bf-space-3, 0.75rem));
    block-size: var(--bf-radio-mark-size, var(--bf-space-3, 0.75rem));
    margin: auto;
    border-radius: 50%;
    background: var(--bf-radio-mark, var(--bf-color-action, #1b4f8f));
  }

  ::slotted([slot='control'][aria-invalid='true']) {
    border-color: var(--bf-radio-border-invalid, var(--bf-color-error-border, #b3261e));
  }

  ::slotted([slot='control']:disabled) {
    border-color: var(--bf-radio-disabled-border, var(--bf-color-text-disabled, #6b7580));
    background: var(--bf-radio-disabled-bg, var(--bf-color-action-disabled, #eceef0));
  }

  ::slotted([slot='control']:checked:disabled)::before {
    background: var(--bf-radio-disabled-fg, var(--bf-color-text-disabled, #6b7580));
  }

  /* The label's padding centres its first line on the circle and starts its text beside it. */
  ::slotted([slot='label']),
  .text {
    padding-block: calc(
      (var(--bf-touch-target-min, 2.75rem) - var(--bf-radio-size, var(--bf-space-5, 1.5rem))) / 2
    ) !important;
    padding-inline-start: calc(
      var(--bf-radio-size, var(--bf-space-5, 1.5rem)) +
        var(--bf-radio-gap, var(--bf-space-3, 0.75rem))
    ) !important;
  }

  :host(:state(disabled)) ::slotted([slot='label']) {
    color: var(--bf-radio-disabled-fg, var(--bf-color-text-disabled, #6b7580));
  }

  ::slotted([slot='hint']) {
    /* Up under the label's text, into the label's own padding. */
    margin-block: calc(
        (var(--bf-radio-size, var(--bf-space-5, 1.5rem)) - var(--bf-touch-target-min, 2.75rem)) /
          2 + var(--bf-space-1, 0.25rem)
      )
      0;
    color: var(--bf-radio-hint-fg, var(--bf-color-text-muted, #545d68));
  }

  ::slotted([slot='conditional']) {
    margin-inline-start: calc(
      (
          var(--bf-radio-size, var(--bf-space-5, 1.5rem)) - var(
              --bf-radio-conditional-border-width,
              var(--bf-border-width-heavy, 0.25rem)
            )
        ) /
        2
    );
    padding-inline-start: var(--bf-radio-conditional-padding, var(--bf-space-4, 1rem));
    border-inline-start: var(
        --bf-radio-conditional-border-width,
        var(--bf-border-width-heavy, 0.25rem)
      )
      solid var(--bf-radio-conditional-border, var(--bf-color-border-input, #6b7580));
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
