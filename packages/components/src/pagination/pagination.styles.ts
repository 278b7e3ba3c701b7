import { css } from 'lit';
import { fontFamilyBase } from '@belfry/core';

// Every value is a design token with the federal theme's value as fallback:
// component token → semantic token → literal.
export const styles = css`
  :host {
    display: block;
  }

  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--bf-pagination-gap, var(--bf-space-1, 0.25rem));
    font-family: ${fontFamilyBase};
    font-size: var(--bf-pagination-font-size, var(--bf-font-size-body, 1rem));
    line-height: var(--bf-line-height-tight, 1.25);
  }

  .list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--bf-pagination-gap, var(--bf-space-1, 0.25rem));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* "Page 3 of 12": read first; shown on small screens, where it replaces the page numbers. */
  .status {
    position: absolute;
    inline-size: 1px; /* hairline: the standard visually-hidden clip box */
    block-size: 1px; /* hairline: see above */
    margin: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .page,
  .step {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--bf-pagination-min-size, var(--bf-touch-target-min, 2.75rem));
    min-inline-size: var(--bf-pagination-min-size, var(--bf-touch-target-min, 2.75rem));
    margin: 0;
    padding: 0 var(--bf-pagination-padding-inline, var(--bf-space-2, 0.5rem));
    border: 0;
    border-radius: var(--bf-pagination-radius, var(--bf-radius-medium, 0.25rem));
    background: transparent;
    color: var(--bf-pagination-fg, var(--bf-color-link, #24589d));
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .page:hover,
  .step:hover {
    color: var(--bf-pagination-fg-hover, var(--bf-color-link-hover, #143c6e));
    text-decoration-thickness: 0.15em;
  }

  /* The current page: filled, bold, not underlined: never told by colour alone. */
  .page[aria-current='page'] {
    background: var(--bf-pagination-current-bg, var(--bf-color-action, #1b4f8f));
    color: var(--bf-pagination-current-fg, var(--bf-color-text-on-action, #ffffff));
    font-weight: var(--bf-font-weight-strong, 600);
    text-decoration: none;
    cursor: default;
  }

  /* Previous and next: a chevron drawn with borders (nothing to read) on the side they go. */
  .step {
    gap: var(--bf-space-2, 0.5rem);
  }

  .step::before,
  .step::after {
    inline-size: var(--bf-space-2, 0.5rem);
    block-size: var(--bf-space-2, 0.5rem);
    border-block-start: var(--bf-border-width-thick, 0.125rem) solid;
    border-inline-start: var(--bf-border-width-thick, 0.125rem) solid;
  }

  .step--previous::before {
    content: '';
    transform: rotate(-45deg);
  }

  .step--next::after {
    content: '';
    transform: rotate(135deg);
  }

  .gap {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: var(--bf-pagination-min-size, var(--bf-touch-target-min, 2.75rem));
  }

  /* 30em: the small-screen breakpoint token (custom properties cannot be used in @media). On a
     phone the numbers give way to "Page 3 of 12" between Previous and Next. */
  @media (width < 30em) {
    .status {
      position: static;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
      order: 1;
    }

    .step--previous {
      order: 0;
    }

    .step--next {
      order: 2;
    }

    .list {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .page,
    .step {
      color: LinkText;
    }

    .page[aria-current='page'] {
      border: var(--bf-border-width-thick, 0.125rem) solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
