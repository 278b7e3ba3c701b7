import { css } from 'lit';
import { fontFamilyBase } from '@belfry/core';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal. A list of e-Box messages can show hundreds of
 * tags: each variant sets its colours directly, and the sheet stays small.
 */
export const styles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }

  .tag {
    display: inline-flex;
    align-items: center;
    gap: var(--bf-tag-gap, var(--bf-space-1, 0.25rem));
    max-inline-size: 100%;
    padding: var(--bf-tag-padding-block, var(--bf-space-1, 0.25rem))
      var(--bf-tag-padding-inline, var(--bf-space-2, 0.5rem));
    border: var(--bf-border-width-thin, 0.0625rem) solid;
    border-radius: var(--bf-tag-radius, var(--bf-radius-small, 0.125rem));
    font-family: ${fontFamilyBase};
    font-size: var(--bf-tag-font-size, var(--bf-font-size-small, 0.875rem));
    font-weight: var(--bf-font-weight-bold, 700);
    line-height: var(--bf-line-height-tight, 1.25);
    overflow-wrap: break-word;
  }

  .tag--neutral {
    border-color: var(--bf-tag-neutral-border, var(--bf-color-border-strong, #6b7580));
    background: var(--bf-tag-neutral-bg, var(--bf-color-surface-subtle, #f5f6f7));
    color: var(--bf-tag-neutral-fg, var(--bf-color-text, #1a1d21));
  }

  .tag--info {
    border-color: var(--bf-tag-info-border, var(--bf-color-info-border, #24589d));
    background: var(--bf-tag-info-bg, var(--bf-color-info-surface, #eef4fb));
    color: var(--bf-tag-info-fg, var(--bf-color-info-text, #143c6e));
  }

  .tag--success {
    border-color: var(--bf-tag-success-border, var(--bf-color-success-border, #217a3c));
    background: var(--bf-tag-success-bg, var(--bf-color-success-surface, #eef8f0));
    color: var(--bf-tag-success-fg, var(--bf-color-success-text, #1d6b34));
  }

  .tag--warning {
    border-color: var(--bf-tag-warning-border, var(--bf-color-warning-border, #b36b00));
    background: var(--bf-tag-warning-bg, var(--bf-color-warning-surface, #fff7e6));
    color: var(--bf-tag-warning-fg, var(--bf-color-warning-text, #7a4a00));
  }

  .tag--error {
    border-color: var(--bf-tag-error-border, var(--bf-color-error-border, #b3261e));
    background: var(--bf-tag-error-bg, var(--bf-color-error-surface, #fdf1f0));
    color: var(--bf-tag-error-fg, var(--bf-color-error-text, #b3261e));
  }

  .icon {
    flex-shrink: 0;
    inline-size: 1.15em;
    block-size: 1.15em;
    fill: none;
    stroke: currentColor;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  @media (forced-colors: active) {
    .tag {
      border-color: CanvasText;
    }
  }
`;
