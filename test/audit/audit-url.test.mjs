// The URL audit for agencies (docs/guides/auditing-a-site.md): the same engine on pages at
// addresses, here two pages an agency could write with belfry.js, served locally. Needs
// `npm run build` (the bundle and the token CSS).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../scripts/audit.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

const head = (title) => `<meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="stylesheet" href="/packages/tokens/dist/css/belfry.css" />
    <script type="module" src="/packages/components/dist/belfry.js"></script>`;

/** A page built with Belfry components, as an agency would write it. */
const goodPage = `<!doctype html>
<html lang="nl-BE">
  <head>
    ${head('Verhuizing doorgeven')}
  </head>
  <body>
    <bf-skip-link></bf-skip-link>
    <main id="main">
      <h1>Verhuizing doorgeven</h1>
      <form action="/" method="get">
        <bf-text-field label="Gemeente" name="city"></bf-text-field>
        <bf-button type="submit">Versturen</bf-button>
      </form>
    </main>
  </body>
</html>`;

/** The same page with what an agency could get wrong: a hostile title and an unnamed link. */
const badPage = `<!doctype html>
<html lang="nl-BE">
  <head>
    ${head('&lt;script&gt;alert(1)&lt;/script&gt;')}
  </head>
  <body>
    <main>
      <h1>Aanvraag</h1>
      <a href="/"><img src="/missing.png" width="24" height="24" /></a>
      <bf-button type="button">Versturen</bf-button>
    </main>
  </body>
</html>`;

let server;
let scratch;

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'belfry-audit-url-'));
  server = await startStaticServer({
    root,
    pages: { '/good': goodPage, '/bad': badPage },
    allow: (file) => file.includes(`${sep}dist${sep}`),
  });
});

after(async () => {
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

test('a list of pages is audited in both browsers; a page with a violation fails', async () => {
  const list = join(scratch, 'pages.txt');
  await writeFile(list, `# the pages of the site\n${server.origin}/bad\n`);
  const out = join(scratch, 'report');
  const code = await main([
    '--url',
    `${server.origin}/good`,
    '--urls',
    list,
    '--viewport',
    '320',
    '--out',
    out,
  ]);
  assert.equal(code, 1);
  const report = JSON.parse(await readFile(join(out, 'audit.json'), 'utf8'));
  assert.deepEqual(report.matrix.browsers, ['chromium', 'firefox']);
  assert.equal(report.results.length, 4, 'two pages × two browsers');
  const run = (path, browser) =>
    report.results.find((result) => result.url.endsWith(path) && result.browser === browser);

  for (const browser of ['chromium', 'firefox']) {
    const good = run('/good', browser);
    assert.equal(good.render, 'ok');
    assert.equal(good.lang, 'nl-BE');
    assert.deepEqual(good.axe.violations, [], `${browser}: the good page has no violation`);
    // Shadow DOM is pierced: the stops are the controls inside Belfry's elements.
    assert.deepEqual(
      good.keyboard.stops.map(({ role, name }) => ({ role, name })),
      [
        { role: 'link', name: 'Naar de hoofdinhoud' },
        { role: 'textbox', name: 'Gemeente (niet verplicht)' },
        { role: 'button', name: 'Versturen' },
      ],
      browser,
    );
    assert.deepEqual(good.keyboard.problems, [], browser);

    const bad = run('/bad', browser);
    const ids = bad.axe.violations.map((violation) => violation.id);
    assert.ok(ids.includes('link-name'), `${browser}: the unnamed link (${ids})`);
    assert.ok(ids.includes('image-alt'), `${browser}: the image without alt (${ids})`);
  }
  const tree = run('/good', 'chromium').tree.text;
  assert.match(tree, /- main:/);
  assert.match(tree, /heading "Verhuizing doorgeven" \[level=1\]/);
  assert.match(tree, /textbox "Gemeente \(niet verplicht\)"/);

  const html = await readFile(join(out, 'index.html'), 'utf8');
  assert.match(html, /The audit fails/);
  assert.doesNotMatch(html, /<script/i, 'nothing from a page is written as markup');
});
