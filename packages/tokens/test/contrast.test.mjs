import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  contrastRatio,
  formatRatio,
  normalizeColor,
  parseColor,
  relativeLuminance,
} from '../scripts/contrast.mjs';

test('contrast of #777 on white is about 4.48:1 (just under AA)', () => {
  const ratio = contrastRatio('#777', '#fff');
  assert.ok(Math.abs(ratio - 4.48) < 0.005, `got ${ratio}`);
  assert.ok(ratio < 4.5);
});

test('black on white is 21:1, a colour on itself is 1:1, and the order does not matter', () => {
  assert.equal(contrastRatio('#000000', '#ffffff'), 21);
  assert.equal(contrastRatio('#1b4f8f', '#1b4f8f'), 1);
  assert.equal(contrastRatio('#ffffff', '#1b4f8f'), contrastRatio('#1b4f8f', '#ffffff'));
});

test('known reference values', () => {
  // Values checked against the WebAIM contrast checker.
  assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
  assert.equal(contrastRatio('#0000ff', '#ffffff').toFixed(2), '8.59');
  assert.equal(relativeLuminance(parseColor('#ffffff')), 1);
});

test('translucent foregrounds are painted over the background first', () => {
  // #00000080 is 128/255 black: over white that paints #7f7f7f, 4.00:1.
  const ratio = contrastRatio('#00000080', '#ffffff');
  assert.ok(Math.abs(ratio - contrastRatio('#7f7f7f', '#ffffff')) < 0.01, `got ${ratio}`);
  assert.throws(() => contrastRatio('#000', '#ffffff80'), /translucent/);
});

test('colour parsing and normalising', () => {
  assert.deepEqual(parseColor('#abc'), { r: 170, g: 187, b: 204, a: 1 });
  assert.deepEqual(parseColor('rgb(255 0 0 / 50%)'), { r: 255, g: 0, b: 0, a: 0.5 });
  assert.equal(normalizeColor('#FFF'), '#ffffff');
  assert.equal(normalizeColor('white'), '#ffffff');
  assert.equal(parseColor('currentColor'), null);
});

test('ratios are shown rounded down, so a failing ratio never looks like a pass', () => {
  assert.equal(formatRatio(4.4999), '4.49:1');
  assert.equal(formatRatio(7), '7.00:1');
});
