// Keyboard: a known value and the presets in bf-text-field. This file runs one page at a time
// (its name ends in keyboard.test.ts).
import '@belfry/components/text-field';
import '@belfry/components/presets';
import '@belfry/components/known-values';
import { runKnownValueKeyboardTests } from '../helpers/known-value.js';

runKnownValueKeyboardTests('bf-text-field');
