import { css } from 'lit';
import { fontFamilyBase } from '@belfry/core';

/* Every value is a design token with the federal theme's value as fallback. */
export const accordionStyles = css`
  :host {
    display: block;
    margin-block-end: var(--bf-accordion-margin, var(--bf-space-6, 2rem));
    font-family: ${fontFamilyBase};
    color: var(--bf-accordion-fg, var(--bf-color-text, #1a1d21));
  }

  /* Core's "Show all" row (disclosureGroupStyles) takes its colour from this component's token. */
  .toggle-all {
    --_bf-toggle-all-fg: var(--bf-accordion-toggle-all-fg, var(--bf-color-link, #24589d));
  }

  ::slotted(bf-accordion-item:first-of-type) {
    border-block-start: var(--bf-accordion-border-width, var(--bf-border-width-thin, 0.0625rem))
      solid var(--bf-accordion-border, var(--bf-color-border-strong, #6b7580));
  }
`;

export const itemStyles = css`
  :host {
    display: block;
    border-block-end: var(--bf-accordion-border-width, var(--bf-border-width-thin, 0.0625rem)) solid
      var(--bf-accordion-border, var(--bf-color-border-strong, #6b7580));
    font-family: ${fontFamilyBase};
    color: var(--bf-accordion-fg, var(--bf-color-text, #1a1d21));
  }

  .heading {
    margin: 0;
    font-size: var(--bf-accordion-heading-size, var(--bf-font-size-heading-4, 1.25rem));
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
  }

  /* The rest of the button, its chevron and its look before the upgrade: core's disclosureStyles. */
  .button {
    --_bf-disclosure-fg: var(--bf-accordion-button-fg, var(--bf-color-link, #24589d));
    --_bf-disclosure-bg-hover: var(
      --bf-accordion-button-bg-hover,
      var(--bf-color-action-subtle, #eef4fb)
    );

    display: flex;
    justify-content: space-between;
    gap: var(--bf-space-3, 0.75rem);
    padding: var(--bf-accordion-button-padding, var(--bf-space-3, 0.75rem))
      var(--bf-space-1, 0.25rem);
  }

  /* A closed panel is hidden="until-found": the browser skips its content (content-visibility)
     but still searches it. Its padding is inside, so a closed panel takes no room. */
  .inner {
    padding: var(--bf-space-1, 0.25rem) var(--bf-space-1, 0.25rem)
      var(--bf-accordion-panel-padding, var(--bf-space-5, 1.5rem));
    font-size: var(--bf-font-size-body, 1rem);
    line-height: var(--bf-line-height-body, 1.5);
    overflow-wrap: break-word;
  }
`;
