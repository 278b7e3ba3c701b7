import { expect } from '@open-wc/testing';
import { formatIban, formatStructuredReference, isStructuredReference } from '@belfry/core';

describe('Belgian structured reference', () => {
  it('is shown as banks print it, whatever way it was written', () => {
    for (const written of [
      '090933755493',
      '+++090/9337/55493+++',
      '***090/9337/55493***',
      ' 090 9337 55493 ',
      '090.9337.55493',
    ]) {
      expect(formatStructuredReference(written), written).to.equal('+++090/9337/55493+++');
    }
  });

  it('takes 97 as the check for a remainder of 0', () => {
    expect(isStructuredReference('000000000097')).to.equal(true);
    expect(isStructuredReference('000000000000')).to.equal(false);
  });

  it('refuses wrong check digits, other lengths and letters, and shows them as given', () => {
    expect(isStructuredReference('090933755492')).to.equal(false);
    expect(isStructuredReference('09093375549')).to.equal(false);
    expect(isStructuredReference('+++090/9337/5549A+++')).to.equal(false);
    expect(formatStructuredReference(' Invoice 2026-17 ')).to.equal('Invoice 2026-17');
    expect(formatStructuredReference('090933755492')).to.equal('090933755492');
  });

  it('never throws on values that are no text', () => {
    for (const value of [undefined, null, {}, [], NaN, 1.5, 'x'.repeat(5000)]) {
      expect(() => formatStructuredReference(value)).not.to.throw();
      expect(isStructuredReference(value)).to.equal(false);
    }
    expect(formatStructuredReference(undefined)).to.equal('');
  });

  it('shares the display of an IBAN with the fields: groups of four', () => {
    expect(formatIban('BE68539007547034')).to.equal('BE68 5390 0754 7034');
  });
});
