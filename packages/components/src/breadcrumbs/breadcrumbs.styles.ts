import { css } from 'lit';
import { fontFamilyBase } from '@belfry/core';

// Every value is a design token with the federal theme's value as fallback:
// component token → semantic token → literal.
export const styles = css`
  :host {
    display: block;
  }

  .breadcrumbs {
    font-family: ${fontFamilyBase};
    font-size: var(--bf-breadcrumbs-font-size, var(--bf-font-size-body, 1rem));
    line-height: var(--bf-line-height-tight, 1.25);
  }

  /* The trail wraps on small screens, never scrolls sideways; a long word breaks. */
  .list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .loose {
    /* Before the script runs (a server render), the links sit here in a row; afterwards only
       white space does. */
    display: contents;
  }

  .item {
    display: inline-flex;
    align-items: center;
    min-inline-size: 0;
  }

  /* The separator: a chevron drawn with two borders, not a character, so that screen readers
     have nothing to read. It points the way the text runs. */
  .item + .item::before {
    content: '';
    flex-shrink: 0;
    inline-size: var(--bf-breadcrumbs-separator-size, var(--bf-space-2, 0.5rem));
    block-size: var(--bf-breadcrumbs-separator-size, var(--bf-space-2, 0.5rem));
    margin-inline: var(--bf-breadcrumbs-gap, var(--bf-space-2, 0.5rem));
    border-block-start: var(--bf-border-width-thick, 0.125rem) solid
      var(--bf-breadcrumbs-separator, var(--bf-color-text-muted, #545d68));
    border-inline-end: var(--bf-border-width-thick, 0.125rem) solid
      var(--bf-breadcrumbs-separator, var(--bf-color-text-muted, #545d68));
    transform: rotate(45deg);
  }

  .item + .item:dir(rtl)::before {
    transform: rotate(-45deg);
  }

  ::slotted(*) {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-block-size: var(--bf-breadcrumbs-min-size, var(--bf-touch-target-min, 2.75rem));
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }

  ::slotted(a) {
    color: var(--bf-breadcrumbs-fg, var(--bf-color-link, #24589d));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  ::slotted(a:hover) {
    color: var(--bf-breadcrumbs-fg-hover, var(--bf-color-link-hover, #143c6e));
    text-decoration-thickness: 0.15em;
  }

  /* The shared focus ring (.focus-ring) cannot reach links in light DOM. */
  ::slotted(a:focus-visible) {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a);
    outline-offset: var(--bf-focus-ring-offset, 0.125rem);
    box-shadow: 0 0 0 var(--bf-focus-ring-offset, 0.125rem)
      var(--bf-color-focus-ring-inner, #ffffff);
  }

  ::slotted([aria-current='page']) {
    color: var(--bf-breadcrumbs-current-fg, var(--bf-color-text, #1a1d21));
    text-decoration: none;
  }

  @media (forced-colors: active) {
    ::slotted(a) {
      color: LinkText;
    }

    ::slotted([aria-current='page']) {
      color: CanvasText;
    }

    .item + .item::before {
      border-color: CanvasText;
    }

    ::slotted(a:focus-visible) {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
