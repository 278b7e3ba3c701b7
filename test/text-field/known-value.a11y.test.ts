// A known value in bf-text-field: the accessibility tree (Chromium and Firefox) and axe in every
// state, theme and language.
import '@belfry/components/text-field';
import { runKnownValueA11yTests } from '../helpers/known-value.js';

runKnownValueA11yTests('bf-text-field');
