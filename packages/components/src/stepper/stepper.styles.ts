import { css } from 'lit';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal.
 *
 * The steps fold behind a button when the STEPPER (not the window) is narrower than the
 * `breakpoint.md` token, 48em: a container query on the host, as bf-header does, so a stepper in
 * a narrow column folds too, and the width grows with the user's text size. Custom properties
 * cannot be used in a container query, so the token's value is written here; the stepper's tests
 * check it against the token build.
 */
export const stepperStyles = css`
  /* The page's font (a stepper sits in a page of Belfry text): a font stack here would cost
     0.1 kB of a tight budget (docs/performance.md). */
  :host {
    display: block;
    container-type: inline-size;
    margin-block-end: var(--bf-stepper-margin, var(--bf-space-6, 2rem));
    color: var(--bf-stepper-fg, var(--bf-color-text, #1a1d21));
    font-size: var(--bf-font-size-body, 1rem);
    line-height: var(--bf-line-height-body, 1.5);
    overflow-wrap: break-word;
  }

  .status {
    margin: 0 0 var(--bf-space-2, 0.5rem);
    font-weight: var(--bf-font-weight-bold, 700);
  }

  /* A server cannot see the steps, so it sends no "Step 2 of 5": no empty line either. */
  .status:empty {
    display: none;
  }

  /* Shown only when the script runs and the stepper is narrow (see the container query). */
  .toggle {
    display: none;
    align-items: center;
    justify-content: space-between;
    gap: var(--bf-space-3, 0.75rem);
    inline-size: 100%;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    margin: 0;
    padding: var(--bf-space-2, 0.5rem) var(--bf-space-3, 0.75rem);
    border: var(--bf-border-width-thin, 0.0625rem) solid
      var(--bf-stepper-toggle-border, var(--bf-color-border-strong, #6b7580));
    border-radius: var(--bf-radius-medium, 0.25rem);
    background: var(--bf-stepper-toggle-bg, var(--bf-color-surface-subtle, #f5f6f7));
    color: var(--bf-stepper-toggle-fg, var(--bf-color-text, #1a1d21));
    font: inherit;
    font-weight: var(--bf-font-weight-bold, 700);
    text-align: start;
    cursor: pointer;
  }

  .summary {
    min-inline-size: 0;
  }

  /* A chevron drawn with borders (nothing to read): down when folded, up when open. */
  .toggle::after {
    content: '';
    flex-shrink: 0;
    inline-size: var(--bf-space-2, 0.5rem);
    block-size: var(--bf-space-2, 0.5rem);
    margin-inline-end: var(--bf-space-1, 0.25rem);
    border-block-end: var(--bf-border-width-thick, 0.125rem) solid;
    border-inline-end: var(--bf-border-width-thick, 0.125rem) solid;
    transform: rotate(45deg);
  }

  .toggle[aria-expanded='true']::after {
    transform: rotate(225deg);
  }

  .list {
    display: flex;
    gap: var(--bf-stepper-gap, var(--bf-space-3, 0.75rem));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Wide: every step is shown, in a row; the button is never needed. */
  .panel[hidden] {
    display: block;
    content-visibility: visible;
  }

  @container (width < 48em) {
    :host(:state(enhanced)) .status {
      display: none;
    }

    :host(:state(enhanced)) .toggle {
      display: flex;
    }

    :host(:state(enhanced)) .panel[hidden] {
      display: none;
      content-visibility: hidden;
    }

    :host(:state(enhanced)) .panel {
      padding-block-start: var(--bf-space-2, 0.5rem);
    }

    .list {
      flex-direction: column;
      gap: var(--bf-space-1, 0.25rem);
    }
  }

  @media (forced-colors: active) {
    .toggle {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;

export const stepStyles = css`
  :host {
    display: block;
    flex: 1 1 0;
    min-inline-size: 0;
  }

  .step {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--bf-space-1, 0.25rem);
    block-size: 100%;
    padding-block-start: var(--bf-space-3, 0.75rem);
    border-block-start: var(--bf-stepper-bar-width, var(--bf-border-width-heavy, 0.25rem)) solid
      var(--bf-stepper-bar, var(--bf-color-border-strong, #6b7580));
  }

  .marker {
    display: inline-flex;
    flex-shrink: 0;
    align-items: center;
    justify-content: center;
    inline-size: var(--bf-stepper-marker-size, var(--bf-space-6, 2rem));
    block-size: var(--bf-stepper-marker-size, var(--bf-space-6, 2rem));
    border: var(--bf-border-width-thick, 0.125rem) solid;
    border-radius: var(--bf-radius-pill, 999rem);
    color: var(--bf-stepper-upcoming-fg, var(--bf-color-text-muted, #545d68));
    font-weight: var(--bf-font-weight-bold, 700);
    line-height: 1;
  }

  /* Done and current: a filled mark, and the bar above in the action colour. Still to come and
     not needed: a ring. To correct: filled, with "!". Each has its own drawing (a tick, the
     number, a dash, "!"), and its state in words for screen readers. */
  .step:not(.step--upcoming) {
    border-block-start-color: var(--bf-stepper-bar-done, var(--bf-color-action, #1b4f8f));
  }

  .step--complete .marker,
  .step--current .marker {
    border-color: var(--bf-stepper-done-bg, var(--bf-color-action, #1b4f8f));
    background: var(--bf-stepper-done-bg, var(--bf-color-action, #1b4f8f));
    color: var(--bf-stepper-done-fg, var(--bf-color-text-on-action, #ffffff));
  }

  .step--error .marker {
    border-color: var(--bf-stepper-error-bg, var(--bf-color-error-icon, #b3261e));
    background: var(--bf-stepper-error-bg, var(--bf-color-error-icon, #b3261e));
    color: var(--bf-stepper-error-fg, var(--bf-color-text-on-danger, #ffffff));
  }

  /* The tick: two borders of a box, turned. */
  .step--complete .marker::before {
    content: '';
    inline-size: 0.35em;
    block-size: 0.7em;
    margin-block-end: 0.15em;
    border-block-end: var(--bf-border-width-thick, 0.125rem) solid;
    border-inline-end: var(--bf-border-width-thick, 0.125rem) solid;
    transform: rotate(45deg);
  }

  .label {
    max-inline-size: 100%;
  }

  .step--current .label {
    font-weight: var(--bf-font-weight-bold, 700);
  }

  .link {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    color: var(--bf-stepper-link-fg, var(--bf-color-link, #24589d));
    text-underline-offset: 0.2em;
  }

  .link:hover {
    color: var(--bf-stepper-link-fg-hover, var(--bf-color-link-hover, #143c6e));
    text-decoration-thickness: 0.15em;
  }

  /* Narrow (folded behind the stepper's button): one step under the other, mark beside name. */
  @container (width < 48em) {
    .step {
      flex-direction: row;
      align-items: center;
      gap: var(--bf-stepper-gap, var(--bf-space-3, 0.75rem));
      min-block-size: var(--bf-touch-target-min, 2.75rem);
      padding: 0;
      border: 0;
    }
  }

  @media (forced-colors: active) {
    .marker {
      border-color: CanvasText;
    }

    /* The current step stays told apart from the others by its fill, in system colours. */
    .step--current .marker {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }

    .link {
      color: LinkText;
    }
  }
`;
