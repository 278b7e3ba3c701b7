// A known value in the accessibility tree (Chromium and Firefox) and under axe, in every state,
// theme and language, on the core's test field.
import { runKnownValueA11yTests } from '../helpers/known-value.js';
import './known-value-field.js';
import { belgianFieldPresets, registerFieldPresets } from '@belfry/core';

// The error state uses a preset, registered apart (docs/decisions/0024).
registerFieldPresets(belgianFieldPresets);

runKnownValueA11yTests('test-known-field');
