import type { Catalogs } from '@belfry/core';
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';
import type { BelfryStrings } from './types.js';

export type { BelfryStrings } from './types.js';
export { de, en, fr, nl };

/** Belfry's built-in text in every supported language. */
export const catalogs: Catalogs<BelfryStrings> = { nl, fr, de, en };
