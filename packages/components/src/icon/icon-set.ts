import type { IconDefinition } from './registry.js';
import {
  arrowLeftIcon,
  arrowRightIcon,
  calendarIcon,
  checkIcon,
  chevronDownIcon,
  chevronLeftIcon,
  chevronRightIcon,
  chevronUpIcon,
  clockIcon,
  closeIcon,
  documentIcon,
  downloadIcon,
  errorIcon,
  externalLinkIcon,
  globeIcon,
  infoIcon,
  locationIcon,
  lockIcon,
  mailIcon,
  menuIcon,
  minusIcon,
  personIcon,
  phoneIcon,
  plusIcon,
  searchIcon,
  successIcon,
  warningIcon,
} from './icons.js';

/**
 * Every built-in icon by the name `<bf-icon name="…">` uses. Importing this pulls in the whole
 * set; a component imports the single icons it needs from `./icons.js` instead.
 */
export const builtInIcons = {
  info: infoIcon,
  success: successIcon,
  warning: warningIcon,
  error: errorIcon,
  close: closeIcon,
  menu: menuIcon,
  'chevron-down': chevronDownIcon,
  'chevron-up': chevronUpIcon,
  'chevron-left': chevronLeftIcon,
  'chevron-right': chevronRightIcon,
  'arrow-left': arrowLeftIcon,
  'arrow-right': arrowRightIcon,
  'external-link': externalLinkIcon,
  download: downloadIcon,
  document: documentIcon,
  phone: phoneIcon,
  mail: mailIcon,
  location: locationIcon,
  person: personIcon,
  calendar: calendarIcon,
  clock: clockIcon,
  search: searchIcon,
  check: checkIcon,
  plus: plusIcon,
  minus: minusIcon,
  lock: lockIcon,
  globe: globeIcon,
} as const satisfies Readonly<Record<string, IconDefinition>>;

/** The name of a built-in icon. */
export type BuiltInIconName = keyof typeof builtInIcons;
