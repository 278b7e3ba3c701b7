import { css } from 'lit';
import { bodyText } from '@belfry/core';

// Every value is a design token with the federal theme's value as fallback:
// component token → semantic token → literal.
export const styles = css`
  :host {
    display: block;
    border-block-start: var(--bf-footer-border-width, var(--bf-border-width-heavy, 0.25rem)) solid
      var(--bf-footer-border, var(--bf-color-brand, #1b4f8f));
    background: var(--bf-footer-bg, var(--bf-color-surface-subtle, #f5f6f7));
    color: var(--bf-footer-fg, var(--bf-color-text, #1a1d21));
    ${bodyText}
    /* A long address, e-mail or compound word wraps at 320 px instead of scrolling sideways. */
    overflow-wrap: break-word;
  }

  .footer {
    display: grid;
    gap: var(--bf-footer-gap, var(--bf-space-5, 1.5rem));
    padding-block: var(--bf-footer-padding-block, var(--bf-space-6, 2rem));
    padding-inline: var(--bf-footer-padding-inline, var(--bf-space-4, 1rem));
  }

  :host(:state(no-alternatives)) .alternatives {
    display: none;
  }

  .heading {
    margin: 0 0 var(--bf-space-3, 0.75rem);
    font-size: var(--bf-footer-heading-size, var(--bf-font-size-heading-4, 1.25rem));
    font-weight: var(--bf-font-weight-heading, 700);
    line-height: var(--bf-line-height-heading, 1.35);
  }

  .links-row {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--bf-space-5, 1.5rem);
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--bf-space-5, 1.5rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .link,
  .identity a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
    color: var(--bf-footer-link-fg, var(--bf-color-link, #24589d));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .link:hover,
  .identity a:hover {
    text-decoration-thickness: 0.15em;
  }

  .identity {
    margin: 0;
    padding-block-start: var(--bf-space-3, 0.75rem);
    border-block-start: var(--bf-border-width-thin, 0.0625rem) solid var(--bf-color-border, #d8dce0);
    color: var(--bf-footer-muted-fg, var(--bf-color-text-muted, #545d68));
    font-size: var(--bf-font-size-small, 0.875rem);
  }

  .identity a {
    font-weight: var(--bf-font-weight-bold, 700);
  }

  @media (forced-colors: active) {
    :host {
      border-block-start-color: CanvasText;
    }

    .link,
    .identity a {
      color: LinkText;
    }
  }
`;

/**
 * The light-DOM parts: the agency's own links list and the links in its information, where
 * `::slotted()` cannot reach. The footer adds this sheet to the document (or shadow root) it is
 * in, once (core's adoptLightStyles). `:where()` keeps the specificity at zero, so a page's own
 * rules win. undefined.css holds the same rules for before the script runs.
 */
export const lightStyles = css`
  :where(bf-footer > [slot='links']) {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--bf-space-5, 1.5rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  :where(bf-footer > [slot='links'] li) {
    margin: 0;
  }

  :where(bf-footer > [slot='links'] a, bf-footer > a[slot='links']) {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--bf-touch-target-min, 2.75rem);
  }

  :where(bf-footer > :is([slot='links'], [slot='agency']) a, bf-footer > a[slot='links']) {
    color: var(--bf-footer-link-fg, var(--bf-color-link, #24589d));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  :where(bf-footer > [slot='agency']) :where(p, address) {
    margin: 0 0 var(--bf-space-2, 0.5rem);
    font-style: normal;
  }
`;
