import type { BelfryStrings } from './types.js';

/** Français (Belgique). */
export const fr: BelfryStrings = {
  loading: 'Chargement en cours',
  opensInNewTab: "(s'ouvre dans un nouvel onglet)",
};
