import { css } from 'lit';
import { fontFamilyBase } from './styles.js';

// A module of its own: a component that takes only the font stack does not download this.
/**
 * Body text: the font, its size and its line height. Declarations for a rule:
 * `:host { ${bodyText} color: …; }`.
 */
export const bodyText = css`
  font-family: ${fontFamilyBase};
  font-size: var(--bf-font-size-body, 1rem);
  line-height: var(--bf-line-height-body, 1.5);
`;
