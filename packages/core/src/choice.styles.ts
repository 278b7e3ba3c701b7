import { css } from 'lit';
import { bodyText } from './text.styles.js';

/**
 * The look `bf-checkbox` and `bf-radio` share, written once (docs/decisions/0016): the native
 * control in light DOM drawn by the component (`appearance: none`) above a label that spans the
 * whole row and is at least 44 px tall, the hint under the label's text, the follow-up question,
 * the focus ring, and forced colours. An option adds it after the base styles
 * (`static styles = [BelfryElement.styles, choiceStyles, styles]`); its own styles then give
 * every size and colour through its own tokens (`--bf-checkbox-…`, `--bf-radio-…`) and its mark.
 *
 * Only rules without a component token are here, and each property is set in one of the two
 * sheets, so the order of the sheets decides nothing. Forced-colours rules that override a
 * component's own property (the disabled label's colour, the follow-up's line) stay with the
 * component, after the rule they override. What a citizen relies on (the target size, the focus
 * ring) is set with !important, which beats a page's ordinary rules for slotted content.
 */
export const choiceStyles = css`
  :host {
    display: block;
    ${bodyText}
  }

  .option {
    display: grid;
    align-items: start;
  }

  ::slotted([slot='control']) {
    box-sizing: border-box !important;
    /* Above the label, which spans the row under it. */
    position: relative !important;
    z-index: 1 !important;
    grid-area: 1 / 1 !important;
    appearance: none !important;
    cursor: pointer;
  }

  ::slotted([slot='control']:checked)::before {
    content: '';
    position: absolute;
  }

  ::slotted([slot='control']:focus-visible) {
    outline: var(--bf-focus-ring-width, 0.1875rem) solid var(--bf-color-focus-ring, #0a0a0a) !important;
    outline-offset: var(--bf-focus-ring-offset, 0.125rem) !important;
    box-shadow: 0 0 0 var(--bf-focus-ring-offset, 0.125rem)
      var(--bf-color-focus-ring-inner, #ffffff);
  }

  ::slotted([slot='control']:disabled) {
    cursor: not-allowed;
  }

  /* The label covers the whole row, control included: at least 44 px tall, and a tap target. */
  ::slotted([slot='label']),
  .text {
    /* Light-DOM nodes get the page's box sizing; the 44 px must include the padding. */
    box-sizing: border-box !important;
    grid-area: 1 / 1 / 2 / 3 !important;
    display: block !important;
    min-block-size: var(--bf-touch-target-min, 2.75rem) !important;
    overflow-wrap: break-word;
    cursor: pointer;
  }

  :host(:state(disabled)) ::slotted([slot='label']) {
    cursor: not-allowed;
  }

  ::slotted([slot='hint']) {
    grid-column: 2;
    padding-block-end: var(--bf-space-2, 0.5rem);
    overflow-wrap: break-word;
  }

  ::slotted([slot='conditional']) {
    margin-block: 0 var(--bf-space-2, 0.5rem);
    padding-block: var(--bf-space-2, 0.5rem);
  }

  @media (forced-colors: active) {
    /* The system draws the control, in the colours the person chose. */
    ::slotted([slot='control']) {
      appearance: auto !important;
    }

    ::slotted([slot='control']:checked)::before {
      content: none;
    }

    ::slotted([slot='control']:focus-visible) {
      outline-color: Highlight !important;
      box-shadow: none;
    }
  }
`;

/**
 * The look `bf-checkbox-group` and `bf-radio-group` share: a real fieldset without the browser's
 * frame, the legend (the question), then the hint, the error and the options, one under the
 * other. A group adds it after the base styles
 * (`static styles = [BelfryElement.styles, choiceGroupStyles, styles]`); its own styles give the
 * colours, the legend's type and the options' gap through its own tokens, as `choiceStyles` does.
 */
export const choiceGroupStyles = css`
  :host {
    display: block;
    margin-block-end: var(--bf-space-5, 1.5rem);
    ${bodyText}
  }

  .fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .fieldset--invalid {
    padding-inline-start: var(--bf-space-4, 1rem);
  }

  legend {
    margin-block-end: var(--bf-space-2, 0.5rem);
    padding: 0;
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
  }
`;
