import { BfFieldset } from './fieldset.js';

export { BfFieldset, legendHeadingLevels } from './fieldset.js';
export type { LegendHeadingLevel } from './fieldset.js';

BfFieldset.define('bf-fieldset');

declare global {
  interface HTMLElementTagNameMap {
    'bf-fieldset': BfFieldset;
  }
}
