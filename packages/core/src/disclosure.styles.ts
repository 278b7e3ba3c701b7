import { css } from 'lit';

/** The chevron of a disclosure's button, upside down while the disclosure is open. */
export const turningIcon = css`
  .icon {
    flex-shrink: 0;
    transition: transform var(--bf-duration-medium, 200ms)
      var(--bf-easing-standard, cubic-bezier(0.2, 0, 0, 1));
  }

  [aria-expanded='true'] > .icon {
    transform: rotate(180deg);
  }
`;

/**
 * The look every disclosure's button shares (an accordion section, a step, the help's entry),
 * after the base styles. The host renders a `.button` holding a `.text` and an `.icon`, and a
 * `.panel` that is `hidden="until-found"` while closed; its own styles add the layout (display,
 * gap, padding) and hand over its colour tokens on the button itself, so that a page's
 * `::part()` can set the tokens too:
 * `.button { --_bf-disclosure-fg: var(--bf-accordion-button-fg, var(--bf-color-link, …));
 * --_bf-disclosure-bg-hover: var(--bf-accordion-button-bg-hover, …) }`.
 */
export const disclosureStyles = css`
  .button {
    align-items: center;
    inline-size: 100%;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    margin: 0;
    border: 0;
    background: transparent;
    color: var(--_bf-disclosure-fg, var(--bf-color-link, #24589d));
    font: inherit;
    text-align: start;
    overflow-wrap: break-word;
    cursor: pointer;
  }

  .button:hover {
    background: var(--_bf-disclosure-bg-hover, var(--bf-color-action-subtle, #eef4fb));
  }

  .button:hover .text {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .text {
    min-inline-size: 0;
  }

  ${turningIcon}

  /* Until the script runs (or without it), the content shows and the heading reads as a
     heading: the button could not open anything. */
  :host(:not(:defined)) .panel[hidden] {
    display: block;
    content-visibility: visible;
  }

  :host(:not(:defined)) .button {
    color: inherit;
    cursor: auto;
  }

  :host(:not(:defined)) .icon {
    visibility: hidden;
  }

  @media (forced-colors: active) {
    .button {
      color: ButtonText;
    }

    .button:hover .text {
      text-decoration: underline;
    }
  }
`;
