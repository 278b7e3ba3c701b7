import { BfIcon } from './icon.js';
import { builtInIcons } from './icon-set.js';
import { registerIcons } from './registry.js';

export { BfIcon, iconSizes } from './icon.js';
export type { IconSize } from './icon.js';
export { builtInIcons } from './icon-set.js';
export type { BuiltInIconName } from './icon-set.js';
export { iconNames, registerIcon, registerIcons } from './registry.js';
export type { IconDefinition, IconPaint } from './registry.js';
export * from './icons.js';

BfIcon.define('bf-icon');
registerIcons(builtInIcons);

declare global {
  interface HTMLElementTagNameMap {
    'bf-icon': BfIcon;
  }
}
