// The server's language look-up as a plain function. A server render calls it (see
// test/ssr/server-lang.test.mjs for whole server renders); here it runs on real elements.
import { expect } from '@open-wc/testing';
import { setServerLang } from '@belfry/core';
// The module as @belfry/core itself imports it, so that both share setServerLang's setting.
import { findServerLang } from '../../packages/core/src/server-lang.js';

/** Runs `body` and returns the console warnings it printed. */
function warningsOf(body: () => void): string[] {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    body();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

describe('findServerLang', () => {
  afterEach(() => setServerLang(''));

  it("takes the element's own lang first, even an empty one (an unknown language)", () => {
    setServerLang('nl-BE');
    const element = document.createElement('div');
    element.lang = 'fr-BE';
    expect(findServerLang(element)).to.equal('fr-BE');
    element.setAttribute('lang', '');
    expect(findServerLang(element)).to.equal('');
  });

  it('then the language given to setServerLang(), as a tag or through a function', () => {
    const element = document.createElement('div');
    setServerLang('de-BE');
    expect(findServerLang(element)).to.equal('de-BE');
    let request = 'nl-BE';
    setServerLang(() => request);
    expect(findServerLang(element)).to.equal('nl-BE');
    request = 'fr-BE';
    expect(findServerLang(element)).to.equal('fr-BE');
  });

  it('gives no language, with warnings and without throwing, for unusable values', () => {
    const element = document.createElement('div');
    const bad: unknown[] = [
      42,
      { lang: 'nl' },
      () => undefined,
      () => {
        throw new Error('no request');
      },
    ];
    const warnings = warningsOf(() => {
      for (const value of bad) {
        setServerLang(value as string);
        expect(findServerLang(element), String(value)).to.equal('');
      }
    });
    expect(warnings.some((warning) => /setServerLang\(\) needs a tag/.test(warning))).to.equal(
      true,
    );
    expect(warnings.some((warning) => /Rendered on the server in English/.test(warning))).to.equal(
      true,
    );
  });
});
