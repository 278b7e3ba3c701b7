import { css } from 'lit';
import { bodyText, fontFamilyBase } from '@belfry/core';

/* Every value is a design token with the federal theme's value as fallback. */
export const helpStyles = css`
  :host {
    display: block;
    font-family: ${fontFamilyBase};
    color: var(--bf-help-fg, var(--bf-color-text, #1a1d21));
  }

  .help {
    border: var(--bf-help-border-width, var(--bf-border-width-thin, 0.0625rem)) solid
      var(--bf-help-border, var(--bf-color-border-strong, #6b7580));
    background: var(--bf-help-bg, var(--bf-color-surface, #ffffff));
  }

  .help--dialog {
    border: 0;
    background: transparent;
  }

  .heading {
    margin: 0;
    font-size: var(--bf-help-entry-size, var(--bf-font-size-heading-4, 1.25rem));
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
  }

  /* The rest of the entry button, its chevron and its look before the upgrade: core's
     disclosureStyles. */
  .button {
    --_bf-disclosure-fg: var(--bf-help-entry-fg, var(--bf-color-link, #24589d));
    --_bf-disclosure-bg-hover: var(
      --bf-help-entry-bg-hover,
      var(--bf-color-action-subtle, #eef4fb)
    );

    display: flex;
    justify-content: space-between;
    gap: var(--bf-space-3, 0.75rem);
    padding: var(--bf-space-3, 0.75rem) var(--bf-help-padding, var(--bf-space-4, 1rem));
  }

  .help--dialog .button {
    inline-size: auto;
    max-inline-size: 100%;
    padding-inline: var(--bf-space-1, 0.25rem);
    font-size: var(--bf-help-entry-size, var(--bf-font-size-heading-4, 1.25rem));
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .panel {
    padding: 0 var(--bf-help-padding, var(--bf-space-4, 1rem))
      var(--bf-help-padding, var(--bf-space-4, 1rem));
  }

  /* A closed panel is hidden="until-found": its box stays, so its padding must go. */
  .panel[hidden] {
    padding-block-end: 0;
  }

  @media (forced-colors: active) {
    .help {
      border-color: CanvasText;
    }
  }

  @media print {
    .panel[hidden] {
      display: block;
      content-visibility: visible;
    }

    .button .icon {
      display: none;
    }
  }
`;

export const optionStyles = css`
  :host {
    display: block;
    padding-block: var(--bf-help-option-gap, var(--bf-space-4, 1rem));
    border-block-start: var(--bf-help-border-width, var(--bf-border-width-thin, 0.0625rem)) solid
      var(--bf-help-option-border, var(--bf-color-border, #d8dce0));
    ${bodyText}
    color: var(--bf-help-fg, var(--bf-color-text, #1a1d21));
    overflow-wrap: break-word;
  }

  .heading {
    display: flex;
    align-items: center;
    gap: var(--bf-space-2, 0.5rem);
    margin: 0 0 var(--bf-space-2, 0.5rem);
    font-size: var(--bf-help-heading-size, var(--bf-font-size-lead, 1.125rem));
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
  }

  .icon {
    flex-shrink: 0;
    color: var(--bf-help-icon-fg, var(--bf-color-brand, #1b4f8f));
  }

  p {
    margin: 0 0 var(--bf-space-2, 0.5rem);
  }

  .phone {
    font-size: var(--bf-help-heading-size, var(--bf-font-size-lead, 1.125rem));
    font-weight: var(--bf-font-weight-heading, 700);
  }

  /* Core's opening hours: the open-now line, the weekly hours and their notes. */
  .opening-status {
    margin-block-end: var(--bf-space-2, 0.5rem);
  }

  .opening-status[data-state='open'] .opening-state {
    color: var(--bf-help-open-fg, var(--bf-color-success-text, #1d6b34));
  }

  .opening-week {
    margin: 0 0 var(--bf-space-2, 0.5rem);
  }

  .opening-row {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--bf-space-3, 0.75rem);
  }

  .opening-row dt {
    min-inline-size: 9em;
    font-weight: var(--bf-font-weight-heading, 700);
  }

  .opening-row dd {
    margin: 0;
  }

  .opening-note,
  .muted {
    color: var(--bf-help-muted-fg, var(--bf-color-text-muted, #545d68));
  }

  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--bf-space-3, 0.75rem);
    margin-block-start: var(--bf-space-3, 0.75rem);
  }

  .search bf-text-field {
    margin-block-end: 0;
  }

  .callback {
    margin-block-start: var(--bf-space-3, 0.75rem);
  }

  .handover {
    margin-block-start: var(--bf-space-3, 0.75rem);
    padding-inline-start: var(--bf-space-3, 0.75rem);
    border-inline-start: var(--bf-border-width-thick, 0.125rem) solid
      var(--bf-help-icon-fg, var(--bf-color-brand, #1b4f8f));
  }

  .results {
    margin: var(--bf-space-3, 0.75rem) 0 0;
    padding: 0;
    list-style: none;
  }

  .place {
    padding-block: var(--bf-space-3, 0.75rem);
    border-block-start: var(--bf-border-width-thin, 0.0625rem) solid
      var(--bf-help-option-border, var(--bf-color-border, #d8dce0));
  }

  .place-name {
    margin-block-end: 0;
  }

  .confirmation {
    padding: var(--bf-space-4, 1rem);
    border: var(--bf-border-width-thick, 0.125rem) solid
      var(--bf-help-confirmation-border, var(--bf-color-success-border, #217a3c));
    background: var(--bf-help-confirmation-bg, var(--bf-color-success-surface, #eef8f0));
    color: var(--bf-help-fg, var(--bf-color-text, #1a1d21));
  }

  /* Focused by script when the request is sent: the ring shows where the reader is. */
  .confirmation:focus {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a);
    outline-offset: var(--bf-focus-ring-offset, 0.125rem);
    box-shadow: 0 0 0 var(--bf-focus-ring-offset, 0.125rem)
      var(--bf-color-focus-ring-inner, #ffffff);
  }

  .confirmation-heading {
    margin: 0 0 var(--bf-space-2, 0.5rem);
    font-size: var(--bf-help-heading-size, var(--bf-font-size-lead, 1.125rem));
  }

  .reference {
    font-family: var(
      --bf-font-family-mono,
      ui-monospace,
      SFMono-Regular,
      Menlo,
      Consolas,
      'Liberation Mono',
      monospace
    );
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .confirmation {
      border-color: CanvasText;
    }

    .icon {
      color: CanvasText;
    }
  }
`;
