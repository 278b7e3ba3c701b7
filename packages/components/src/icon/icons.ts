// Belfry's built-in icons, drawn for Belfry on a 24 × 24 grid: 2-unit lines with round ends,
// kept 2 units from the edge, simple enough to read at 16 px. One named export per icon, so a
// bundle holds only the icons it imports. A dot is a zero-length line (`h.01`): round caps draw
// it as a circle.
import type { IconDefinition } from './registry.js';

/** Information: an "i" in a circle. */
export const infoIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0', 'M12 11v6', 'M12 7.5h.01'],
};

/** Success: a tick in a circle. */
export const successIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0', 'M8 12.5l2.75 2.75L16 10'],
};

/** Warning: an exclamation mark in a triangle. */
export const warningIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M12 3.5 2.5 20.5h19z', 'M12 10v4.5', 'M12 17.5h.01'],
};

/** Error: an exclamation mark in an octagon, a shape unlike the others without colour. */
export const errorIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M8.25 3h7.5L21 8.25v7.5L15.75 21h-7.5L3 15.75v-7.5z', 'M12 7.5v5.5', 'M12 16.5h.01'],
};

/** Close: a diagonal cross. */
export const closeIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M6 6l12 12', 'M18 6 6 18'],
};

/** Menu: three horizontal bars. */
export const menuIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M4 6.5h16', 'M4 12h16', 'M4 17.5h16'],
};

/** Chevron pointing down: opens a section or a list. */
export const chevronDownIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M6 9l6 6 6-6'],
};

/** Chevron pointing up: closes a section or a list. */
export const chevronUpIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M6 15l6-6 6 6'],
};

/** Chevron pointing left: previous. */
export const chevronLeftIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M15 6l-6 6 6 6'],
};

/** Chevron pointing right: next, or a row that opens. */
export const chevronRightIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M9 6l6 6-6 6'],
};

/** Arrow pointing left: back. */
export const arrowLeftIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M20 12H4', 'M10 6l-6 6 6 6'],
};

/** Arrow pointing right: continue. */
export const arrowRightIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M4 12h16', 'M14 6l6 6-6 6'],
};

/** External link: an arrow leaving a box, for a link that opens another site or a new tab. */
export const externalLinkIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M10.5 4.5h-6v15h15v-6', 'M14.5 3.5h6v6', 'M20 4l-8.5 8.5'],
};

/** Download: an arrow going down into a tray. */
export const downloadIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M12 3.5v11', 'M7 10l5 5 5-5', 'M4 15.5v4h16v-4'],
};

/** Document: a page with a folded corner and two lines of text. */
export const documentIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M14 3H5.5v18h13V7.5z', 'M13.5 3.5v4.5h4.5', 'M9 13h6', 'M9 16.5h6'],
};

/** Phone: a telephone handset, for calling a service. */
export const phoneIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: [
    'M6.5 3.5H9l1.5 4.5-2 1.5a12 12 0 0 0 6 6l1.5-2 4.5 1.5V17.5a2.5 2.5 0 0 1-2.5 2.5A16.5 16.5 0 0 1 4 6a2.5 2.5 0 0 1 2.5-2.5z',
  ],
};

/** Mail: a closed envelope, for e-mail and the e-Box. */
export const mailIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M3 5.5h18v13H3z', 'M3.5 6.5 12 13l8.5-6.5'],
};

/** Location: a map pin, for an address or a service counter. */
export const locationIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: [
    'M12 21.5c-3-3-7-7.25-7-11.5a7 7 0 0 1 14 0c0 4.25-4 8.5-7 11.5z',
    'M9.5 10a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0',
  ],
};

/** Person: head and shoulders, for help from a person or a digital helper. */
export const personIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M8.5 7.5a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0', 'M4.5 20.5a7.5 7.5 0 0 1 15 0'],
};

/** Calendar: a page with two rings and a header, for dates and appointments. */
export const calendarIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M3.5 5.5h17v15h-17z', 'M3.5 10h17', 'M8 3v4.5', 'M16 3v4.5'],
};

/** Clock: a dial with two hands, for times, opening hours and deadlines. */
export const clockIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0', 'M12 7v5l3.5 2'],
};

/** Search: a magnifying glass. */
export const searchIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M4 10.5a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0-13 0', 'M15.5 15.5 20.5 20.5'],
};

/** Check: a tick, for something done or selected. */
export const checkIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M4.5 12.5l5 5L19.5 7'],
};

/** Plus: add, or open a section. */
export const plusIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M12 5v14', 'M5 12h14'],
};

/** Minus: remove, or close a section. */
export const minusIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M5 12h14'],
};

/** Lock: a padlock, for a secure or signed-in area. */
export const lockIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M4.5 10.5h15v10h-15z', 'M8 10.5V7.5a4 4 0 0 1 8 0v3', 'M12 14.5v2'],
};

/** Globe: a globe with a meridian and the equator, for choosing a language. */
export const globeIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: [
    'M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0',
    'M12 3c-2.5 2.5-3.75 5.5-3.75 9s1.25 6.5 3.75 9c2.5-2.5 3.75-5.5 3.75-9S14.5 5.5 12 3z',
    'M3.5 12h17',
  ],
};

/** At sign: an "@", for an e-mail address (the envelope stands for post). */
export const atIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: [
    'M8.5 12a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0',
    'M15.5 8.5v5a2.5 2.5 0 0 0 5 0V12a8.5 8.5 0 1 0-3.5 6.9',
  ],
};

/** Step-free access: a person in a wheelchair, for an entrance without steps. */
export const stepFreeIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M11 4.5h.01', 'M11 8v6h5.5l2 4.5', 'M11 10.5h4.5', 'M8 10.5a5.5 5.5 0 1 0 7.5 7.5'],
};

/** Induction loop: an ear, for a hearing loop that sends sound to hearing aids. */
export const hearingLoopIcon: IconDefinition = {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: [
    'M7 9.5a5.5 5.5 0 0 1 11 0c0 3.5-3.5 4.5-3.5 7.5a3 3 0 0 1-5.5 1.5',
    'M10 9.5a2.5 2.5 0 0 1 5 0c0 1.5-1.5 2-2 3',
  ],
};
