// "Only once" and presets on the smallest field built on the core (test/core/known-value-field.ts):
// the shared suites every field with a known value or a preset runs.
import { runFieldPresetTests, runKnownValueTests } from '../helpers/known-value.js';
import './known-value-field.js';
import { belgianFieldPresets, registerFieldPresets } from '@belfry/core';

// The presets are registered apart (docs/decisions/0024), as `@belfry/components/presets` does.
registerFieldPresets(belgianFieldPresets);

runKnownValueTests('test-known-field');
runFieldPresetTests('test-known-field');
