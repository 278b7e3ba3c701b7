import { css } from 'lit';
import { bodyText } from '@belfry/core';

// Every value is a design token with the federal theme's value as fallback: component token →
// semantic token → literal. The form controls and the action buttons use the fields' and the
// secondary button's tokens, so that they look like bf-text-field, bf-select and bf-button
// (docs/decisions/0028 says why they are native controls here).
export const styles = css`
  :host {
    display: block;
    color: var(--bf-color-text, #1a1d21);
    ${bodyText}
  }

  .ebox,
  .filters,
  .more-fields {
    display: grid;
    gap: var(--bf-ebox-list-gap, var(--bf-space-4, 1rem));
  }

  p {
    margin: 0;
  }

  .summary {
    font-size: var(--bf-font-size-lead, 1.125rem);
    font-weight: var(--bf-font-weight-strong, 600);
  }

  .filters {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    align-items: end;
    padding: var(--bf-space-4, 1rem);
    border: var(--bf-border-width-thin, 0.0625rem) solid
      var(--bf-ebox-list-border, var(--bf-color-border-strong, #6b7580));
    border-radius: var(--bf-radius-medium, 0.25rem);
  }

  .field--search,
  .more {
    grid-column: 1 / -1;
  }

  .field {
    display: grid;
    gap: var(--bf-field-gap, var(--bf-space-1, 0.25rem));
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  label,
  legend,
  summary {
    color: var(--bf-field-label-fg, var(--bf-color-text, #1a1d21));
    font-weight: var(--bf-field-label-font-weight, var(--bf-font-weight-strong, 600));
  }

  legend {
    padding: 0;
  }

  .control {
    inline-size: 100%;
    min-block-size: var(--bf-field-min-size, var(--bf-touch-target-min, 2.75rem));
    padding: var(--bf-field-padding-block, var(--bf-space-2, 0.5rem))
      var(--bf-field-padding-inline, var(--bf-space-3, 0.75rem));
    border: var(--bf-field-border-width, var(--bf-border-width-control, 0.0625rem)) solid
      var(--bf-field-border, var(--bf-color-border-input, #6b7580));
    border-radius: var(--bf-field-radius, var(--bf-radius-small, 0.125rem));
    background: var(--bf-field-bg, var(--bf-color-surface, #ffffff));
    color: var(--bf-field-fg, var(--bf-color-text, #1a1d21));
    font: inherit;
  }

  .control:hover {
    border-color: var(--bf-field-border-hover, var(--bf-color-text, #1a1d21));
  }

  .more {
    border-block-start: var(--bf-border-width-thin, 0.0625rem) solid
      var(--bf-ebox-list-border, var(--bf-color-border-strong, #6b7580));
  }

  summary {
    display: flex;
    align-items: center;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    color: var(--bf-color-link, #24589d);
    text-decoration: underline;
    cursor: pointer;
  }

  .dates {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: var(--bf-space-2, 0.5rem) var(--bf-space-4, 1rem);
  }

  .dates legend {
    margin-block-end: var(--bf-space-1, 0.25rem);
  }

  .check {
    position: relative;
    display: flex;
    align-items: center;
    gap: var(--bf-space-2, 0.5rem);
    min-block-size: var(--bf-touch-target-min, 2.75rem);
  }

  .box {
    flex: none;
    inline-size: var(--bf-space-5, 1.5rem);
    block-size: var(--bf-space-5, 1.5rem);
    margin: 0 var(--bf-space-2, 0.5rem);
    accent-color: var(--bf-color-action, #1b4f8f);
  }

  .action {
    justify-self: start;
    min-block-size: var(--bf-button-min-size, var(--bf-touch-target-min, 2.75rem));
    padding: var(--bf-button-padding-block, var(--bf-space-2, 0.5rem))
      var(--bf-button-padding-inline, var(--bf-space-4, 1rem));
    border: var(--bf-button-border-width, var(--bf-border-width-thick, 0.125rem)) solid
      var(--bf-button-secondary-border, var(--bf-color-action, #1b4f8f));
    border-radius: var(--bf-button-radius, var(--bf-radius-medium, 0.25rem));
    background: var(--bf-button-secondary-bg, var(--bf-color-surface, #ffffff));
    color: var(--bf-button-secondary-fg, var(--bf-color-action, #1b4f8f));
    font: inherit;
    font-weight: var(--bf-button-font-weight, var(--bf-font-weight-bold, 700));
    line-height: var(--bf-button-line-height, var(--bf-line-height-tight, 1.25));
    overflow-wrap: break-word;
    cursor: pointer;
  }

  .action:hover {
    background: var(--bf-button-secondary-bg-hover, var(--bf-color-action-subtle, #eef4fb));
  }

  .bulk {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--bf-space-2, 0.5rem) var(--bf-space-4, 1rem);
    padding-block: var(--bf-space-2, 0.5rem);
    border-block: var(--bf-border-width-thin, 0.0625rem) solid
      var(--bf-ebox-list-border, var(--bf-color-border-strong, #6b7580));
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--bf-space-2, 0.5rem);
  }

  .list,
  .facts {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .message {
    display: flex;
    gap: var(--bf-space-2, 0.5rem);
    padding: var(--bf-space-3, 0.75rem) var(--bf-space-2, 0.5rem);
    border-block-end: var(--bf-border-width-thin, 0.0625rem) solid
      var(--bf-ebox-list-border, var(--bf-color-border-strong, #6b7580));
    /* A word longer than the line (a reference, a compound) breaks instead of overflowing. */
    overflow-wrap: anywhere;
  }

  /* Unread: a bar, a tint, a bold subject and the word "Unread": never colour alone. */
  .message--unread {
    border-inline-start: var(--bf-border-width-heavy, 0.25rem) solid
      var(--bf-ebox-list-unread-accent, var(--bf-color-action, #1b4f8f));
    background: var(--bf-ebox-list-unread-bg, var(--bf-color-action-subtle, #eef4fb));
  }

  .check--message {
    align-self: start;
    min-inline-size: var(--bf-touch-target-min, 2.75rem);
  }

  /* The whole 44 px cell toggles the box. */
  .check--message label {
    position: absolute;
    inset: 0;
    cursor: pointer;
  }

  .content {
    display: grid;
    flex: 1;
    gap: var(--bf-space-1, 0.25rem);
    min-inline-size: 0;
  }

  .sender {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--bf-space-2, 0.5rem);
    color: var(--bf-ebox-list-meta-fg, var(--bf-color-text-muted, #545d68));
  }

  .unread {
    display: inline-flex;
    align-items: center;
    gap: var(--bf-space-1, 0.25rem);
    color: var(--bf-color-text, #1a1d21);
    font-weight: var(--bf-font-weight-strong, 600);
  }

  .unread::before {
    content: '';
    inline-size: var(--bf-space-2, 0.5rem);
    block-size: var(--bf-space-2, 0.5rem);
    border-radius: 50%;
    background: var(--bf-ebox-list-unread-accent, var(--bf-color-action, #1b4f8f));
  }

  .open {
    display: inline-block;
    max-inline-size: 100%;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    margin: 0;
    padding: var(--bf-space-2, 0.5rem) 0;
    border: 0;
    background: none;
    color: var(--bf-color-link, #24589d);
    font: inherit;
    font-size: var(--bf-font-size-lead, 1.125rem);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .open:hover {
    color: var(--bf-color-link-hover, #143c6e);
    text-decoration-thickness: 0.15em;
  }

  .message--unread .open {
    font-weight: var(--bf-font-weight-bold, 700);
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--bf-space-1, 0.25rem) var(--bf-space-4, 1rem);
    color: var(--bf-ebox-list-meta-fg, var(--bf-color-text-muted, #545d68));
  }

  /* Close or passed: bold, in the warning colour, after a "!" sign: never colour alone. */
  .urgent {
    color: var(--bf-ebox-list-urgent-fg, var(--bf-color-warning-text, #7a4a00));
    font-weight: var(--bf-font-weight-bold, 700);
  }

  .urgent::before {
    content: '!' / '';
    display: inline-block;
    margin-inline-end: var(--bf-space-1, 0.25rem);
    padding-inline: var(--bf-space-2, 0.5rem);
    border-radius: var(--bf-radius-medium, 0.25rem);
    background: var(--bf-ebox-list-urgent-fg, var(--bf-color-warning-text, #7a4a00));
    color: var(--bf-color-surface, #ffffff);
  }

  .status {
    padding: var(--bf-space-4, 1rem);
    background: var(--bf-color-surface-subtle, #f5f6f7);
  }

  .status--error {
    display: grid;
    gap: var(--bf-space-3, 0.75rem);
    border-inline-start: var(--bf-border-width-heavy, 0.25rem) solid
      var(--bf-color-error-text, #b3261e);
  }

  .skeleton {
    display: grid;
    gap: var(--bf-space-2, 0.5rem);
  }

  .skeleton span {
    block-size: var(--bf-space-4, 1rem);
    border-radius: var(--bf-radius-medium, 0.25rem);
    background: var(--bf-ebox-list-skeleton-bg, var(--bf-color-border, #d8dce0));
  }

  .skeleton span:first-child {
    inline-size: 40%;
  }

  .skeleton span:last-child {
    inline-size: 70%;
  }

  @media (forced-colors: active) {
    .message--unread,
    .unread::before,
    .skeleton span {
      border-color: CanvasText;
      background: CanvasText;
    }

    .message--unread {
      background: Canvas;
    }

    .open {
      color: LinkText;
    }

    .urgent::before {
      background: CanvasText;
      color: Canvas;
    }
  }
`;
