import { BfAccordion } from './accordion.js';
import { BfAccordionItem } from './accordion-item.js';

export { BfAccordion } from './accordion.js';
export { BfAccordionItem } from './accordion-item.js';
export type { AccordionToggleDetail } from './accordion-item.js';
export { accordionStrings } from './accordion.strings.js';
export type { AccordionStrings } from './accordion.strings.js';

// Sections first, as the accordion would (BelfryElement.define registers its dependencies).
BfAccordionItem.define('bf-accordion-item');
BfAccordion.define('bf-accordion');

declare global {
  interface HTMLElementTagNameMap {
    'bf-accordion': BfAccordion;
    'bf-accordion-item': BfAccordionItem;
  }
}
