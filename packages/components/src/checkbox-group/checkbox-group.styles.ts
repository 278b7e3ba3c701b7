import { css } from 'lit';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal.
 *
 * A real fieldset without the browser's frame: the legend is the question, then the hint, the
 * error and the boxes, one under the other.
 */
export const styles = css`
  :host {
    display: block;
    margin-block-end: var(--bf-space-5, 1.5rem);
    color: var(--bf-checkbox-label-fg, var(--bf-color-text, #1a1d21));
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
    font-size: var(--bf-font-size-body, 1rem);
    line-height: var(--bf-line-height-body, 1.5);
  }

  .fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  /* An error: a thick line on the start side ties the message to the options (not colour alone:
     the message says it in words). */
  .fieldset--invalid {
    padding-inline-start: var(--bf-space-4, 1rem);
    border-inline-start: var(--bf-border-width-heavy, 0.25rem) solid
      var(--bf-checkbox-border-invalid, var(--bf-color-error-border, #b3261e));
  }

  legend {
    margin-block-end: var(--bf-space-2, 0.5rem);
    padding: 0;
    color: var(--bf-checkbox-legend-fg, var(--bf-color-text, #1a1d21));
    font-size: var(--bf-checkbox-legend-font-size, var(--bf-font-size-body, 1rem));
    font-weight: var(--bf-checkbox-legend-font-weight, var(--bf-font-weight-strong, 600));
    line-height: var(--bf-line-height-heading, 1.35);
    overflow-wrap: break-word;
  }

  /* A heading in the legend (the page's question) keeps its own size, without its margins. */
  ::slotted([slot='label']) {
    margin: 0;
    font-size: inherit;
  }

  .optional {
    font-weight: var(--bf-font-weight-regular, 400);
  }

  ::slotted([slot='hint']) {
    margin-block-end: var(--bf-space-2, 0.5rem);
    color: var(--bf-checkbox-hint-fg, var(--bf-color-text-muted, #545d68));
    overflow-wrap: break-word;
  }

  ::slotted([slot='error']) {
    margin: 0 0 var(--bf-space-2, 0.5rem);
    color: var(--bf-field-error-fg, var(--bf-color-error-text, #b3261e));
    font-weight: var(--bf-font-weight-strong, 600);
  }

  .options {
    display: flex;
    flex-direction: column;
    gap: var(--bf-checkbox-option-gap, var(--bf-space-1, 0.25rem));
  }

  @media (forced-colors: active) {
    .fieldset--invalid {
      border-inline-start-color: CanvasText;
    }
  }
`;
