import { css } from 'lit';
import { bodyText } from '@belfry/core';

/* Every value is a design token with the federal theme's value as fallback. */
export const alternativeChannelsStyles = css`
  :host {
    display: block;
    margin-block-end: var(--bf-space-6, 2rem);
    ${bodyText}
    color: var(--bf-alternative-channels-fg, var(--bf-color-text, #1a1d21));
    overflow-wrap: break-word;
  }

  :host([variant='footer']) {
    margin-block-end: 0;
    color: inherit;
  }

  .full {
    padding: var(--bf-alternative-channels-padding, var(--bf-space-5, 1.5rem));
    border-inline-start: var(
        --bf-alternative-channels-accent-width,
        var(--bf-border-width-heavy, 0.25rem)
      )
      solid var(--bf-alternative-channels-accent, var(--bf-color-brand, #1b4f8f));
    background: var(--bf-alternative-channels-bg, var(--bf-color-surface-subtle, #f5f6f7));
  }

  .heading {
    margin: 0 0 var(--bf-space-3, 0.75rem);
    font-size: var(--bf-alternative-channels-heading-size, var(--bf-font-size-heading-3, 1.5rem));
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
  }

  .channels {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--bf-alternative-channels-gap, var(--bf-space-5, 1.5rem));
  }

  .footer .channels {
    gap: var(--bf-space-4, 1rem);
  }

  ::slotted([slot='action']) {
    margin-block-start: var(--bf-space-4, 1rem);
  }

  /* The compact variant: one line, a button that shows the channels. */
  .compact .heading {
    margin: 0;
    font-size: var(--bf-font-size-body, 1rem);
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--bf-space-2, 0.5rem);
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    max-inline-size: 100%;
    margin: 0;
    padding: var(--bf-space-2, 0.5rem) var(--bf-space-1, 0.25rem);
    border: 0;
    background: transparent;
    color: var(--bf-alternative-channels-button-fg, var(--bf-color-link, #24589d));
    font: inherit;
    font-weight: var(--bf-font-weight-strong, 600);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .button:hover {
    text-decoration-thickness: 0.15em;
  }

  .chevron {
    flex-shrink: 0;
    transition: transform var(--bf-duration-medium, 200ms)
      var(--bf-easing-standard, cubic-bezier(0.2, 0, 0, 1));
  }

  .button[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  .compact .panel {
    padding-block: var(--bf-space-3, 0.75rem);
    padding-inline-start: var(--bf-space-4, 1rem);
    border-inline-start: var(
        --bf-alternative-channels-accent-width,
        var(--bf-border-width-heavy, 0.25rem)
      )
      solid var(--bf-alternative-channels-accent, var(--bf-color-brand, #1b4f8f));
  }

  /* Without the script (a server render) and on paper, the channels are shown: the button
     could not open them. */
  :host(:not(:defined)) .panel[hidden] {
    display: block;
    content-visibility: visible;
  }

  :host(:not(:defined)) .chevron {
    visibility: hidden;
  }

  @media print {
    .panel[hidden] {
      display: block;
      content-visibility: visible;
    }

    .chevron {
      display: none;
    }

    .full {
      border: var(--bf-border-width-thin, 0.0625rem) solid;
      background: none;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .full {
      border: var(--bf-border-width-thin, 0.0625rem) solid CanvasText;
      border-inline-start-width: var(
        --bf-alternative-channels-accent-width,
        var(--bf-border-width-heavy, 0.25rem)
      );
    }

    .button {
      color: ButtonText;
    }
  }
`;

/*
 * Page-level rules (adopted into the block's document or shadow root): the footer summary shows
 * each channel's title, number or address and open-now state, not its weekly hours or details,
 * which the procedure's own page gives. A document rule, not a channel's own, so that the
 * channel renders the same everywhere and a server render hydrates.
 */
export const lightStyles = css`
  :where(bf-alternative-channels[variant='footer'] bf-channel)::part(opening-hours),
  :where(bf-alternative-channels[variant='footer'] bf-channel)::part(details),
  :where(bf-alternative-channels[variant='footer'] bf-channel)::part(access),
  :where(bf-alternative-channels[variant='footer'] bf-channel)::part(facts) {
    display: none;
  }
`;

export const channelStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
    color: var(--bf-channel-fg, var(--bf-color-text, #1a1d21));
  }

  .heading {
    display: flex;
    align-items: center;
    gap: var(--bf-space-2, 0.5rem);
    margin: 0 0 var(--bf-channel-gap, var(--bf-space-2, 0.5rem));
    font-size: var(--bf-channel-heading-size, var(--bf-font-size-heading-4, 1.25rem));
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
  }

  .icon {
    flex-shrink: 0;
    inline-size: var(--bf-space-5, 1.5rem);
    block-size: var(--bf-space-5, 1.5rem);
    fill: none;
    stroke: var(--bf-channel-icon, var(--bf-color-text, #1a1d21));
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .icon-box {
    display: inline-flex;
  }

  .body {
    display: grid;
    gap: var(--bf-channel-gap, var(--bf-space-2, 0.5rem));
    padding-inline-start: calc(var(--bf-space-5, 1.5rem) + var(--bf-space-2, 0.5rem));
  }

  p,
  ul {
    margin: 0;
  }

  .value-line {
    font-size: var(--bf-font-size-lead, 1.125rem);
    font-weight: var(--bf-font-weight-strong, 600);
  }

  .value {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    color: var(--bf-channel-value-fg, var(--bf-color-link, #24589d));
    text-decoration: underline;
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
  }

  .value:hover {
    text-decoration-thickness: 0.15em;
  }

  .facts {
    padding: 0;
    list-style: none;
  }

  .hours {
    display: flex;
    gap: var(--bf-space-2, 0.5rem);
    margin-inline-start: calc(-1 * (var(--bf-space-5, 1.5rem) + var(--bf-space-2, 0.5rem)));
  }

  .hours-text {
    display: grid;
    gap: var(--bf-space-1, 0.25rem);
    min-inline-size: 0;
  }

  .opening-state {
    font-weight: var(--bf-font-weight-strong, 600);
  }

  .opening-status[data-state='open'] .opening-state {
    color: var(--bf-channel-open-fg, var(--bf-color-success-text, #1d6b34));
  }

  .opening-week {
    margin: 0;
  }

  .opening-row {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--bf-space-2, 0.5rem);
  }

  .opening-row dt {
    font-weight: var(--bf-font-weight-strong, 600);
  }

  .opening-row dt::after {
    content: ':';
  }

  .opening-row dd {
    margin: 0;
  }

  .opening-note {
    font-size: var(--bf-font-size-small, 0.875rem);
  }

  .access {
    display: grid;
    gap: var(--bf-space-1, 0.25rem);
    padding: 0;
    list-style: none;
  }

  .access li {
    display: flex;
    align-items: center;
    gap: var(--bf-space-2, 0.5rem);
  }

  ::slotted(address) {
    font-style: normal;
  }

  /* No box of its own: an empty details slot adds no gap. */
  .details {
    display: contents;
  }

  @media print {
    /* On paper the number must be readable as text: it is the link's text already. */
    .value {
      color: inherit;
      min-block-size: 0;
    }

    .opening-status {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .icon {
      stroke: CanvasText;
    }

    .value {
      color: LinkText;
    }

    .opening-status[data-state='open'] .opening-state {
      color: CanvasText;
    }
  }
`;
