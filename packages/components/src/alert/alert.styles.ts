import { css } from 'lit';
import { bodyText } from '@belfry/core';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal.
 *
 * Written for a page that holds many alerts (a list of e-Box messages): each kind sets its
 * colours directly instead of through private custom properties that every element would have
 * to compute.
 */
export const styles = css`
  :host {
    display: block;
  }

  .alert {
    display: flex;
    align-items: flex-start;
    gap: var(--bf-alert-gap, var(--bf-space-3, 0.75rem));
    padding: var(--bf-alert-padding, var(--bf-space-4, 1rem));
    border: var(--bf-alert-border-width, var(--bf-border-width-thin, 0.0625rem)) solid;
    border-inline-start-width: var(--bf-alert-accent-width, var(--bf-border-width-heavy, 0.25rem));
    border-radius: var(--bf-alert-radius, var(--bf-radius-medium, 0.25rem));
    ${bodyText}
    /* A long word (a Dutch compound, an e-mail address) breaks instead of overflowing at 320 px. */
    overflow-wrap: break-word;
  }

  .alert--info {
    border-color: var(--bf-alert-info-border, var(--bf-color-info-border, #24589d));
    background: var(--bf-alert-info-bg, var(--bf-color-info-surface, #eef4fb));
    color: var(--bf-alert-info-fg, var(--bf-color-info-text, #143c6e));
  }

  .alert--info .icon {
    color: var(--bf-alert-info-icon, var(--bf-color-info-icon, #1b4f8f));
  }

  .alert--success {
    border-color: var(--bf-alert-success-border, var(--bf-color-success-border, #217a3c));
    background: var(--bf-alert-success-bg, var(--bf-color-success-surface, #eef8f0));
    color: var(--bf-alert-success-fg, var(--bf-color-success-text, #1d6b34));
  }

  .alert--success .icon {
    color: var(--bf-alert-success-icon, var(--bf-color-success-icon, #217a3c));
  }

  .alert--warning {
    border-color: var(--bf-alert-warning-border, var(--bf-color-warning-border, #b36b00));
    background: var(--bf-alert-warning-bg, var(--bf-color-warning-surface, #fff7e6));
    color: var(--bf-alert-warning-fg, var(--bf-color-warning-text, #7a4a00));
  }

  .alert--warning .icon {
    color: var(--bf-alert-warning-icon, var(--bf-color-warning-icon, #8f5600));
  }

  .alert--error {
    border-color: var(--bf-alert-error-border, var(--bf-color-error-border, #b3261e));
    background: var(--bf-alert-error-bg, var(--bf-color-error-surface, #fdf1f0));
    color: var(--bf-alert-error-fg, var(--bf-color-error-text, #b3261e));
  }

  .alert--error .icon {
    color: var(--bf-alert-error-icon, var(--bf-color-error-icon, #b3261e));
  }

  .icon {
    flex-shrink: 0;
    inline-size: var(--bf-alert-icon-size, var(--bf-space-5, 1.5rem));
    block-size: var(--bf-alert-icon-size, var(--bf-space-5, 1.5rem));
    fill: none;
    stroke: currentColor;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .content {
    flex: 1;
    /* Lets the text wrap instead of pushing the close button out of the box. */
    min-inline-size: 0;
  }

  .heading {
    margin: 0 0 var(--bf-space-2, 0.5rem);
    font-size: var(--bf-font-size-heading-4, 1.25rem);
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
  }

  /* The message's own first and last paragraphs sit flush with the box. */
  ::slotted(:first-child) {
    margin-block-start: 0;
  }

  ::slotted(:last-child) {
    margin-block-end: 0;
  }

  .close {
    display: inline-flex;
    flex-shrink: 0;
    align-items: center;
    justify-content: center;
    min-inline-size: var(--bf-touch-target-min, 2.75rem);
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    /* The button's target reaches into the padding, so the cross lines up with the heading. */
    margin-block: calc(-1 * var(--bf-space-2, 0.5rem));
    margin-inline-end: calc(-1 * var(--bf-space-2, 0.5rem));
    padding: 0;
    border: 0;
    border-radius: var(--bf-alert-radius, var(--bf-radius-medium, 0.25rem));
    background: transparent;
    color: inherit;
    cursor: pointer;
  }

  /* Server-rendered, before (or without) the script: the button could not close anything yet.
     Its room is kept, so nothing moves when it starts to work. */
  :host(:not(:defined)) .close {
    visibility: hidden;
  }

  /* A ring in the message's own colour: visible on every kind's background. */
  .close:hover {
    box-shadow: inset 0 0 0 var(--bf-border-width-thick, 0.125rem) currentColor;
  }

  .close .icon {
    inline-size: var(--bf-icon-size-medium, var(--bf-font-size-heading-4, 1.25rem));
    block-size: var(--bf-icon-size-medium, var(--bf-font-size-heading-4, 1.25rem));
    color: inherit;
  }

  @media (forced-colors: active) {
    .alert {
      border-color: CanvasText;
    }

    .icon {
      color: CanvasText;
    }

    .close {
      color: ButtonText;
    }

    .close .icon {
      color: ButtonText;
    }
  }
`;
