// A known value in the accessibility tree (Chromium and Firefox) and under axe, in every state,
// theme and language, on the core's test field.
import { runKnownValueA11yTests } from '../helpers/known-value.js';
import './known-value-field.js';
import {
  belgianFieldPresets,
  knownValues,
  registerFieldPresets,
  registerKnownValues,
} from '@belfry/core';

// Known values, and the preset of the error state, are registered apart (docs/decisions/0024).
registerFieldPresets(belgianFieldPresets);
registerKnownValues(knownValues);

runKnownValueA11yTests('test-known-field');
