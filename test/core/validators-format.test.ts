import { expect } from '@open-wc/testing';
import {
  enterpriseNumberTyping,
  formatEnterpriseNumber,
  formatIban,
  formatNationalRegisterNumber,
  formatPhoneNumber,
  formatWhileTyping,
  ibanTyping,
  nationalRegisterNumberTyping,
  type TypingFormat,
} from '@belfry/core';

describe('display formatting', () => {
  it('writes valid numbers as people read them', () => {
    expect(formatNationalRegisterNumber('85073003328')).to.equal('85.07.30-033.28');
    expect(formatIban('be68539007547034')).to.equal('BE68 5390 0754 7034');
    expect(formatEnterpriseNumber('BE0403170701')).to.equal('0403.170.701');
    expect(formatPhoneNumber('+32470123456')).to.equal('0470 12 34 56');
  });

  it('shows an invalid value as it was given, never an empty string or an error', () => {
    expect(formatNationalRegisterNumber(' 85073003329 ')).to.equal('85073003329');
    expect(formatIban('BE00 1234')).to.equal('BE00 1234');
    expect(formatEnterpriseNumber('12')).to.equal('12');
    expect(formatPhoneNumber('call me')).to.equal('call me');
    expect(formatNationalRegisterNumber(null)).to.equal('');
    expect(formatIban({})).to.equal('');
  });
});

// [value typed so far, caret, expected value, expected caret]; `|` in the descriptions marks
// the caret.
type TypingCase = [value: string, caret: number, expected: string, expectedCaret: number];

function check(format: TypingFormat, cases: TypingCase[]) {
  for (const [value, caret, expected, expectedCaret] of cases) {
    expect(formatWhileTyping(value, caret, format), `${value} at ${caret}`).to.deep.equal({
      value: expected,
      caret: expectedCaret,
    });
  }
}

describe('formatWhileTyping', () => {
  it('puts the separators of a national register number in while digits are typed at the end', () => {
    check(nationalRegisterNumberTyping, [
      ['8', 1, '8', 1],
      ['850', 3, '85.0', 4],
      ['85.073', 6, '85.07.3', 7],
      ['85.07.300', 9, '85.07.30-0', 10],
      ['85.07.30-0332', 13, '85.07.30-033.2', 14],
      ['85073003328', 11, '85.07.30-033.28', 15],
    ]);
  });

  it('keeps the caret after the digit just typed in the middle', () => {
    check(nationalRegisterNumberTyping, [
      // 85.0|7.30 + "1" → 85.01|.73-0 (the caret stays after the 1, not at the end)
      ['85.017.30', 5, '85.01.73-0', 5],
      // |85.07 + "1" → 1|8.50.7
      ['185.07', 1, '18.50.7', 1],
    ]);
  });

  it('keeps the caret in place when a digit is deleted in the middle', () => {
    check(nationalRegisterNumberTyping, [
      // 85.07.3|0-033.28, Backspace → 85.07|.00-332.8: before the separator, so that the next
      // Backspace deletes the 7 rather than a separator that would come back
      ['85.07.0-033.28', 6, '85.07.00-332.8', 5],
      // 85.|07.30, Delete → 85.|73.0 (the caret stays before the next digit)
      ['85.7.30', 3, '85.73.0', 2],
    ]);
  });

  it('keeps a separator the user typed where a group ends, and drops one typed elsewhere', () => {
    check(nationalRegisterNumberTyping, [
      ['85.', 3, '85.', 3],
      ['85.07.30-', 9, '85.07.30-', 9],
      ['85 07 30 ', 9, '85.07.30-', 9],
      ['8.', 2, '8', 1],
    ]);
  });

  it('leaves a value with letters, or too long, as it was typed', () => {
    check(nationalRegisterNumberTyping, [
      ['85a', 3, '85a', 3],
      ['850730033281', 12, '850730033281', 12],
    ]);
  });

  it('groups an IBAN by 4 and writes its letters in capitals', () => {
    check(ibanTyping, [
      ['be685', 5, 'BE68 5', 6],
      ['BE68 53900754', 13, 'BE68 5390 0754', 14],
      ['nl91abna0417164300', 18, 'NL91 ABNA 0417 1643 00', 22],
      ['BE68 5390 0754 7034', 2, 'BE68 5390 0754 7034', 2],
    ]);
  });

  it('groups an enterprise number as 0123.456.749', () => {
    check(enterpriseNumberTyping, [
      ['01234', 5, '0123.4', 6],
      ['0123456749', 10, '0123.456.749', 12],
    ]);
  });

  it('takes any caret and any value without failing', () => {
    check(nationalRegisterNumberTyping, [
      ['850', -4, '85.0', 0],
      ['850', 99, '85.0', 4],
      ['850', Number.NaN, '85.0', 4],
    ]);
    expect(formatWhileTyping(null as unknown as string, 0, ibanTyping)).to.deep.equal({
      value: '',
      caret: 0,
    });
  });
});
