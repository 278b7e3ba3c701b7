import { css } from 'lit';
import { bodyText } from '@belfry/core';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal.
 *
 * The navigation collapses behind the Menu button when the HEADER (not the window) is narrower
 * than the `breakpoint.md` token, 48em: a container query on the host, so a header in a narrow
 * column collapses too, and the width grows with the user's text size. Custom properties cannot
 * be used in a container query, so the token's value is written here; the header's tests check
 * it against the token build.
 */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--bf-header-bg, var(--bf-color-surface, #ffffff));
    color: var(--bf-header-fg, var(--bf-color-text, #1a1d21));
    ${bodyText}
    /* A long agency name or compound word wraps at 320 px instead of scrolling sideways. */
    overflow-wrap: break-word;
  }

  .header {
    border-block-end: var(--bf-header-border-width, var(--bf-border-width-heavy, 0.25rem)) solid
      var(--bf-header-border, var(--bf-color-brand, #1b4f8f));
  }

  .row {
    padding-inline: var(--bf-header-padding-inline, var(--bf-space-4, 1rem));
  }

  /* The federal identity bar. */
  .identity {
    background: var(--bf-header-identity-bg, var(--bf-color-surface-subtle, #f5f6f7));
    color: var(--bf-header-identity-fg, var(--bf-color-text, #1a1d21));
    font-size: var(--bf-header-identity-font-size, var(--bf-font-size-small, 0.875rem));
  }

  /* The toggle follows the line when there is room, and goes under it when there is not. */
  .identity {
    display: flow-root;
  }

  .official {
    float: inline-start;
    display: flex;
    align-items: center;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    margin-block: 0;
    margin-inline: 0 var(--bf-space-2, 0.5rem);
  }

  .how-toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--bf-space-1, 0.25rem);
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    color: var(--bf-header-identity-toggle-fg, var(--bf-color-link, #24589d));
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
    list-style: none;
  }

  .how-toggle::-webkit-details-marker {
    display: none;
  }

  .how-toggle:hover {
    text-decoration-thickness: 0.15em;
  }

  .chevron {
    --bf-icon-size-small: 1em;
    transition: transform var(--bf-duration-fast, 100ms)
      var(--bf-easing-standard, cubic-bezier(0.2, 0, 0, 1));
  }

  .how[open] .chevron {
    transform: rotate(180deg);
  }

  .how-body {
    clear: both;
    display: grid;
    gap: var(--bf-space-3, 0.75rem);
    max-inline-size: var(--bf-content-max-width, 48rem);
    padding-block: var(--bf-space-1, 0.25rem) var(--bf-space-4, 1rem);
  }

  .how-body p {
    margin: 0;
  }

  /* The agency and the tools (language, account, Menu). */
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--bf-header-gap, var(--bf-space-3, 0.75rem));
    padding-block: var(--bf-space-3, 0.75rem);
  }

  .agency {
    min-inline-size: 0;
    font-size: var(--bf-header-agency-font-size, var(--bf-font-size-heading-4, 1.25rem));
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
  }

  /* The agency's name (or logo) is a link home: it looks like a name, underlined under the pointer. */
  slot[name='agency']::slotted(a) {
    display: inline-flex;
    align-items: center;
    gap: var(--bf-space-2, 0.5rem);
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    color: inherit;
    text-decoration: none;
  }

  slot[name='agency']::slotted(a:hover) {
    text-decoration: underline;
  }

  slot[name='account']::slotted(a) {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    color: var(--bf-header-link-fg, var(--bf-color-link, #24589d));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  ::slotted(a:focus-visible) {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a);
    outline-offset: var(--bf-focus-ring-offset, 0.125rem);
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--bf-header-gap, var(--bf-space-3, 0.75rem));
  }

  /* Shown only when the script runs and the header is narrow (see the container query). */
  .menu-button {
    display: none;
    align-items: center;
    gap: var(--bf-space-2, 0.5rem);
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    min-inline-size: var(--bf-touch-target-min, 2.75rem);
    margin: 0;
    padding: var(--bf-space-2, 0.5rem) var(--bf-space-3, 0.75rem);
    border: var(--bf-border-width-thick, 0.125rem) solid
      var(--bf-header-menu-button-border, var(--bf-color-action, #1b4f8f));
    border-radius: var(--bf-radius-medium, 0.25rem);
    background: var(--bf-header-menu-button-bg, var(--bf-color-surface, #ffffff));
    color: var(--bf-header-menu-button-fg, var(--bf-color-action, #1b4f8f));
    font: inherit;
    font-weight: var(--bf-font-weight-bold, 700);
    cursor: pointer;
  }

  .menu-button:hover {
    background: var(--bf-header-menu-button-bg-hover, var(--bf-color-action-subtle, #eef4fb));
  }

  .navigation {
    border-block-start: var(--bf-border-width-thin, 0.0625rem) solid var(--bf-color-border, #d8dce0);
  }

  @container (width < 48em) {
    :host(:state(enhanced)) .menu-button {
      display: inline-flex;
    }

    :host(:state(enhanced)) .navigation:not(.navigation--open) {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .menu-button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }

    .how-toggle {
      color: LinkText;
    }

    ::slotted(a:focus-visible) {
      outline-color: Highlight;
    }
  }
`;

/**
 * The light-DOM parts: the author's navigation list and its links, and an agency logo inside
 * the agency link, where `::slotted()` cannot reach. The header adds this sheet to the document
 * (or shadow root) it is in, once (core's adoptLightStyles). `:where()` keeps the specificity at
 * zero, so a page's own rules win. undefined.css holds the same rules for before the script runs.
 */
export const lightStyles = css`
  :where(bf-header > [slot='navigation']) {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--bf-space-5, 1.5rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  :where(bf-header > [slot='navigation'] li) {
    margin: 0;
  }

  :where(bf-header > [slot='navigation'] a) {
    display: flex;
    align-items: center;
    box-sizing: border-box;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    padding-block: var(--bf-space-2, 0.5rem);
    border-block-end: var(--bf-border-width-heavy, 0.25rem) solid transparent;
    color: var(--bf-header-link-fg, var(--bf-color-link, #24589d));
    font-weight: var(--bf-font-weight-bold, 700);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  :where(bf-header > [slot='navigation'] a:hover) {
    text-decoration-thickness: 0.15em;
  }

  /* The page you are on: a rule under it (beside it when the list is a column), not colour. */
  :where(bf-header > [slot='navigation'] a[aria-current]:not([aria-current='false'])) {
    border-block-end-color: var(--bf-header-current-border, var(--bf-color-brand, #1b4f8f));
    text-decoration: none;
  }

  :where(bf-header > [slot='navigation'] a:focus-visible) {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a);
    outline-offset: var(--bf-focus-ring-offset, 0.125rem);
  }

  :where(bf-header > [slot='agency'] img, bf-header > img[slot='agency']) {
    display: block;
    max-inline-size: 100%;
    max-block-size: var(--bf-space-8, 3rem);
    inline-size: auto;
  }

  @container (width < 48em) {
    :where(bf-header > [slot='navigation']) {
      flex-direction: column;
      padding-block: var(--bf-space-2, 0.5rem);
    }

    :where(bf-header > [slot='navigation'] a) {
      border-block-end: 0;
      border-inline-start: var(--bf-border-width-heavy, 0.25rem) solid transparent;
      padding-inline-start: var(--bf-space-2, 0.5rem);
    }

    :where(bf-header > [slot='navigation'] a[aria-current]:not([aria-current='false'])) {
      border-inline-start-color: var(--bf-header-current-border, var(--bf-color-brand, #1b4f8f));
    }
  }

  @media (forced-colors: active) {
    :where(bf-header > [slot='navigation'] a[aria-current]:not([aria-current='false'])) {
      border-color: CanvasText;
    }
  }
`;
