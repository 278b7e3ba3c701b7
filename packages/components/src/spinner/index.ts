import { BfSpinner } from './spinner.js';

export { BfSpinner, spinnerSizes } from './spinner.js';
export type { SpinnerSize } from './spinner.js';

BfSpinner.define('bf-spinner');

declare global {
  interface HTMLElementTagNameMap {
    'bf-spinner': BfSpinner;
  }
}
