import { css } from 'lit';
import { bodyText } from '@belfry/core';

// Every value is a design token with the federal theme's value as fallback:
// component token → semantic token → literal.
export const styles = css`
  :host {
    --_size: var(--bf-spinner-size-medium, var(--bf-space-5, 1.5rem));

    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }

  :host([size='small']) {
    --_size: var(--bf-spinner-size-small, var(--bf-font-size-body, 1rem));
  }

  :host([size='large']) {
    --_size: var(--bf-spinner-size-large, var(--bf-space-7, 2.5rem));
  }

  .spinner {
    /* Holds the visually hidden label, so that it never widens a scrolling container. */
    position: relative;
    /* Flex, not inline-flex: no line box around the ring, so the host is exactly its size. */
    display: flex;
    align-items: center;
    gap: var(--bf-spinner-gap, var(--bf-space-2, 0.5rem));
    ${bodyText}
    color: var(--bf-color-text, #1a1d21);
  }

  .ring {
    flex-shrink: 0;
    inline-size: var(--_size);
    block-size: var(--_size);
    border: var(--bf-spinner-width, var(--bf-border-width-thick, 0.125rem)) solid
      var(--bf-spinner-track, var(--bf-color-border-strong, #6b7580));
    border-block-start-color: var(--bf-spinner-color, var(--bf-color-action, #1b4f8f));
    border-radius: 50%;
    animation: spin var(--bf-duration-spinner, 800ms) linear infinite;
  }

  /* Read by screen readers where the spinner stands; shown only under reduced motion (below). */
  .label {
    position: absolute;
    inline-size: 1px; /* hairline: the standard visually hidden box */
    block-size: 1px; /* hairline: see above */
    margin: -1px; /* hairline: see above */
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  /* No turning: a still ring with a gap, and the words beside it, say that it is loading. */
  @media (prefers-reduced-motion: reduce) {
    .ring {
      animation: none;
      border-inline-end-color: var(--bf-spinner-color, var(--bf-color-action, #1b4f8f));
    }

    .label {
      position: static;
      inline-size: auto;
      block-size: auto;
      margin: 0;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
  }

  @media (forced-colors: active) {
    .ring {
      border-color: CanvasText;
      border-block-start-color: Highlight;
    }
  }
`;
