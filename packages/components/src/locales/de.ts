import type { BelfryStrings } from './types.js';

/** Deutsch (Ostbelgien). */
export const de: BelfryStrings = {
  loading: 'Wird geladen',
  opensInNewTab: '(öffnet in einem neuen Tab)',
};
