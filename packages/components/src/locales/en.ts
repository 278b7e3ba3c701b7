import type { BelfryStrings } from './types.js';

/** English: for international residents, and the fallback for any other page language. */
export const en: BelfryStrings = {
  loading: 'Loading',
  opensInNewTab: '(opens in a new tab)',
};
