import { BfButton } from './button.js';

export { BfButton, buttonTypes, buttonVariants } from './button.js';
export type { ButtonType, ButtonVariant } from './button.js';

BfButton.define('bf-button');

declare global {
  interface HTMLElementTagNameMap {
    'bf-button': BfButton;
  }
}
