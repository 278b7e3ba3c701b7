import { css } from 'lit';

/** The shadow root only holds the light-DOM `<fieldset>` in place. */
export const styles = css`
  :host {
    display: block;
    margin-block: 0;
  }

  ::slotted(fieldset) {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
`;

/**
 * The light-DOM parts: the legend, its heading and the hint live inside the native `<fieldset>`
 * (so that it names the group and disables the fields), where `::slotted()` cannot reach. The
 * element adopts this sheet into the document or shadow root it is in, once per root. `:where()`
 * keeps the specificity at zero, so a page's own rules win.
 */
// Room between the groups of the fieldset (fields, paragraphs, wrappers), but not between the
// words and inline controls of a line, where a vertical margin would open the line up.
export const lightStyles = css`
  :where(bf-fieldset > fieldset)
    > :where(
      :not(
        legend,
        [data-bf-hint],
        a,
        abbr,
        b,
        br,
        code,
        em,
        i,
        img,
        input,
        label,
        select,
        small,
        span,
        strong,
        textarea
      )
    ) {
    margin-block: var(--bf-fieldset-gap, var(--bf-space-5, 1.5rem)) 0;
  }

  :where(bf-fieldset > fieldset) > :where(:first-child, legend + *, [data-bf-hint] + *) {
    margin-block-start: 0;
  }

  :where(bf-fieldset > fieldset > legend) {
    box-sizing: border-box;
    max-inline-size: 100%;
    margin-block-end: var(--bf-fieldset-legend-gap, var(--bf-space-2, 0.5rem));
    padding: 0;
    color: var(--bf-fieldset-legend-fg, var(--bf-color-text, #1a1d21));
    font-size: var(--bf-fieldset-legend-font-size, var(--bf-font-size-lead, 1.125rem));
    font-weight: var(--bf-fieldset-legend-font-weight, var(--bf-font-weight-heading, 700));
    line-height: var(--bf-line-height-heading, 1.35);
    white-space: normal;
    overflow-wrap: break-word;
  }

  :where(bf-fieldset > fieldset > legend) > :where(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font: inherit;
  }

  :where(bf-fieldset > fieldset > legend) > :where(h1) {
    font-size: var(--bf-fieldset-heading-font-size, var(--bf-font-size-heading-1, 2.25rem));
  }

  :where(bf-fieldset > fieldset > legend) > :where(h2) {
    font-size: var(--bf-font-size-heading-2, 1.875rem);
  }

  :where(bf-fieldset > fieldset > legend) > :where(h3) {
    font-size: var(--bf-font-size-heading-3, 1.5rem);
  }

  :where(bf-fieldset > fieldset > legend) > :where(h4, h5, h6) {
    font-size: var(--bf-font-size-heading-4, 1.25rem);
  }

  :where(bf-fieldset > fieldset > [data-bf-hint]) {
    margin-block-end: var(--bf-fieldset-hint-gap, var(--bf-space-4, 1rem));
    color: var(--bf-fieldset-hint-fg, var(--bf-color-text-muted, #545d68));
    font-size: var(--bf-font-size-body, 1rem);
    line-height: var(--bf-line-height-body, 1.5);
  }
`;
