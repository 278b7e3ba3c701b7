import { css } from 'lit';
import { fontFamilyBase } from '@belfry/core';

/* Every value is a design token with the federal theme's value as fallback. The compact
   (sidebar) variant of the list sets two private properties that its steps inherit through the
   flat tree, so that a server-rendered step takes the variant without knowing its list. */
export const stepByStepStyles = css`
  :host {
    display: block;
    margin-block-end: var(--bf-step-by-step-margin, var(--bf-space-6, 2rem));
    /* Steps number themselves with this counter (CSS, so the numbers need no script). */
    counter-reset: bf-step-by-step;
    font-family: ${fontFamilyBase};
    color: var(--bf-step-by-step-fg, var(--bf-color-text, #1a1d21));
  }

  :host([variant='compact']) {
    --_bf-step-by-step-marker-size: var(
      --bf-step-by-step-compact-marker-size,
      var(--bf-space-6, 2rem)
    );
    --_bf-step-by-step-heading-size: var(
      --bf-step-by-step-compact-heading-size,
      var(--bf-font-size-body, 1rem)
    );
  }

  /* Core's "Show all" row (disclosureGroupStyles) takes its colour from this component's token. */
  .toggle-all {
    --_bf-toggle-all-fg: var(--bf-step-by-step-toggle-all-fg, var(--bf-color-link, #24589d));
  }

  /* An ordered list without its own markers: each step draws its number once, in its circle. */
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

export const itemStyles = css`
  :host {
    --_marker: var(
      --_bf-step-by-step-marker-size,
      var(--bf-step-by-step-marker-size, var(--bf-space-7, 2.5rem))
    );
    --_line: var(--bf-step-by-step-line-width, var(--bf-border-width-thick, 0.125rem));
    --_gap: var(--bf-step-by-step-gap, var(--bf-space-3, 0.75rem));
    --_top: var(--bf-space-2, 0.5rem);

    display: block;
    position: relative;
    counter-increment: bf-step-by-step;
    font-family: ${fontFamilyBase};
    color: var(--bf-step-by-step-fg, var(--bf-color-text, #1a1d21));
  }

  /* "and" / "or" steps share the number of the step before them. */
  :host([logic='and']),
  :host([logic='or']) {
    counter-increment: none;
  }

  /* The line that joins the circles, from the first circle's middle to the last one's. */
  .step::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc((var(--_marker) - var(--_line)) / 2);
    border-inline-start: var(--_line) solid
      var(--bf-step-by-step-line, var(--bf-color-border-strong, #6b7580));
  }

  :host(:first-child) .step::before {
    inset-block-start: calc(var(--_top) + var(--_marker) / 2);
  }

  :host(:last-child) .step::before {
    inset-block-end: auto;
    block-size: calc(var(--_top) + var(--_marker) / 2);
  }

  :host(:only-child) .step::before {
    display: none;
  }

  .heading {
    margin: 0;
    font-size: var(
      --_bf-step-by-step-heading-size,
      var(--bf-step-by-step-heading-size, var(--bf-font-size-heading-4, 1.25rem))
    );
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
  }

  /* The rest of the button, its chevron and its look before the upgrade: core's disclosureStyles. */
  .button {
    --_bf-disclosure-fg: var(--bf-step-by-step-button-fg, var(--bf-color-link, #24589d));
    --_bf-disclosure-bg-hover: var(
      --bf-step-by-step-button-bg-hover,
      var(--bf-color-action-subtle, #eef4fb)
    );

    display: grid;
    grid-template-columns: var(--_marker) minmax(0, 1fr) auto;
    column-gap: var(--_gap);
    padding: var(--_top) var(--bf-space-1, 0.25rem) var(--_top) 0;
  }

  .marker {
    position: relative;
    display: flex;
    align-items: center;
    justify-content: center;
    align-self: start;
    box-sizing: border-box;
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border: var(--_line) solid var(--bf-step-by-step-line, var(--bf-color-border-strong, #6b7580));
    border-radius: 50%;
    background: var(--bf-step-by-step-marker-bg, var(--bf-color-surface, #ffffff));
    color: var(--bf-step-by-step-marker-fg, var(--bf-color-text, #1a1d21));
    font-size: var(--bf-font-size-body, 1rem);
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: 1;
  }

  .counted::after {
    content: counter(bf-step-by-step);
  }

  /* "and" / "or": a word on the line, not a circle. */
  .marker.logic {
    border-color: transparent;
    font-size: var(--bf-font-size-small, 0.875rem);
  }

  .status,
  .inner {
    padding-inline: calc(var(--_marker) + var(--_gap)) var(--bf-space-1, 0.25rem);
  }

  .status {
    margin: 0 0 var(--bf-space-2, 0.5rem);
  }

  /* A closed panel is hidden="until-found": the browser skips its content but still searches
     it. Its padding is inside, so a closed panel takes no room. */
  .inner {
    padding-block: var(--bf-space-1, 0.25rem)
      var(--bf-step-by-step-panel-padding, var(--bf-space-5, 1.5rem));
    font-size: var(--bf-font-size-body, 1rem);
    line-height: var(--bf-line-height-body, 1.5);
    overflow-wrap: break-word;
  }

  @media (forced-colors: active) {
    .marker:not(.logic),
    .step::before {
      border-color: CanvasText;
    }
  }
`;
