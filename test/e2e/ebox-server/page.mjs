// The example page of the e-Box server mode, as an agency's server would send it: plain HTML, the
// built belfry.js, and one script of its own (example.js) that wires bf-ebox-list to the e-Box
// service with fetch. No inline script or style, so it runs under a strict policy.

const regions = { nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE', en: 'en-BE' };
const titles = { nl: 'Mijn e-Box', fr: 'Mon e-Box', de: 'Meine e-Box', en: 'My e-Box' };

/** The example page in `lang` (nl, fr, de or en). */
export function examplePage(lang) {
  return `<!doctype html>
<html lang="${regions[lang]}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${titles[lang]}</title>
    <link rel="stylesheet" href="/packages/tokens/dist/css/belfry.css" />
    <link rel="stylesheet" href="/packages/components/dist/undefined.css" />
    <script type="module" src="/packages/components/dist/belfry.js"></script>
    <script type="module" src="/test/e2e/ebox-server/example.js"></script>
  </head>
  <body>
    <main>
      <h1>${titles[lang]}</h1>
      <bf-ebox-list data-api="/api/ebox"></bf-ebox-list>
    </main>
  </body>
</html>`;
}
