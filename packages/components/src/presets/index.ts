// The Belgian field presets (`<bf-text-field preset="nrn">`): their checks, grouping while typing
// and messages in four languages, registered for every field on the page. An import of their
// own, so that a page whose fields use no preset does not download them (about 5.4 kB);
// `belfry.js` includes it. See docs/guides/field-presets.md and
// docs/decisions/0024-opt-in-presets-and-known-values.md.
import { belgianFieldPresets, registerFieldPresets } from '@belfry/core';

registerFieldPresets(belgianFieldPresets);
