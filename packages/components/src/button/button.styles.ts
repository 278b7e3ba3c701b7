import { css } from 'lit';
import { fontFamilyBase } from '@belfry/core';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal.
 *
 * Written for speed as much as for looks (a page may hold hundreds of buttons): each variant sets
 * its colours directly instead of through private custom properties, which every element would
 * have to compute, and hover and pressed colours are only worked out under the pointer.
 */
export const styles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }

  :host([full-width]) {
    display: block;
  }

  .button {
    /* Contains the visually hidden busy text, so that it never widens a scrolling container. */
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--bf-button-gap, var(--bf-space-2, 0.5rem));
    min-block-size: var(--bf-button-min-size, var(--bf-touch-target-min, 2.75rem));
    min-inline-size: var(--bf-button-min-size, var(--bf-touch-target-min, 2.75rem));
    max-inline-size: 100%;
    margin: 0;
    padding: var(--bf-button-padding-block, var(--bf-space-2, 0.5rem))
      var(--bf-button-padding-inline, var(--bf-space-4, 1rem));
    border: var(--bf-button-border-width, var(--bf-border-width-thick, 0.125rem)) solid;
    border-radius: var(--bf-button-radius, var(--bf-radius-medium, 0.25rem));
    font-family: ${fontFamilyBase};
    font-size: var(--bf-button-font-size, var(--bf-font-size-body, 1rem));
    font-weight: var(--bf-button-font-weight, var(--bf-font-weight-bold, 700));
    line-height: var(--bf-button-line-height, var(--bf-line-height-tight, 1.25));
    text-align: center;
    text-decoration: none;
    /* A word longer than the line (a Dutch compound, an e-mail address) breaks instead of
       overflowing at 320 px; words are never broken while there is room. */
    overflow-wrap: break-word;
    cursor: pointer;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
    transition-property: background-color, border-color, color;
    transition-duration: var(--bf-duration-fast, 100ms);
    transition-timing-function: var(--bf-easing-standard, cubic-bezier(0.2, 0, 0, 1));
  }

  :host([full-width]) .button {
    inline-size: 100%;
  }

  .button--primary {
    border-color: var(--bf-button-primary-border, var(--bf-color-action, #1b4f8f));
    background: var(--bf-button-primary-bg, var(--bf-color-action, #1b4f8f));
    color: var(--bf-button-primary-fg, var(--bf-color-text-on-action, #ffffff));
  }

  .button--primary:hover:not(:disabled, [aria-disabled]) {
    border-color: var(--bf-button-primary-bg-hover, var(--bf-color-action-hover, #143c6e));
    background: var(--bf-button-primary-bg-hover, var(--bf-color-action-hover, #143c6e));
  }

  .button--primary:active:not(:disabled, [aria-disabled]) {
    border-color: var(--bf-button-primary-bg-active, var(--bf-color-action-active, #0e2b50));
    background: var(--bf-button-primary-bg-active, var(--bf-color-action-active, #0e2b50));
  }

  .button--secondary {
    border-color: var(--bf-button-secondary-border, var(--bf-color-action, #1b4f8f));
    background: var(--bf-button-secondary-bg, var(--bf-color-surface, #ffffff));
    color: var(--bf-button-secondary-fg, var(--bf-color-action, #1b4f8f));
  }

  .button--secondary:hover:not(:disabled, [aria-disabled]) {
    background: var(--bf-button-secondary-bg-hover, var(--bf-color-action-subtle, #eef4fb));
  }

  .button--secondary:active:not(:disabled, [aria-disabled]) {
    background: var(--bf-button-secondary-bg-active, var(--bf-color-action-subtle-active, #d6e4f5));
  }

  .button--tertiary {
    border-color: var(--bf-button-tertiary-border, transparent);
    background: var(--bf-button-tertiary-bg, transparent);
    color: var(--bf-button-tertiary-fg, var(--bf-color-link, #24589d));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .button--tertiary:hover:not(:disabled, [aria-disabled]) {
    background: var(--bf-button-tertiary-bg-hover, var(--bf-color-action-subtle, #eef4fb));
    text-decoration-thickness: 0.15em;
  }

  .button--tertiary:active:not(:disabled, [aria-disabled]) {
    background: var(--bf-button-tertiary-bg-active, var(--bf-color-action-subtle-active, #d6e4f5));
  }

  .button--danger {
    border-color: var(--bf-button-danger-border, var(--bf-color-danger, #b3261e));
    background: var(--bf-button-danger-bg, var(--bf-color-danger, #b3261e));
    color: var(--bf-button-danger-fg, var(--bf-color-text-on-danger, #ffffff));
  }

  .button--danger:hover:not(:disabled, [aria-disabled]) {
    border-color: var(--bf-button-danger-bg-hover, var(--bf-color-danger-hover, #8e1d17));
    background: var(--bf-button-danger-bg-hover, var(--bf-color-danger-hover, #8e1d17));
  }

  .button--danger:active:not(:disabled, [aria-disabled]) {
    border-color: var(--bf-button-danger-bg-active, var(--bf-color-danger-active, #6d1612));
    background: var(--bf-button-danger-bg-active, var(--bf-color-danger-active, #6d1612));
  }

  /* Disabled: muted, but still legible (disabled controls are exempt from contrast rules,
     citizens are not). */
  .button:disabled,
  .button[aria-disabled='true']:not(.button--loading) {
    border-color: var(--bf-button-disabled-border, var(--bf-color-border, #d8dce0));
    background: var(--bf-button-disabled-bg, var(--bf-color-action-disabled, #eceef0));
    color: var(--bf-button-disabled-fg, var(--bf-color-text-disabled, #6b7580));
    cursor: not-allowed;
    text-decoration: none;
  }

  /* The text's own box is the default slot itself (no wrapper element), when there is text: it
     may shrink below its longest word, so that word wraps inside a narrow button instead of
     overflowing it. */
  .text {
    display: inline-block;
    min-inline-size: 0;
  }

  /* Loading: the content keeps its size (and its accessible name) but is not shown, so the
     button does not change width under the pointer; the spinner keeps the text colour. */
  .button--loading {
    cursor: progress;
  }

  .button--loading .text,
  .button--loading ::slotted(*) {
    opacity: 0;
  }

  .new-tab,
  ::slotted(svg),
  ::slotted(img) {
    flex-shrink: 0;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  /* The new-tab sign: Belfry's icon drawing, sized as icons in the slots, in the text colour. */
  .new-tab {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .button--loading .new-tab {
    opacity: 0;
  }

  .spinner {
    position: absolute;
    inset: 0;
    margin: auto;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: var(--bf-border-width-thick, 0.125rem) solid;
    border-color: currentColor currentColor transparent;
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
      border-color: currentColor transparent currentColor currentColor;
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

    .button:hover:not(:disabled, [aria-disabled]) {
      border-color: Highlight;
    }

    .button:disabled,
    .button[aria-disabled='true']:not(.button--loading) {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
