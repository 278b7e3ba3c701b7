import { css } from 'lit';
import { bodyText } from '@belfry/core';

// Every value is a design token with the federal theme's value as fallback:
// component token → semantic token → literal.
export const styles = css`
  :host {
    display: block;
  }

  /* Nothing to show: the server wrote no errors, or they were fixed. Before the script runs,
     :empty does the same for a server-rendered summary. */
  :host(:empty) .summary--server {
    display: none;
  }

  :host(:state(empty)) .summary--server {
    display: none;
  }

  .summary {
    margin-block-end: var(--bf-error-summary-margin, var(--bf-space-6, 2rem));
    padding: var(--bf-error-summary-padding, var(--bf-space-4, 1rem));
    border: var(--bf-error-summary-border-width, var(--bf-border-width-heavy, 0.25rem)) solid
      var(--bf-error-summary-border, var(--bf-color-error-border, #b3261e));
    background: var(--bf-error-summary-bg, var(--bf-color-surface, #ffffff));
    color: var(--bf-error-summary-fg, var(--bf-color-text, #1a1d21));
    ${bodyText}
    overflow-wrap: break-word;
  }

  /* Focus arrives here after a failed submit: shown whatever moved it (not only the keyboard). */
  .summary:focus {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a);
    outline-offset: var(--bf-focus-ring-offset, 0.125rem);
  }

  .heading {
    margin: 0 0 var(--bf-error-summary-gap, var(--bf-space-3, 0.75rem));
    font-size: var(--bf-error-summary-heading-size, var(--bf-font-size-heading-4, 1.25rem));
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
  }

  .list,
  ::slotted(ul),
  ::slotted(ol) {
    display: grid;
    gap: var(--bf-error-summary-gap, var(--bf-space-3, 0.75rem));
    margin: 0;
    padding: 0;
    list-style: none;
    font-weight: var(--bf-font-weight-bold, 700);
  }

  .link {
    color: var(--bf-error-summary-link-fg, var(--bf-color-link, #24589d));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .link:hover {
    text-decoration-thickness: 0.15em;
  }

  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }

    .summary:focus {
      outline-color: Highlight;
    }

    .link {
      color: LinkText;
    }
  }
`;
