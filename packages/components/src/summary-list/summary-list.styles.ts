import { css } from 'lit';
import { bodyText } from '@belfry/core';

// Every value is a design token with the federal theme's value as fallback:
// component token → semantic token → literal.
export const listStyles = css`
  :host {
    display: block;
  }

  .list {
    margin: 0;
    padding: 0;
    border-block-start: var(--bf-summary-list-border-width, var(--bf-border-width-thin, 0.0625rem))
      solid var(--bf-summary-list-border, var(--bf-color-border, #d8dce0));
  }

  @media (forced-colors: active) {
    .list {
      border-color: CanvasText;
    }
  }
`;

export const rowStyles = css`
  :host {
    display: block;
    /* The row stacks when it is narrow (a phone, or a narrow column), whatever the screen. */
    container-type: inline-size;
  }

  .row {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 5fr) auto;
    gap: var(--bf-summary-list-gap, var(--bf-space-4, 1rem));
    align-items: baseline;
    padding-block: var(--bf-summary-list-row-padding, var(--bf-space-3, 0.75rem));
    border-block-end: var(--bf-summary-list-border-width, var(--bf-border-width-thin, 0.0625rem))
      solid var(--bf-summary-list-border, var(--bf-color-border, #d8dce0));
    ${bodyText}
    overflow-wrap: break-word;
  }

  .key,
  .value,
  .actions {
    margin: 0;
    min-inline-size: 0;
  }

  .key {
    color: var(--bf-summary-list-key-fg, var(--bf-color-text, #1a1d21));
    font-weight: var(--bf-summary-list-key-font-weight, var(--bf-font-weight-strong, 600));
  }

  .value {
    color: var(--bf-summary-list-value-fg, var(--bf-color-text, #1a1d21));
  }

  /* A row without a Change link: the answer takes the link's room too. */
  .value:last-child {
    grid-column: 2 / -1;
  }

  ::slotted(p) {
    margin: 0;
  }

  .source {
    display: block;
    margin-block-start: var(--bf-space-1, 0.25rem);
    color: var(--bf-summary-list-source-fg, var(--bf-color-text-muted, #545d68));
    font-size: var(--bf-font-size-small, 0.875rem);
  }

  .actions {
    text-align: end;
  }

  .link {
    color: var(--bf-summary-list-link-fg, var(--bf-color-link, #24589d));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .link:hover {
    text-decoration-thickness: 0.15em;
  }

  @container (max-width: 40em) {
    .row {
      grid-template-columns: minmax(0, 1fr);
      gap: var(--bf-space-1, 0.25rem);
    }

    .value:last-child {
      grid-column: auto;
    }

    .actions {
      text-align: start;
    }
  }

  @media (forced-colors: active) {
    .row {
      border-color: CanvasText;
    }

    .link {
      color: LinkText;
    }
  }
`;
