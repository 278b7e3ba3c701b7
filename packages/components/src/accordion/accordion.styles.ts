import { css } from 'lit';

/* Every value is a design token with the federal theme's value as fallback. */
export const accordionStyles = css`
  :host {
    display: block;
    margin-block-end: var(--bf-accordion-margin, var(--bf-space-6, 2rem));
    font-family: var(
      --bf-font-family-base,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      'Noto Sans',
      sans-serif
    );
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
    font-family: var(
      --bf-font-family-base,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      'Noto Sans',
      sans-serif
    );
    color: var(--bf-accordion-fg, var(--bf-color-text, #1a1d21));
  }

  .heading {
    margin: 0;
    font-size: var(--bf-accordion-heading-size, var(--bf-font-size-heading-4, 1.25rem));
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
  }

  .button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--bf-space-3, 0.75rem);
    inline-size: 100%;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    margin: 0;
    padding: var(--bf-accordion-button-padding, var(--bf-space-3, 0.75rem))
      var(--bf-space-1, 0.25rem);
    border: 0;
    background: transparent;
    color: var(--bf-accordion-button-fg, var(--bf-color-link, #24589d));
    font: inherit;
    text-align: start;
    overflow-wrap: break-word;
    cursor: pointer;
  }

  .button:hover {
    background: var(--bf-accordion-button-bg-hover, var(--bf-color-action-subtle, #eef4fb));
  }

  .button:hover .text {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .text {
    min-inline-size: 0;
  }

  .icon {
    flex-shrink: 0;
    transition: transform var(--bf-duration-medium, 200ms)
      var(--bf-easing-standard, cubic-bezier(0.2, 0, 0, 1));
  }

  .button[aria-expanded='true'] .icon {
    transform: rotate(180deg);
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

  /* Until the script runs (or without it), every section shows its content and the heading
     reads as a heading: the button could not open anything. */
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
