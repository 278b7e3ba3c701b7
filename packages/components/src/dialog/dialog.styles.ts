import { css } from 'lit';
import { bodyText } from '@belfry/core';

/* Every value is a design token with the federal theme's value as fallback. */
export const styles = css`
  /* An empty block: closed, the dialog takes no room in the page; open, it is in the top layer,
     over the page. */
  :host {
    display: block;
  }

  .dialog {
    box-sizing: border-box;
    inline-size: var(--bf-dialog-width, 40rem);
    max-inline-size: calc(100% - 2 * var(--bf-dialog-margin, var(--bf-space-3, 0.75rem)));
    max-block-size: calc(100% - 2 * var(--bf-dialog-margin, var(--bf-space-3, 0.75rem)));
    margin: auto;
    padding: 0;
    border: var(--bf-dialog-border-width, var(--bf-border-width-thin, 0.0625rem)) solid
      var(--bf-dialog-border, var(--bf-color-border-strong, #6b7580));
    border-radius: var(--bf-dialog-radius, var(--bf-radius-large, 0.5rem));
    background: var(--bf-dialog-bg, var(--bf-color-surface-raised, #ffffff));
    color: var(--bf-dialog-fg, var(--bf-color-text, #1a1d21));
    box-shadow: var(--bf-dialog-shadow, var(--bf-shadow-large, 0 0.75rem 2rem 0 #1a1d2133));
    ${bodyText}
    overflow-wrap: break-word;
    /* A wheel or swipe at the end of the dialog's content never scrolls the page behind. */
    overscroll-behavior: contain;
  }

  /* Header and footer stay in view; the body scrolls between them. */
  .dialog[open] {
    display: flex;
    flex-direction: column;
    animation: enter var(--bf-duration-slow, 300ms) var(--bf-easing-enter, cubic-bezier(0, 0, 0, 1));
  }

  .dialog::backdrop {
    background: var(--bf-dialog-backdrop, var(--bf-color-scrim, #1a1d21b3));
  }

  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--bf-space-3, 0.75rem);
    padding: var(--bf-dialog-padding, var(--bf-space-5, 1.5rem));
    padding-block-end: var(--bf-space-3, 0.75rem);
  }

  .title {
    flex: 1 1 auto;
    min-inline-size: 0;
    /* Lines the heading's first line up with the middle of the close button. */
    padding-block-start: var(--bf-space-1, 0.25rem);
    border-radius: var(--bf-radius-small, 0.125rem);
  }

  .heading,
  ::slotted([slot='heading']) {
    margin: 0;
    font-size: var(--bf-dialog-heading-size, var(--bf-font-size-heading-3, 1.5rem));
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
  }

  .close {
    display: inline-flex;
    flex-shrink: 0;
    align-items: center;
    justify-content: center;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    min-inline-size: var(--bf-touch-target-min, 2.75rem);
    margin: calc(-1 * var(--bf-space-2, 0.5rem));
    padding: 0;
    border: var(--bf-border-width-thick, 0.125rem) solid transparent;
    border-radius: var(--bf-radius-medium, 0.25rem);
    background: transparent;
    color: var(--bf-dialog-close-fg, var(--bf-color-action, #1b4f8f));
    cursor: pointer;
  }

  .close:hover {
    background: var(--bf-dialog-close-bg-hover, var(--bf-color-action-subtle, #eef4fb));
  }

  .body {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0 var(--bf-dialog-padding, var(--bf-space-5, 1.5rem));
  }

  .body:focus-visible {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a);
    outline-offset: calc(-1 * var(--bf-focus-ring-width, 0.1875rem));
  }

  /* Room under the content when there is no footer, and between content and footer. */
  .body::after {
    content: '';
    display: block;
    block-size: var(--bf-dialog-padding, var(--bf-space-5, 1.5rem));
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--bf-dialog-gap, var(--bf-space-3, 0.75rem));
    padding: var(--bf-space-4, 1rem) var(--bf-dialog-padding, var(--bf-space-5, 1.5rem));
    border-block-start: var(--bf-border-width-thin, 0.0625rem) solid
      var(--bf-dialog-divider, var(--bf-color-border, #d8dce0));
  }

  ::slotted([slot='footer']) {
    max-inline-size: 100%;
  }

  /* Short windows (a phone on its side, 400 % zoom): the header and footer would leave no room
     for the content, so the whole dialog scrolls instead. */
  @media (max-height: 30em) {
    .dialog[open] {
      display: block;
      overflow: auto;
    }

    .body {
      overflow: visible;
    }
  }

  @keyframes enter {
    from {
      opacity: 0;
      transform: translateY(var(--bf-space-3, 0.75rem));
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .dialog[open] {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .dialog {
      border-color: CanvasText;
    }

    .close {
      color: ButtonText;
    }

    .close:hover {
      border-color: Highlight;
    }
  }
`;
