import { css } from 'lit';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal.
 *
 * The circle is the native radio button itself (in light DOM, put here by the `control` slot),
 * drawn with `appearance: none`; the dot is its `::before`. The label spans the whole row,
 * circle included, and is at least 44 px tall: a tap anywhere on the row chooses the option.
 * The control and label are the page's light DOM, which page rules for `input` or `label` also
 * reach: what a citizen relies on (the circle's place and size, the 44 px target, the focus ring)
 * is set with !important, which beats a page's ordinary rules for slotted content.
 */
export const styles = css`
  :host {
    display: block;
    color: var(--bf-radio-label-fg, var(--bf-color-text, #1a1d21));
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
    font-size: var(--bf-font-size-body, 1rem);
    line-height: var(--bf-line-height-body, 1.5);
  }

  .option {
    display: grid;
    grid-template-columns: var(--bf-radio-size, var(--bf-space-5, 1.5rem)) minmax(0, 1fr);
    column-gap: var(--bf-radio-gap, var(--bf-space-3, 0.75rem));
    align-items: start;
  }

  ::slotted([slot='control']) {
    box-sizing: border-box !important;
    /* Above the label, which spans the row under it. */
    position: relative !important;
    z-index: 1 !important;
    grid-area: 1 / 1 !important;
    appearance: none !important;
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
    cursor: pointer;
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
    content: '';
    position: absolute;
    inset: 0;
    inline-size: var(--bf-radio-mark-size, var(--bf-space-3, 0.75rem));
    block-size: var(--bf-radio-mark-size, var(--bf-space-3, 0.75rem));
    margin: auto;
    border-radius: 50%;
    background: var(--bf-radio-mark, var(--bf-color-action, #1b4f8f));
  }

  ::slotted([slot='control']:focus-visible) {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a) !important;
    outline-offset: var(--bf-focus-ring-offset, 0.125rem) !important;
    box-shadow: 0 0 0 var(--bf-focus-ring-offset, 0.125rem)
      var(--bf-color-focus-ring-inner, #ffffff);
  }

  ::slotted([slot='control'][aria-invalid='true']) {
    border-color: var(--bf-radio-border-invalid, var(--bf-color-error-border, #b3261e));
  }

  ::slotted([slot='control']:disabled) {
    border-color: var(--bf-radio-disabled-border, var(--bf-color-text-disabled, #6b7580));
    background: var(--bf-radio-disabled-bg, var(--bf-color-action-disabled, #eceef0));
    cursor: not-allowed;
  }

  ::slotted([slot='control']:checked:disabled)::before {
    background: var(--bf-radio-disabled-fg, var(--bf-color-text-disabled, #6b7580));
  }

  /* The label covers the whole row, box included: at least 44 px tall, and a tap target. */
  ::slotted([slot='label']),
  .text {
    /* Light-DOM nodes get the page's box sizing; the 44 px must include the padding. */
    box-sizing: border-box !important;
    grid-area: 1 / 1 / 2 / 3 !important;
    display: block !important;
    min-block-size: var(--bf-touch-target-min, 2.75rem) !important;
    padding-block: calc(
      (var(--bf-touch-target-min, 2.75rem) - var(--bf-radio-size, var(--bf-space-5, 1.5rem))) / 2
    ) !important;
    padding-inline-start: calc(
      var(--bf-radio-size, var(--bf-space-5, 1.5rem)) +
        var(--bf-radio-gap, var(--bf-space-3, 0.75rem))
    ) !important;
    overflow-wrap: break-word;
    cursor: pointer;
  }

  :host(:state(disabled)) ::slotted([slot='label']) {
    color: var(--bf-radio-disabled-fg, var(--bf-color-text-disabled, #6b7580));
    cursor: not-allowed;
  }

  ::slotted([slot='hint']) {
    grid-column: 2;
    /* Up under the label's text, into the label's own padding. */
    margin-block: calc(
        (var(--bf-radio-size, var(--bf-space-5, 1.5rem)) - var(--bf-touch-target-min, 2.75rem)) /
          2 + var(--bf-space-1, 0.25rem)
      )
      0;
    padding-block-end: var(--bf-space-2, 0.5rem);
    color: var(--bf-radio-hint-fg, var(--bf-color-text-muted, #545d68));
    overflow-wrap: break-word;
  }

  ::slotted([slot='conditional']) {
    margin-block: 0 var(--bf-space-2, 0.5rem);
    margin-inline-start: calc(
      (
          var(--bf-radio-size, var(--bf-space-5, 1.5rem)) - var(
              --bf-radio-conditional-border-width,
              var(--bf-border-width-heavy, 0.25rem)
            )
        ) /
        2
    );
    padding-block: var(--bf-space-2, 0.5rem);
    padding-inline-start: var(--bf-radio-conditional-padding, var(--bf-space-4, 1rem));
    border-inline-start: var(
        --bf-radio-conditional-border-width,
        var(--bf-border-width-heavy, 0.25rem)
      )
      solid var(--bf-radio-conditional-border, var(--bf-color-border-input, #6b7580));
  }

  @media (forced-colors: active) {
    /* The system draws the circle, in the colours the person chose. */
    ::slotted([slot='control']) {
      appearance: auto !important;
    }

    ::slotted([slot='control']:checked)::before {
      content: none;
    }

    ::slotted([slot='control']:focus-visible) {
      outline-color: Highlight !important;
      box-shadow: none;
    }

    :host(:state(disabled)) ::slotted([slot='label']) {
      color: GrayText;
    }

    ::slotted([slot='conditional']) {
      border-inline-start-color: CanvasText;
    }
  }
`;
