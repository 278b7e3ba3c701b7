import { BfAccordion } from './accordion.js';

export { BfAccordion } from './accordion.js';
export { BfAccordionItem } from './accordion-item.js';
export type { AccordionToggleDetail } from './accordion-item.js';
export { accordionStrings } from './accordion.strings.js';
export type { AccordionStrings } from './accordion.strings.js';

// Registers <bf-accordion-item> (and <bf-icon>) first: see BelfryElement.define.
BfAccordion.define('bf-accordion');

declare global {
  interface HTMLElementTagNameMap {
    'bf-accordion': BfAccordion;
    'bf-accordion-item': import('./accordion-item.js').BfAccordionItem;
  }
}
