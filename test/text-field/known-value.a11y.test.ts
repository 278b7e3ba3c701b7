// A known value in bf-text-field: the accessibility tree (Chromium and Firefox) and axe in every
// state, theme and language.
import '@belfry/components/text-field';
// The error state uses a preset, an import of their own (docs/decisions/0024).
import '@belfry/components/presets';
import '@belfry/components/known-values';
import { runKnownValueA11yTests } from '../helpers/known-value.js';

runKnownValueA11yTests('bf-text-field');
