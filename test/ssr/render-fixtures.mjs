// Prints, as JSON, every component's server-rendered fixtures and the entry points that define
// the components, for the browser hydration tests (through wtr-ssr-plugin.mjs). Run in a child
// process so that Lit's server DOM shim stays out of the test runner. Needs `npm run build`.
import { loadComponents, loadFixtures, renderFixture } from './render.mjs';

const components = await loadComponents();
const fixtures = [];
for (const component of components) {
  for (const fixture of (await loadFixtures(component)) ?? []) {
    const { html } = await renderFixture(fixture);
    fixtures.push({
      component: component.folder,
      name: fixture.name,
      serverLang: fixture.serverLang,
      html,
      // Warnings the render may print on the server may print again in the browser.
      warnings: (fixture.warnings ?? []).map((pattern) => pattern.source),
      lightDomEnhanced: fixture.lightDomEnhanced ?? false,
      sizeChanges: fixture.sizeChanges ?? '',
      builtFromChildren: fixture.builtFromChildren ?? '',
    });
  }
}
process.stdout.write(JSON.stringify({ components, fixtures }));
