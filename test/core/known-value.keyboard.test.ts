// Keyboard: a known value and the presets as a keyboard user meets them, on the core's test
// field. This file runs one page at a time (its name ends in keyboard.test.ts).
import { runKnownValueKeyboardTests } from '../helpers/known-value.js';
import './known-value-field.js';
import {
  belgianFieldPresets,
  knownValues,
  registerFieldPresets,
  registerKnownValues,
} from '@belfry/core';

// Presets and known values are registered apart (docs/decisions/0024), as
// `@belfry/components/presets` and `@belfry/components/known-values` do.
registerFieldPresets(belgianFieldPresets);
registerKnownValues(knownValues);

runKnownValueKeyboardTests('test-known-field');
