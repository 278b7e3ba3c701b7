// Keeps the form page out of the back/forward cache, so that going back loads it again and the
// test sees the browser's form restore, not a page kept whole in memory. An `unload` listener is
// what both Chromium and Firefox still honour for this; `Cache-Control: no-store` is not used,
// because Firefox then restores nothing at all.
window.addEventListener('unload', () => {});
