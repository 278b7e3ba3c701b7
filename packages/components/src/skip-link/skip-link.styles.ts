import { css } from 'lit';
import { fontFamilyBase } from '@belfry/core';

/*
 * Hidden until it has focus, then shown over the top of the page, so that nothing moves
 * (WCAG 2.4.1 Bypass Blocks, 2.4.7 Focus Visible). The link is the element's own (the slot's
 * fallback) or the author's slotted <a>: both get the same look.
 */
export const styles = css`
  :host {
    display: block;
  }

  :host(:not(:focus-within)) {
    /* hairline: the standard 1px clip box of visually hidden content */
    position: absolute !important;
    inline-size: 1px; /* hairline: see above */
    block-size: 1px; /* hairline: see above */
    margin: -1px; /* hairline: see above */
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  :host(:focus-within) {
    position: absolute;
    inset-block-start: var(--bf-skip-link-offset, var(--bf-space-2, 0.5rem));
    inset-inline-start: var(--bf-skip-link-offset, var(--bf-space-2, 0.5rem));
    z-index: var(--bf-z-skip-link, 2000);
    max-inline-size: calc(100% - 2 * var(--bf-skip-link-offset, var(--bf-space-2, 0.5rem)));
  }

  .link,
  ::slotted(a) {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    padding: var(--bf-skip-link-padding-block, var(--bf-space-2, 0.5rem))
      var(--bf-skip-link-padding-inline, var(--bf-space-4, 1rem));
    border: var(--bf-border-width-thick, 0.125rem) solid
      var(--bf-skip-link-border, var(--bf-color-link, #24589d));
    background: var(--bf-skip-link-bg, var(--bf-color-surface, #ffffff));
    box-shadow: var(--bf-shadow-medium, 0rem 0.25rem 0.75rem 0rem #1a1d2129);
    color: var(--bf-skip-link-fg, var(--bf-color-link, #24589d));
    font-family: ${fontFamilyBase};
    font-size: var(--bf-font-size-body, 1rem);
    font-weight: var(--bf-font-weight-bold, 700);
    line-height: var(--bf-line-height-tight, 1.25);
    text-decoration-line: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }

  .link:focus-visible,
  ::slotted(a:focus-visible) {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a);
    outline-offset: var(--bf-focus-ring-offset, 0.125rem);
  }

  @media (forced-colors: active) {
    .link,
    ::slotted(a) {
      border-color: LinkText;
      background: Canvas;
      color: LinkText;
    }

    .link:focus-visible,
    ::slotted(a:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
