import { css } from 'lit';

/*
 * One small style sheet, shared by every icon on the page (an e-Box page can hold a thousand).
 * The size is one private property per host, set from a token; the drawing fills the host, so a
 * page can also size an icon with plain `width`/`height` on `bf-icon`.
 */
export const styles = css`
  :host {
    --_size: var(--bf-icon-size-medium, var(--bf-font-size-heading-4, 1.25rem));

    display: inline-block;
    flex-shrink: 0;
    box-sizing: border-box;
    inline-size: var(--_size);
    block-size: var(--_size);
    vertical-align: middle;
  }

  :host([size='small']) {
    --_size: var(--bf-icon-size-small, var(--bf-font-size-body, 1rem));
  }

  :host([size='large']) {
    --_size: var(--bf-icon-size-large, var(--bf-font-size-heading-3, 1.5rem));
  }

  :host([hidden]) {
    display: none !important;
  }

  /* The text colour, also in forced-colours mode, where the system sets it. */
  svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    fill: none;
    stroke: currentColor;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .fill {
    fill: currentColor;
    stroke: none;
  }
`;
