import { expect } from '@open-wc/testing';
import {
  checkDate,
  compareDates,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  isRealDate,
  parseIsoDate,
  partsOfDate,
  splitDate,
  toLocalDate,
  today,
  type DateConstraints,
  type DateParts,
} from '../../packages/components/src/date-field/date-parts.js';

const parts = (day: string, month: string, year: string): DateParts => ({ day, month, year });

describe('bf-date-field calendar', () => {
  it('knows leap years, century years included', () => {
    const cases: [number, boolean][] = [
      [2024, true],
      [2023, false],
      [2000, true],
      [1900, false],
      [2100, false],
      [1600, true],
    ];
    for (const [year, leap] of cases) expect(isLeapYear(year), String(year)).to.equal(leap);
  });

  it('knows the days in each month', () => {
    const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    days.forEach((count, index) => expect(daysInMonth(2023, index + 1)).to.equal(count));
    expect(daysInMonth(2024, 2)).to.equal(29);
  });

  it('tells real dates from dates that do not exist', () => {
    expect(isRealDate(2024, 2, 29)).to.equal(true);
    expect(isRealDate(2023, 2, 29)).to.equal(false);
    expect(isRealDate(2007, 4, 31)).to.equal(false);
    expect(isRealDate(2007, 13, 1)).to.equal(false);
    expect(isRealDate(2007, 1, 0)).to.equal(false);
    expect(isRealDate(0, 1, 1)).to.equal(false);
    expect(isRealDate(2007.5, 1, 1)).to.equal(false);
  });

  it('reads ISO dates and refuses anything else', () => {
    expect(parseIsoDate('2007-03-27')).to.deep.equal({ year: 2007, month: 3, day: 27 });
    expect(parseIsoDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    for (const bad of [
      '',
      '2023-02-29',
      '2007-04-31',
      '2007-3-27',
      '27/03/2007',
      '2007-03-27T00:00',
      ' 2007-03-27',
      '0000-01-01',
      'tomorrow',
    ]) {
      expect(parseIsoDate(bad), bad).to.equal(undefined);
    }
  });

  it('writes ISO dates with four-digit years and two-digit months and days', () => {
    expect(formatIsoDate({ year: 2007, month: 3, day: 5 })).to.equal('2007-03-05');
    expect(formatIsoDate({ year: 987, month: 12, day: 31 })).to.equal('0987-12-31');
  });

  it('compares dates', () => {
    const a = { year: 2007, month: 3, day: 27 };
    expect(compareDates(a, { year: 2007, month: 3, day: 28 })).to.be.lessThan(0);
    expect(compareDates(a, { year: 2006, month: 12, day: 31 })).to.be.greaterThan(0);
    expect(compareDates(a, { ...a })).to.equal(0);
  });

  it('takes today in local time, and makes local dates at noon for formatting', () => {
    expect(today(new Date(2026, 0, 1, 0, 30))).to.deep.equal({ year: 2026, month: 1, day: 1 });
    expect(today(new Date(2025, 11, 31, 23, 59))).to.deep.equal({
      year: 2025,
      month: 12,
      day: 31,
    });
    const local = toLocalDate({ year: 56, month: 2, day: 29 });
    expect([
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
    ]).to.deep.equal([56, 1, 29, 12]);
  });

  it('fills the boxes as people write a date', () => {
    expect(partsOfDate({ year: 2007, month: 3, day: 5 })).to.deep.equal(parts('5', '3', '2007'));
    expect(partsOfDate({ year: 987, month: 3, day: 5 })).to.deep.equal(parts('5', '3', '0987'));
  });
});

describe('bf-date-field splitting a pasted date', () => {
  const cases: [string, DateParts | undefined][] = [
    ['27/03/2007', parts('27', '03', '2007')],
    ['27.03.2007', parts('27', '03', '2007')],
    ['27-3-2007', parts('27', '3', '2007')],
    ['27 3 2007', parts('27', '3', '2007')],
    [' 27 / 3 / 2007 ', parts('27', '3', '2007')],
    ['2007-03-27', parts('27', '03', '2007')],
    ['2007/3/27', parts('27', '3', '2007')],
    ['27/03/07', parts('27', '03', '07')],
    // Not real, but whole: the checks say what is wrong, nothing typed is dropped.
    ['31/04/2007', parts('31', '04', '2007')],
    ['27032007', parts('27', '03', '2007')],
    ['20070327', parts('27', '03', '2007')],
    ['20100101', parts('01', '01', '2010')],
    // Both readings are dates: the day comes first, as Belgians write it.
    ['12111990', parts('12', '11', '1990')],
    ['27', undefined],
    ['27/03', undefined],
    ['', undefined],
    ['27 maart 2007', undefined],
    ['2007-03-27T10:00', undefined],
    ['1/2/3/4', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}"`, () => expect(splitDate(text)).to.deep.equal(expected));
  }
});

describe('bf-date-field checks', () => {
  const now = { year: 2026, month: 11, day: 29 };
  const check = (value: DateParts, constraints: DateConstraints = {}) =>
    checkDate(value, { today: now, ...constraints });

  it('accepts an empty date unless it is required', () => {
    expect(check(parts('', ' ', ''))).to.deep.equal({});
    expect(check(parts('', '', ''), { required: true }).problem).to.deep.equal({
      kind: 'required',
      parts: ['day', 'month', 'year'],
    });
  });

  it('names the boxes left empty, and marks only those', () => {
    const cases: [DateParts, string[]][] = [
      [parts('27', '3', ''), ['year']],
      [parts('', '3', '2007'), ['day']],
      [parts('27', '', '2007'), ['month']],
      [parts('', '', '2007'), ['day', 'month']],
      [parts('27', '', ''), ['month', 'year']],
      [parts('', '3', ''), ['day', 'year']],
    ];
    for (const [value, missing] of cases) {
      expect(check(value, { required: true }).problem, JSON.stringify(value)).to.deep.equal({
        kind: 'missing',
        parts: missing,
      });
    }
  });

  it('says which box holds something that cannot be its part', () => {
    const cases: [DateParts, string][] = [
      [parts('32', '3', '2007'), 'day'],
      [parts('0', '3', '2007'), 'day'],
      [parts('x', '3', '2007'), 'day'],
      [parts('2.5', '3', '2007'), 'day'],
      [parts('27', '13', '2007'), 'month'],
      [parts('27', '00', '2007'), 'month'],
      [parts('27', 'mrt', '2007'), 'month'],
      [parts('27', '3', '07'), 'year'],
      [parts('27', '3', '20077'), 'year'],
      [parts('27', '3', '0000'), 'year'],
    ];
    for (const [value, part] of cases) {
      expect(check(value).problem, JSON.stringify(value)).to.deep.equal({
        kind: part,
        parts: [part],
      });
    }
  });

  it('accepts leading zeros and white space around each part', () => {
    expect(check(parts(' 07 ', '03', '2007')).date).to.deep.equal({
      year: 2007,
      month: 3,
      day: 7,
    });
  });

  it('says the date is not real when several boxes are wrong', () => {
    expect(check(parts('32', '13', '2007')).problem).to.deep.equal({
      kind: 'notReal',
      parts: ['day', 'month'],
    });
  });

  it('refuses days the month does not have, marking the day', () => {
    expect(check(parts('31', '4', '2007')).problem).to.deep.equal({
      kind: 'dayNotInMonth',
      parts: ['day'],
      year: 2007,
      month: 4,
      days: 30,
    });
    expect(check(parts('29', '2', '2023')).problem).to.include({ kind: 'dayNotInMonth', days: 28 });
    expect(check(parts('29', '2', '2024'))).to.deep.equal({
      date: { year: 2024, month: 2, day: 29 },
    });
    expect(check(parts('29', '2', '1900')).problem).to.include({ kind: 'dayNotInMonth' });
    expect(check(parts('29', '2', '2000')).problem).to.equal(undefined);
  });

  it('holds the date between min and max, both included', () => {
    const min = { year: 2000, month: 1, day: 1 };
    const max = { year: 2025, month: 12, day: 31 };
    expect(check(parts('1', '1', '2000'), { min, max }).problem).to.equal(undefined);
    expect(check(parts('31', '12', '2025'), { min, max }).problem).to.equal(undefined);
    expect(check(parts('31', '12', '1999'), { min }).problem?.kind).to.equal('min');
    expect(check(parts('1', '1', '2026'), { max }).problem?.kind).to.equal('max');
    const outside = check(parts('31', '12', '1999'), { min, max });
    expect(outside.problem).to.deep.equal({ kind: 'range', parts: ['day', 'month', 'year'] });
    // The date itself is known, so the field can say it back.
    expect(outside.date).to.deep.equal({ year: 1999, month: 12, day: 31 });
  });

  it('holds the date in the past or the future, with or without today', () => {
    const yesterday = parts('28', '11', '2026');
    const day = parts('29', '11', '2026');
    const tomorrow = parts('30', '11', '2026');
    const table = [
      ['past', [true, false, false]],
      ['future', [false, false, true]],
      ['today-or-past', [true, true, false]],
      ['today-or-future', [false, true, true]],
    ] as const;
    for (const [rule, allowed] of table) {
      [yesterday, day, tomorrow].forEach((value, index) => {
        const { problem } = check(value, { rule });
        expect(problem === undefined, `${rule} ${value.day}`).to.equal(allowed[index]);
        if (problem) expect(problem.kind).to.equal(rule);
      });
    }
  });

  it('uses the real today when none is given', () => {
    expect(checkDate(parts('1', '1', '1900'), { rule: 'past' }).problem).to.equal(undefined);
    expect(checkDate(parts('1', '1', '9999'), { rule: 'past' }).problem?.kind).to.equal('past');
  });

  it('checks that the date is real before min, max and the rule', () => {
    const min = { year: 2000, month: 1, day: 1 };
    expect(check(parts('31', '4', '1990'), { min, rule: 'future' }).problem?.kind).to.equal(
      'dayNotInMonth',
    );
    expect(check(parts('1', '1', '1990'), { min, rule: 'future' }).problem?.kind).to.equal('min');
  });
});
