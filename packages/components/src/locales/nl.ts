import type { BelfryStrings } from './types.js';

/** Nederlands (België). */
export const nl: BelfryStrings = {
  loading: 'Bezig met laden',
  opensInNewTab: '(opent in een nieuw tabblad)',
};
