import { css } from 'lit';
import { fontFamilyBase } from '@belfry/core';

// Every value is a design token with the federal theme's value as fallback:
// component token → semantic token → literal. The options the switcher makes (.option) and your
// own links (::slotted(a)) look the same.
export const styles = css`
  :host {
    display: block;
  }

  .switcher {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--bf-language-switcher-gap, var(--bf-space-1, 0.25rem));
    font-family: ${fontFamilyBase};
    font-size: var(--bf-language-switcher-font-size, var(--bf-font-size-body, 1rem));
    line-height: var(--bf-line-height-tight, 1.25);
  }

  .option,
  ::slotted(a) {
    /* Holds the visually hidden name on small screens. */
    position: relative;
    display: inline-flex;
    /* Your own links are outside the shadow root's box-sizing rule. */
    box-sizing: border-box;
    align-items: center;
    justify-content: center;
    min-block-size: var(--bf-language-switcher-min-size, var(--bf-touch-target-min, 2.75rem));
    min-inline-size: var(--bf-language-switcher-min-size, var(--bf-touch-target-min, 2.75rem));
    margin: 0;
    padding: 0 var(--bf-language-switcher-padding-inline, var(--bf-space-2, 0.5rem));
    border: 0;
    /* Room for the current language's bar, so that no option moves when it changes. */
    border-block-end: var(
        --bf-language-switcher-indicator-width,
        var(--bf-border-width-heavy, 0.25rem)
      )
      solid transparent;
    background: transparent;
    color: var(--bf-language-switcher-fg, var(--bf-color-link, #24589d));
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .option:hover,
  ::slotted(a:hover) {
    color: var(--bf-language-switcher-fg-hover, var(--bf-color-link-hover, #143c6e));
    text-decoration-thickness: 0.15em;
  }

  /* The current language: its own colour, bold, not underlined, and a bar under it, so that it
     is never told by colour alone. */
  .option[aria-current='true'],
  ::slotted(a[aria-current='true']) {
    border-block-end-color: var(--bf-language-switcher-indicator, var(--bf-color-action, #1b4f8f));
    color: var(--bf-language-switcher-current-fg, var(--bf-color-text, #1a1d21));
    font-weight: var(--bf-font-weight-strong, 600);
    text-decoration: none;
    cursor: default;
  }

  /* The shared focus ring (.focus-ring) cannot reach your own links in light DOM. */
  ::slotted(a:focus-visible) {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a);
    outline-offset: var(--bf-focus-ring-offset, 0.125rem);
    box-shadow: 0 0 0 var(--bf-focus-ring-offset, 0.125rem)
      var(--bf-color-focus-ring-inner, #ffffff);
  }

  .code {
    display: none;
  }

  /* Short codes: the name stays for screen readers, the code is shown (and read after it). */
  .switcher--codes .name {
    position: absolute;
    inline-size: 1px; /* hairline: the standard visually-hidden clip box */
    block-size: 1px; /* hairline: see above */
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .switcher--codes .code {
    display: inline;
  }

  /* 30em: the small-screen breakpoint token (custom properties cannot be used in @media). */
  @media (width < 30em) {
    .switcher--auto .name {
      position: absolute;
      inline-size: 1px; /* hairline: the standard visually-hidden clip box */
      block-size: 1px; /* hairline: see above */
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .switcher--auto .code {
      display: inline;
    }
  }

  @media (forced-colors: active) {
    /* The browser would paint every option's room for the bar; only the current one has it. */
    .option,
    ::slotted(a) {
      border-block-end-color: Canvas;
      color: LinkText;
    }

    .option[aria-current='true'],
    ::slotted(a[aria-current='true']) {
      border-block-end-color: CanvasText;
      color: CanvasText;
    }

    ::slotted(a:focus-visible) {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
