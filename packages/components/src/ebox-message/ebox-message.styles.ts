import { css } from 'lit';
import { bodyText } from '@belfry/core';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal.
 * Labels sit above their values in a narrow space and beside them from 40em of the element's
 * own width (a container query: the view may stand in a narrow column of a wide page), so
 * nothing scrolls sideways at 320 px or at 400 % zoom.
 */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--bf-color-text, #1a1d21);
    ${bodyText}
    /* Data from outside: a 200-character word or a long address breaks instead of overflowing. */
    overflow-wrap: anywhere;
  }

  .message {
    display: flex;
    flex-direction: column;
    gap: var(--bf-ebox-message-gap, var(--bf-space-6, 2rem));
    min-inline-size: 0;
  }

  .subject {
    margin: 0;
    font-size: var(--bf-font-size-heading-2, 1.875rem);
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
  }

  .subject:focus {
    outline: none;
  }

  .subject:focus-visible {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a);
    outline-offset: var(--bf-focus-ring-offset, 0.125rem);
  }

  .section-heading {
    margin: 0 0 var(--bf-space-3, 0.75rem);
    font-size: var(--bf-font-size-heading-4, 1.25rem);
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
  }

  dl,
  dd,
  p,
  ul {
    margin: 0;
  }

  .details {
    display: grid;
    gap: var(--bf-space-2, 0.5rem);
  }

  .detail,
  .payment-row {
    display: grid;
    gap: 0 var(--bf-space-4, 1rem);
  }

  dt {
    color: var(--bf-ebox-message-label-fg, var(--bf-color-text-muted, #545d68));
  }

  dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--bf-space-2, 0.5rem);
    min-inline-size: 0;
  }

  @container (min-width: 40em) {
    .detail,
    .payment-row {
      grid-template-columns: minmax(0, 14em) minmax(0, 1fr);
    }
  }

  .body {
    display: grid;
    gap: var(--bf-space-4, 1rem);
    /* Single line breaks in the text (an address) are kept; the text is never HTML. */
    white-space: pre-line;
  }

  .payment {
    padding: var(--bf-ebox-message-payment-padding, var(--bf-space-4, 1rem));
    border: var(--bf-ebox-message-border-width, var(--bf-border-width-thin, 0.0625rem)) solid
      var(--bf-ebox-message-payment-border, var(--bf-color-border, #d8dce0));
    border-radius: var(--bf-ebox-message-payment-radius, var(--bf-radius-medium, 0.25rem));
    background: var(--bf-ebox-message-payment-bg, var(--bf-color-surface-subtle, #f5f6f7));
    color: var(--bf-ebox-message-payment-fg, var(--bf-color-text, #1a1d21));
  }

  .payment dt {
    color: var(--bf-ebox-message-payment-label-fg, var(--bf-color-text-muted, #545d68));
  }

  .payment-rows {
    display: grid;
  }

  .payment-row {
    padding-block: var(--bf-space-2, 0.5rem);
    border-block-start: var(--bf-ebox-message-border-width, var(--bf-border-width-thin, 0.0625rem))
      solid var(--bf-ebox-message-border, var(--bf-color-border, #d8dce0));
    align-items: center;
  }

  .payment-row:first-child {
    border-block-start: 0;
  }

  .value {
    font-weight: var(--bf-font-weight-strong, 600);
    /* One selection takes the whole value, for those who copy it by hand. */
    user-select: all;
  }

  .value--code {
    font-family: var(
      --bf-ebox-message-value-font,
      var(
        --bf-font-family-mono,
        ui-monospace,
        SFMono-Regular,
        Menlo,
        Consolas,
        'Liberation Mono',
        monospace
      )
    );
  }

  .copy {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--bf-space-2, 0.5rem);
  }

  .copy-status {
    color: var(--bf-ebox-message-status-fg, var(--bf-color-success-text, #1d6b34));
    font-weight: var(--bf-font-weight-strong, 600);
  }

  .copy-status--failed {
    color: var(--bf-ebox-message-status-failed-fg, var(--bf-color-error-text, #b3261e));
  }

  .contact-intro {
    margin-block-end: var(--bf-space-3, 0.75rem);
  }

  .attachments {
    display: grid;
    gap: var(--bf-space-3, 0.75rem);
    padding: 0;
    list-style: none;
  }

  .attachment {
    display: grid;
    gap: var(--bf-space-1, 0.25rem);
  }

  .facts {
    color: var(--bf-ebox-message-label-fg, var(--bf-color-text-muted, #545d68));
    font-size: var(--bf-font-size-small, 0.875rem);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--bf-space-4, 1rem);
  }

  .back {
    /* A 44 px target, as every control. */
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
  }

  @media (forced-colors: active) {
    .payment {
      border-color: CanvasText;
    }

    .subject:focus-visible {
      outline-color: Highlight;
    }
  }
`;
