// safeUrl decides on a server exactly as in a browser (test/core/safe-url.test.ts runs the same
// cases there): without a document, relative URLs are kept and unsafe schemes refused.
import { domAccesses } from './dom-trap.mjs';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { safeUrl } from '@belfry/core';

const cases = JSON.parse(readFileSync(new URL('../core/safe-url.cases.json', import.meta.url)));

describe('safeUrl on a server', () => {
  it('keeps relative, http(s), mailto, tel and sms URLs, trimmed', () => {
    for (const url of cases.allowed) assert.equal(safeUrl(url), url.trim(), JSON.stringify(url));
  });

  it('refuses every other scheme and malformed URLs', () => {
    for (const url of cases.refused) assert.equal(safeUrl(url), undefined, JSON.stringify(url));
  });

  it('refuses what is not a string, without throwing', () => {
    for (const value of [undefined, null, 42, {}, ['/nl']]) {
      assert.equal(safeUrl(/** @type {any} */ (value)), undefined);
    }
  });

  it('needs no document', () => {
    assert.deepEqual(domAccesses(), []);
  });
});
