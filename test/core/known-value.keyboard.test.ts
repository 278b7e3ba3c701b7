// Keyboard: a known value and the presets as a keyboard user meets them, on the core's test
// field. This file runs one page at a time (its name ends in keyboard.test.ts).
import { runKnownValueKeyboardTests } from '../helpers/known-value.js';
import './known-value-field.js';
import { belgianFieldPresets, registerFieldPresets } from '@belfry/core';

// The presets are registered apart (docs/decisions/0024), as `@belfry/components/presets` does.
registerFieldPresets(belgianFieldPresets);

runKnownValueKeyboardTests('test-known-field');
