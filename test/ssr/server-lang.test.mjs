// How a server render finds the language of Belfry's built-in text (docs/guides/
// server-rendering.md): the element's own `lang`, else `setServerLang()`; never silently
// English. Uses the BUILT packages; needs `npm run build`.
// Node runs each test file in its own process, so the first test here is the first render.
import { domAccesses } from './dom-trap.mjs';
import assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { after, afterEach, describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { setServerLang } from '@belfry/core';
import '@belfry/components/button';
import { loadingText } from '../button/ssr.fixtures.mjs';
import { attr, find, findAll, parse, readableText } from './html.mjs';

/** The "loading" text of each busy bf-button in server-rendered `html`, in order. */
function busyTexts(rendered) {
  return findAll(parse(rendered), 'bf-button').map((host) => {
    const hidden = findAll(host, 'span').find(
      (span) => attr(span, 'class') === 'visually-hidden' && readableText(span) !== '',
    );
    return readableText(hidden ?? host);
  });
}

/** Renders `template` on the server, returning the HTML and the warnings printed. */
async function serverRender(template) {
  const warnings = [];
  const warn = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    return { html: await collectResult(render(template)), warnings };
  } finally {
    console.warn = warn;
  }
}

describe('the language of a server render', () => {
  afterEach(() => setServerLang(''));
  after(() => assert.deepEqual(domAccesses(), []));

  it('is English with a warning, never silently, when the server knows none', async () => {
    const { html: rendered, warnings } = await serverRender(
      html`<bf-button loading>Go</bf-button>`,
    );
    assert.deepEqual(busyTexts(rendered), [loadingText.en]);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /Rendered on the server in English: set lang or setServerLang\(\)/);
  });

  it('follows setServerLang()', async () => {
    for (const [locale, text] of Object.entries(loadingText)) {
      setServerLang(`${locale}-BE`);
      const { html: rendered } = await serverRender(html`<bf-button loading>…</bf-button>`);
      assert.deepEqual(busyTexts(rendered), [text], locale);
    }
  });

  it("prefers the element's own lang to the server's", async () => {
    setServerLang('nl-BE');
    const { html: rendered } = await serverRender(
      html`<bf-button loading lang="fr">…</bf-button><bf-button loading>…</bf-button>`,
    );
    assert.deepEqual(busyTexts(rendered), [loadingText.fr, loadingText.nl]);
  });

  it('reads the language of each request from a function, even when renders interleave', async () => {
    const requestLang = new AsyncLocalStorage();
    setServerLang(() => requestLang.getStore());
    /** Streams a render chunk by chunk, yielding to the other request between chunks. */
    const streamPage = (lang) =>
      requestLang.run(lang, async () => {
        let page = '';
        for (const chunk of render(
          html`<bf-button loading>…</bf-button> <bf-button loading>…</bf-button>`,
        )) {
          page += await chunk;
          await nextTurn();
        }
        return page;
      });
    const pages = await Promise.all(['nl-BE', 'fr-BE', 'de-BE', 'en'].map(streamPage));
    assert.deepEqual(
      pages.map(busyTexts),
      [loadingText.nl, loadingText.fr, loadingText.de, loadingText.en].map((text) => [text, text]),
    );
  });

  it('falls back to English with a warning, never an exception, on a bad setServerLang()', async () => {
    const allWarnings = [];
    for (const bad of [
      42,
      { lang: 'nl' },
      () => 7,
      () => {
        throw new Error('no request');
      },
    ]) {
      setServerLang(bad);
      const { html: rendered, warnings } = await serverRender(
        html`<bf-button loading>…</bf-button>`,
      );
      assert.deepEqual(busyTexts(rendered), [loadingText.en]);
      allWarnings.push(...warnings);
    }
    assert.ok(allWarnings.some((warning) => /setServerLang\(\) needs a tag/.test(warning)));
  });

  it('does not change what a browser shows: there the nearest lang attribute decides', async () => {
    // setServerLang() only feeds server renders; it leaves no attribute behind for the browser.
    setServerLang('de-BE');
    const { html: rendered } = await serverRender(html`<bf-button loading>…</bf-button>`);
    assert.equal(attr(find(parse(rendered), 'bf-button'), 'lang'), null);
  });
});
