// The finder's matching (docs/decisions/0030): same postal code, then same municipality, then the
// same postal area (first two digits), then the same region (first digit); nearest code first
// within each; nothing from another region.
import { expect } from '@open-wc/testing';
import { nearestLocations, type HelpLocation } from '@belfry/components';
import { locations } from './fixtures.js';

const names = (code: string, list: readonly HelpLocation[] = locations, limit?: number) =>
  nearestLocations(list, code, limit).map((match) => `${match.location.name} (${match.closeness})`);

describe('nearestLocations', () => {
  it('puts the same postal code first, then the same municipality, the area and the region', () => {
    expect(names('1020')).to.deep.equal([
      'Helper Laken (postal-code)',
      'Loket Brussel-Stad (municipality)',
      'Digitaal Huis Schaarbeek (area)',
      'Bibliotheek Evere (region)',
    ]);
  });

  it('finds a place of the same municipality under another postal area', () => {
    // Berchem (2600) is part of the municipality of Antwerp (2000).
    expect(names('2000')).to.deep.equal([
      'Digipunt Antwerpen (postal-code)',
      'Digipunt Berchem (municipality)',
    ]);
  });

  it('orders places of one rank by how far their code is from the one searched', () => {
    // 1090 (Jette) has no place of its own in the list: 1030, 1020 and 1000 are in its area
    // (10xx), nearest first; 1140 (Evere, area 11xx) only in its region.
    expect(names('1090')).to.deep.equal([
      'Digitaal Huis Schaarbeek (area)',
      'Helper Laken (area)',
      'Loket Brussel-Stad (area)',
      'Bibliotheek Evere (region)',
    ]);
  });

  it('compares municipalities without case, accents or dashes', () => {
    const list: HelpLocation[] = [
      { name: 'A', postalCode: '1210', municipality: 'Sint-Joost-ten-Node' },
      { name: 'B', postalCode: '1211', municipality: 'sint joost ten node' },
      { name: 'C', postalCode: '4000', municipality: 'Liège' },
      { name: 'D', postalCode: '4020', municipality: 'LIEGE' },
    ];
    expect(names('1210', list)).to.deep.equal(['A (postal-code)', 'B (municipality)']);
    expect(names('4000', list)).to.deep.equal(['C (postal-code)', 'D (municipality)']);
  });

  it('offers nothing from another region', () => {
    expect(names('8000')).to.deep.equal([]);
    expect(names('5000')).to.deep.equal([]);
  });

  it('gives at most five places, or the limit asked for', () => {
    const many: HelpLocation[] = Array.from({ length: 8 }, (_, index) => ({
      name: `Place ${index}`,
      postalCode: String(9000 + index * 10),
    }));
    expect(nearestLocations(many, '9000')).to.have.length(5);
    expect(names('9000', many, 2)).to.deep.equal(['Place 0 (postal-code)', 'Place 1 (area)']);
  });

  it('accepts the B- form, and returns nothing for an invalid code or list, never throwing', () => {
    expect(names('B-1030')[0]).to.equal('Digitaal Huis Schaarbeek (postal-code)');
    expect(names('103')).to.deep.equal([]);
    expect(names('abcd')).to.deep.equal([]);
    expect(nearestLocations(null, '1000')).to.deep.equal([]);
    expect(
      nearestLocations(
        [
          null,
          { name: 'no code' },
          { name: 'OK', postalCode: '1000' },
        ] as unknown as HelpLocation[],
        '1000',
      ).map((match) => match.location.name),
    ).to.deep.equal(['OK']);
  });
});
