// The example page of the e-Box server mode, as an agency's server would send it: plain HTML, the
// built belfry.js, and one script of its own (example.js) that wires bf-ebox-list to the e-Box
// service with fetch. No inline script or style, so it runs under a strict policy.

const regions = { nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE', en: 'en-BE' };
const titles = { nl: 'Mijn e-Box', fr: 'Mon e-Box', de: 'Meine e-Box', en: 'My e-Box' };
// Shown when marking or archiving fails: the messages stay selected for another try.
const actionFailed = {
  nl: 'Dat is niet gelukt. Uw berichten zijn nog geselecteerd: probeer het opnieuw.',
  fr: 'Cela n’a pas fonctionné. Vos messages sont toujours sélectionnés : réessayez.',
  de: 'Das hat nicht geklappt. Ihre Nachrichten sind noch ausgewählt: Versuchen Sie es erneut.',
  en: 'That did not work. Your messages are still selected: please try again.',
};

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
      <bf-alert id="action-failed" variant="error" hidden><p>${actionFailed[lang]}</p></bf-alert>
      <bf-ebox-list data-api="/api/ebox" data-action-error="action-failed"></bf-ebox-list>
    </main>
  </body>
</html>`;
}
