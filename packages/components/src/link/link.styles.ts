import { css } from 'lit';

/*
 * The author's <a> is slotted, so it is styled with ::slotted(a): the page's own link styles
 * still win over these (outer styles beat a shadow root's), as they do for any link of the page.
 * Every value is a design token with the federal theme's value as fallback. Links are always
 * underlined, so colour is never the only thing that marks them (WCAG 1.4.1).
 */
export const styles = css`
  :host {
    display: inline;
  }

  ::slotted(a) {
    color: var(--bf-link-fg, var(--bf-color-link, #24589d));
    text-decoration-line: underline;
    text-decoration-thickness: var(
      --bf-link-underline-thickness,
      var(--bf-border-width-thin, 0.0625rem)
    );
    text-underline-offset: 0.15em;
    /* A long address or Dutch compound breaks instead of overflowing at 320 px. */
    overflow-wrap: anywhere;
  }

  ::slotted(a:visited) {
    color: var(--bf-link-visited-fg, var(--bf-color-link-visited, #6b2c91));
  }

  ::slotted(a:hover) {
    color: var(--bf-link-hover-fg, var(--bf-color-link-hover, #143c6e));
    text-decoration-thickness: var(
      --bf-link-underline-thickness-hover,
      var(--bf-border-width-thick, 0.125rem)
    );
  }

  /* The shared focus ring (see baseStyles' .focus-ring), on the slotted link. */
  ::slotted(a:focus-visible) {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a);
    outline-offset: var(--bf-focus-ring-offset, 0.125rem);
    box-shadow: 0 0 0 var(--bf-focus-ring-offset, 0.125rem)
      var(--bf-color-focus-ring-inner, #ffffff);
    text-decoration-thickness: var(
      --bf-link-underline-thickness-hover,
      var(--bf-border-width-thick, 0.125rem)
    );
  }

  /* Decorative: the link's name says what it means. Sized with the text around it. */
  .icon {
    inline-size: 1em;
    block-size: 1em;
    margin-inline-start: var(--bf-link-icon-gap, var(--bf-space-1, 0.25rem));
    vertical-align: -0.125em;
    fill: none;
    stroke: var(--bf-link-fg, var(--bf-color-link, #24589d));
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .file {
    color: var(--bf-link-file-fg, var(--bf-color-text-muted, #545d68));
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    ::slotted(a) {
      color: LinkText;
    }

    ::slotted(a:visited) {
      color: VisitedText;
    }

    ::slotted(a:focus-visible) {
      outline-color: Highlight;
      box-shadow: none;
    }

    .icon {
      stroke: LinkText;
    }

    .file {
      color: CanvasText;
    }
  }
`;
