import { css } from 'lit';
import { turningIcon } from './disclosure.styles.js';

/**
 * The look of `DisclosureGroupController`'s "Show all" row, after the base styles. Its colour is
 * the component's own token, which the host hands over on the button:
 * `.toggle-all { --_bf-toggle-all-fg: var(--bf-accordion-toggle-all-fg, var(--bf-color-link, …)) }`
 * (set on the button itself, so a page's `::part(toggle-all)` can set the token too).
 */
export const disclosureGroupStyles = css`
  .controls {
    display: flex;
    justify-content: flex-start;
    margin-block-end: var(--bf-space-2, 0.5rem);
  }

  /* Until the script runs the button could do nothing: its room is kept, it is not shown. */
  :host(:not(:defined)) .controls {
    visibility: hidden;
  }

  .toggle-all {
    display: inline-flex;
    align-items: center;
    gap: var(--bf-space-2, 0.5rem);
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    min-inline-size: var(--bf-touch-target-min, 2.75rem);
    max-inline-size: 100%;
    margin: 0;
    padding: var(--bf-space-2, 0.5rem) var(--bf-space-1, 0.25rem);
    border: 0;
    border-radius: var(--bf-radius-small, 0.125rem);
    background: transparent;
    color: var(--_bf-toggle-all-fg, var(--bf-color-link, #24589d));
    font: inherit;
    font-size: var(--bf-font-size-body, 1rem);
    line-height: var(--bf-line-height-tight, 1.25);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    overflow-wrap: break-word;
    cursor: pointer;
  }

  .toggle-all:hover {
    text-decoration-thickness: 0.15em;
  }

  ${turningIcon}

  @media (forced-colors: active) {
    .toggle-all {
      color: LinkText;
    }
  }
`;
