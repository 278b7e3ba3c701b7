import { css } from 'lit';

/*
 * Every value is a design token with the federal theme's value as fallback:
 * component token → semantic token → literal.
 *
 * The group's own colours, legend type and gap, through the radio tokens, after core's
 * choiceGroupStyles (the fieldset without the browser's frame, the legend, hint, error and
 * options one under the other, shared with bf-checkbox-group).
 */
export const styles = css`
  :host {
    color: var(--bf-radio-label-fg, var(--bf-color-text, #1a1d21));
  }

  /* An error: a thick line on the start side ties the message to the options (not colour alone:
     the message says it in words). */
  .fieldset--invalid {
    border-inline-start: var(--bf-border-width-heavy, 0.25rem) solid
      var(--bf-radio-border-invalid, var(--bf-color-error-border, #b3261e));
  }

  legend {
    color: var(--bf-radio-legend-fg, var(--bf-color-text, #1a1d21));
    font-size: var(--bf-radio-legend-font-size, var(--bf-font-size-body, 1rem));
    font-weight: var(--bf-radio-legend-font-weight, var(--bf-font-weight-strong, 600));
  }

  ::slotted([slot='hint']) {
    color: var(--bf-radio-hint-fg, var(--bf-color-text-muted, #545d68));
  }

  .options {
    gap: var(--bf-radio-option-gap, var(--bf-space-1, 0.25rem));
  }

  @media (forced-colors: active) {
    .fieldset--invalid {
      border-inline-start-color: CanvasText;
    }
  }
`;
