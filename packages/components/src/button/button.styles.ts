import { css } from 'lit';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal.
 */
export const styles = css`
  :host {
    /* Contains the visually hidden status text, so that it never widens a scrolling container
       or the page. */
    position: relative;
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }

  :host([full-width]) {
    display: block;
  }

  .button {
    --_bg: var(--bf-button-primary-bg, var(--bf-color-action, #1b4f8f));
    --_bg-hover: var(--bf-button-primary-bg-hover, var(--bf-color-action-hover, #143c6e));
    --_bg-active: var(--bf-button-primary-bg-active, var(--bf-color-action-active, #0e2b50));
    --_fg: var(--bf-button-primary-fg, var(--bf-color-text-on-action, #ffffff));
    --_border: var(--bf-button-primary-border, var(--bf-color-action, #1b4f8f));

    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--bf-button-gap, var(--bf-space-2, 0.5rem));
    box-sizing: border-box;
    min-block-size: var(--bf-button-min-size, var(--bf-touch-target-min, 2.75rem));
    min-inline-size: var(--bf-button-min-size, var(--bf-touch-target-min, 2.75rem));
    max-inline-size: 100%;
    margin: 0;
    padding-block: var(--bf-button-padding-block, var(--bf-space-2, 0.5rem));
    padding-inline: var(--bf-button-padding-inline, var(--bf-space-4, 1rem));
    border: var(--bf-button-border-width, var(--bf-border-width-thick, 0.125rem)) solid
      var(--_border);
    border-radius: var(--bf-button-radius, var(--bf-radius-medium, 0.25rem));
    background: var(--_bg);
    color: var(--_fg);
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
    font-size: var(--bf-button-font-size, var(--bf-font-size-body, 1rem));
    font-weight: var(--bf-button-font-weight, var(--bf-font-weight-bold, 700));
    line-height: var(--bf-button-line-height, var(--bf-line-height-tight, 1.25));
    text-align: center;
    text-decoration: none;
    overflow-wrap: break-word;
    cursor: pointer;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
    transition:
      background-color var(--bf-duration-fast, 100ms)
        var(--bf-easing-standard, cubic-bezier(0.2, 0, 0, 1)),
      color var(--bf-duration-fast, 100ms) var(--bf-easing-standard, cubic-bezier(0.2, 0, 0, 1)),
      border-color var(--bf-duration-fast, 100ms)
        var(--bf-easing-standard, cubic-bezier(0.2, 0, 0, 1));
  }

  :host([full-width]) .button {
    inline-size: 100%;
  }

  .button:hover {
    background: var(--_bg-hover);
    border-color: var(--_bg-hover);
  }

  .button:active {
    background: var(--_bg-active);
    border-color: var(--_bg-active);
  }

  .button--secondary {
    --_bg: var(--bf-button-secondary-bg, var(--bf-color-surface, #ffffff));
    --_bg-hover: var(--bf-button-secondary-bg-hover, var(--bf-color-action-subtle, #eef4fb));
    --_bg-active: var(
      --bf-button-secondary-bg-active,
      var(--bf-color-action-subtle-active, #d6e4f5)
    );
    --_fg: var(--bf-button-secondary-fg, var(--bf-color-action, #1b4f8f));
    --_border: var(--bf-button-secondary-border, var(--bf-color-action, #1b4f8f));
  }

  .button--secondary:hover,
  .button--secondary:active {
    border-color: var(--_border);
  }

  .button--tertiary {
    --_bg: var(--bf-button-tertiary-bg, transparent);
    --_bg-hover: var(--bf-button-tertiary-bg-hover, var(--bf-color-action-subtle, #eef4fb));
    --_bg-active: var(
      --bf-button-tertiary-bg-active,
      var(--bf-color-action-subtle-active, #d6e4f5)
    );
    --_fg: var(--bf-button-tertiary-fg, var(--bf-color-link, #24589d));
    --_border: var(--bf-button-tertiary-border, transparent);

    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .button--tertiary:hover,
  .button--tertiary:active {
    border-color: var(--_border);
    text-decoration-thickness: 0.15em;
  }

  .button--danger {
    --_bg: var(--bf-button-danger-bg, var(--bf-color-danger, #b3261e));
    --_bg-hover: var(--bf-button-danger-bg-hover, var(--bf-color-danger-hover, #8e1d17));
    --_bg-active: var(--bf-button-danger-bg-active, var(--bf-color-danger-active, #6d1612));
    --_fg: var(--bf-button-danger-fg, var(--bf-color-text-on-danger, #ffffff));
    --_border: var(--bf-button-danger-border, var(--bf-color-danger, #b3261e));
  }

  /* Disabled: muted, but still legible (disabled controls are exempt from contrast rules,
     citizens are not). */
  .button:disabled,
  .button[aria-disabled='true']:not(.button--loading) {
    --_bg: var(--bf-button-disabled-bg, var(--bf-color-action-disabled, #eceef0));
    --_bg-hover: var(--_bg);
    --_bg-active: var(--_bg);
    --_fg: var(--bf-button-disabled-fg, var(--bf-color-text-disabled, #6b7580));
    --_border: var(--bf-button-disabled-border, var(--bf-color-border, #d8dce0));

    cursor: not-allowed;
    text-decoration: none;
  }

  /* Loading: the content keeps its size (and its accessible name) but is not shown, so the
     button does not change width under the pointer. */
  .button--loading {
    cursor: progress;
  }

  .button--loading .text,
  .button--loading ::slotted(*) {
    opacity: 0;
  }

  .button--loading:hover,
  .button--loading:active {
    background: var(--_bg);
    border-color: var(--_border);
  }

  .text {
    display: inline-block;
    min-inline-size: 0;
  }

  ::slotted(svg),
  ::slotted(img) {
    flex-shrink: 0;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  .spinner {
    position: absolute;
    inset: 0;
    margin: auto;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: var(--bf-border-width-thick, 0.125rem) solid currentColor;
    border-block-start-color: transparent;
    border-radius: 50%;
    animation: spin var(--bf-duration-spinner, 800ms) linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    /* No spinning: a still ring plus the announced text say that the action is in progress. */
    .spinner {
      animation: none;
      border-block-start-color: currentColor;
      border-inline-end-color: transparent;
    }
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }

    a.button {
      border-color: LinkText;
      color: LinkText;
    }

    .button:hover {
      border-color: Highlight;
    }

    .button:disabled,
    .button[aria-disabled='true']:not(.button--loading) {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
