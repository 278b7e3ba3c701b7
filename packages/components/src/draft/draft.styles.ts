import { css } from 'lit';
import { bodyText } from '@belfry/core';

// Every value is a design token with the federal theme's value as fallback:
// component token → semantic token → literal.
export const styles = css`
  :host {
    display: block;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--bf-draft-notice-gap, var(--bf-space-3, 0.75rem));
    margin-block-end: var(--bf-draft-notice-margin, var(--bf-space-6, 2rem));
    padding: var(--bf-draft-notice-padding, var(--bf-space-4, 1rem));
    border: var(--bf-border-width-thin, 0.0625rem) solid
      var(--bf-draft-notice-border, var(--bf-color-info-border, #24589d));
    border-inline-start-width: var(
      --bf-draft-notice-accent-width,
      var(--bf-border-width-heavy, 0.25rem)
    );
    background: var(--bf-draft-notice-bg, var(--bf-color-info-surface, #eef4fb));
    color: var(--bf-draft-notice-fg, var(--bf-color-info-text, #143c6e));
    ${bodyText}
    overflow-wrap: break-word;
  }

  .message {
    flex: 1 1 20rem;
    margin: 0;
  }

  .button {
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    min-inline-size: var(--bf-touch-target-min, 2.75rem);
    max-inline-size: 100%;
    margin: 0;
    padding: var(--bf-button-padding-block, var(--bf-space-2, 0.5rem))
      var(--bf-button-padding-inline, var(--bf-space-4, 1rem));
    border: var(--bf-button-border-width, var(--bf-border-width-thick, 0.125rem)) solid
      var(--bf-draft-button-fg, var(--bf-color-action, #1b4f8f));
    border-radius: var(--bf-button-radius, var(--bf-radius-medium, 0.25rem));
    background: var(--bf-draft-button-bg, var(--bf-color-surface, #ffffff));
    color: var(--bf-draft-button-fg, var(--bf-color-action, #1b4f8f));
    font: inherit;
    font-weight: var(--bf-font-weight-bold, 700);
    line-height: var(--bf-line-height-tight, 1.25);
    overflow-wrap: break-word;
    cursor: pointer;
  }

  .button:hover {
    background: var(--bf-draft-button-bg-hover, var(--bf-color-action-subtle, #eef4fb));
  }

  @media (forced-colors: active) {
    .notice,
    .button {
      border-color: CanvasText;
    }
  }
`;
