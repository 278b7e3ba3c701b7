import { expect } from '@open-wc/testing';
import { fillHrefTemplate, hrefTemplateProblem, safeUrl } from '@belfry/core';

type Cases = { allowed: string[]; refused: string[] };
const allowedSchemes = ['http:', 'https:', 'mailto:', 'tel:', 'sms:'];

/** The same cases as the Node test (test/ssr/safe-url.test.mjs). */
async function loadCases(): Promise<Cases> {
  const response = await fetch(new URL('./safe-url.cases.json', import.meta.url));
  return (await response.json()) as Cases;
}

/** The scheme of the URL the browser itself would follow for this href, or null for none. */
function followedScheme(url: string): string | null {
  if (url.trim() === '') return null; // an empty href is no link, as far as Belfry is concerned
  const link = document.createElement('a');
  link.setAttribute('href', url);
  // A link whose href the browser cannot parse reports the protocol ":" and goes nowhere.
  return link.protocol === ':' ? null : link.protocol;
}

describe('safeUrl in the browser', () => {
  let cases: Cases;
  before(async () => {
    cases = await loadCases();
  });

  it('keeps relative, http(s), mailto, tel and sms URLs, trimmed', () => {
    for (const url of cases.allowed) expect(safeUrl(url), JSON.stringify(url)).to.equal(url.trim());
  });

  it('refuses every other scheme and malformed URLs', () => {
    for (const url of cases.refused) expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
  });

  it('agrees with where the browser would really send each link', () => {
    // The check resolves against a fixed base, not the page's: prove that gives the same answer.
    for (const url of [...cases.allowed, ...cases.refused]) {
      const scheme = followedScheme(url);
      const safe = scheme !== null && allowedSchemes.includes(scheme);
      expect(safeUrl(url) !== undefined, JSON.stringify(url)).to.equal(safe);
    }
  });
});

describe('hrefTemplateProblem and fillHrefTemplate', () => {
  it('accepts a template with its placeholder that makes safe addresses', () => {
    expect(hrefTemplateProblem('/{lang}/contact', '{lang}')).to.equal(undefined);
    expect(fillHrefTemplate('/{lang}/contact', '{lang}', 'fr')).to.equal('/fr/contact');
    expect(fillHrefTemplate('?page={page}', '{page}', '3')).to.equal('?page=3');
  });

  it('names what is wrong: no placeholder, or an unsafe address', () => {
    expect(hrefTemplateProblem('/contact', '{lang}')).to.equal('no-placeholder');
    expect(hrefTemplateProblem('javascript:go({page})', '{page}')).to.equal('unsafe');
    expect(fillHrefTemplate('javascript:go({page})', '{page}', '2')).to.equal(undefined);
  });

  it('encodes the value, so it cannot change the address around it', () => {
    expect(fillHrefTemplate('/{lang}/contact', '{lang}', 'a/../b?c')).to.equal(
      '/a%2F..%2Fb%3Fc/contact',
    );
  });
});
