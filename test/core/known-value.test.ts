// "Only once" and presets on the smallest field built on the core (test/core/known-value-field.ts):
// the shared suites every field with a known value or a preset runs.
import { runFieldPresetTests, runKnownValueTests } from '../helpers/known-value.js';
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

runKnownValueTests('test-known-field');
runFieldPresetTests('test-known-field');
