// Known values ("only once"): a field with a `source` shows the value the government already
// knows as text, with where it comes from and a "This is not correct" button, and submits
// `<name>-corrected=true` with a correction. Registered for every field on the page by an import
// of its own, so that a page whose fields show no known value does not download it (about
// 1.6 kB); `belfry.js` includes it. See docs/guides/only-once.md and
// docs/decisions/0024-opt-in-presets-and-known-values.md.
import { knownValues, registerKnownValues } from '@belfry/core';

registerKnownValues(knownValues);
