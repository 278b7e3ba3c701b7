import { css } from 'lit';

/**
 * The font of Belfry's text, written once: the theme's `--bf-font-family-base`, else the
 * system's own sans-serif. A value: `font-family: ${fontFamilyBase};`.
 */
export const fontFamilyBase = css`var(
  --bf-font-family-base,
  system-ui,
  -apple-system,
  'Segoe UI',
  Roboto,
  'Helvetica Neue',
  Arial,
  'Noto Sans',
  sans-serif
)`;

/**
 * Styles every Belfry element shares. Values come from design tokens, each with the federal
 * theme's value as fallback so a component renders correctly before any theme CSS loads.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
  }

  :host *,
  :host *::before,
  :host *::after {
    box-sizing: inherit;
  }

  :host([hidden]) {
    display: none !important;
  }

  /*
   * One focus ring for every component: a two-tone ring (inner + outer) stays visible on light,
   * dark and coloured backgrounds alike (WCAG 2.4.7 Focus Visible, 2.4.13 Focus Appearance).
   */
  .focus-ring:focus-visible {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a);
    outline-offset: var(--bf-focus-ring-offset, 0.125rem);
    box-shadow: 0 0 0 var(--bf-focus-ring-offset, 0.125rem)
      var(--bf-color-focus-ring-inner, #ffffff);
  }

  /* Hidden on screen, read by screen readers. */
  .visually-hidden {
    /* hairline: the standard 1px clip box; a rem size would grow with the font and leak. */
    position: absolute !important;
    inline-size: 1px; /* hairline: see above */
    block-size: 1px; /* hairline: see above */
    padding: 0;
    margin: -1px; /* hairline: see above */
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    :host *,
    :host *::before,
    :host *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .focus-ring:focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
