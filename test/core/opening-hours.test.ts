import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  belgianHolidays,
  brusselsInstant,
  brusselsTime,
  civilDate,
  dayNumber,
  describeExceptions,
  describeOpeningStatus,
  describeWeek,
  easterSunday,
  openingHoursStrings,
  openingStatus,
  parseOpeningHours,
  translate,
  type Locale,
  type OpeningHours,
  type OpeningHoursLocalizer,
  type OpeningHoursOptions,
} from '@belfry/core';

const office = 'Mo-Fr 08:30-12:00,13:00-16:30';

/** The hours, parsed; fails the test when they are not valid. */
function hours(text: string, options?: OpeningHoursOptions): OpeningHours {
  const parsed = parseOpeningHours(text, options);
  if (!parsed.valid) throw new Error(`"${text}" should parse: ${parsed.problem}`);
  return parsed.hours;
}

const inLocale = (locale: Locale): OpeningHoursLocalizer => ({
  locale,
  term: (key, params) => translate(openingHoursStrings, locale, key, params),
});

/** The open-now line in `locale` at an instant written with its UTC offset. */
function line(parsed: OpeningHours, instant: string, locale: Locale = 'en'): string {
  const { state, change } = describeOpeningStatus(
    inLocale(locale),
    openingStatus(parsed, new Date(instant)),
  );
  return change ? `${state} — ${change}` : state;
}

const iso = (days: number) => {
  const { year, month, day } = civilDate(days);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

describe('opening hours: parsing the compact form', () => {
  it('reads day ranges, single days, lunch breaks and off', () => {
    const parsed = hours(`${office}; Sa 09:00-12:00; Su off`);
    expect(parsed.week[0]).to.deep.equal([
      { from: 510, to: 720 },
      { from: 780, to: 990 },
    ]);
    expect(parsed.week[4]).to.deep.equal(parsed.week[0]);
    expect(parsed.week[5]).to.deep.equal([{ from: 540, to: 720 }]);
    expect(parsed.week[6]).to.deep.equal([]);
  });

  it('lets a later rule replace an earlier one for the days it names, and reads lists of days', () => {
    const parsed = hours('Mo-Fr 08:30-16:30; We 08:30-12:00; mo,th 9.00-11.00');
    expect(parsed.week[0]).to.deep.equal([{ from: 540, to: 660 }]);
    expect(parsed.week[2]).to.deep.equal([{ from: 510, to: 720 }]);
    expect(parsed.week[3]).to.deep.equal([{ from: 540, to: 660 }]);
    expect(parsed.week[1]).to.deep.equal([{ from: 510, to: 990 }]);
  });

  it('reads ranges of days round the week end and periods that touch as one', () => {
    const parsed = hours('Sa-Mo 10:00-12:00,12:00-14:00');
    expect(parsed.week.map((day) => day.length)).to.deep.equal([1, 0, 0, 0, 0, 1, 1]);
    expect(parsed.week[6]).to.deep.equal([{ from: 600, to: 840 }]);
  });

  it('refuses text it cannot read with the reason, and never throws', () => {
    const bad: unknown[] = [
      '',
      'open every day',
      'Mo-Fr',
      'Mo-Xx 08:00-12:00',
      'Mo 8-12',
      'Mo 12:00-08:00',
      'Mo 25:00-26:00',
      'Mo 08:00-12:60',
      'Mo 08:00-12:00,11:00-13:00',
      'Mo-Tu-We 08:00-12:00',
      null,
      undefined,
      42,
    ];
    for (const text of bad) {
      const parsed = parseOpeningHours(text as string);
      expect(parsed.valid, String(text)).to.equal(false);
      if (!parsed.valid) expect(parsed.problem, String(text)).to.be.a('string').and.not.empty;
    }
    const reversed = parseOpeningHours('Mo 12:00-08:00');
    expect(!reversed.valid && reversed.problem).to.contain('ends before it starts');
    const unknownDay = parseOpeningHours('Mo-Xx 08:00-12:00');
    expect(!unknownDay.valid && unknownDay.text).to.equal('Mo-Xx 08:00-12:00');
  });

  it('leaves out closures and holidays it cannot read, with a warning for each', () => {
    const parsed = parseOpeningHours(office, {
      closures: '2026-12-24, 2026-02-30, 2026-12-31/2026-12-28, tomorrow',
      openOnHolidays: 'easter-monday carnival',
    });
    expect(parsed.valid).to.equal(true);
    if (!parsed.valid) return;
    expect(parsed.hours.closures.map(([a, b]) => [iso(a), iso(b)])).to.deep.equal([
      ['2026-12-24', '2026-12-24'],
    ]);
    expect([...parsed.hours.openOnHolidays]).to.deep.equal(['easter-monday']);
    expect(parsed.warnings).to.have.length(4);
    expect(parsed.warnings.join('\n')).to.contain('"carnival" is not a Belgian public holiday');
  });
});

describe('opening hours: Belgian public holidays', () => {
  it('computes Easter for any year, including the earliest and latest dates', () => {
    const easter = (year: number) => iso(dayNumber(easterSunday(year)));
    expect(easter(1818)).to.equal('1818-03-22');
    expect(easter(2000)).to.equal('2000-04-23');
    expect(easter(2008)).to.equal('2008-03-23');
    expect(easter(2024)).to.equal('2024-03-31');
    expect(easter(2025)).to.equal('2025-04-20');
    expect(easter(2026)).to.equal('2026-04-05');
    expect(easter(2027)).to.equal('2027-03-28');
    expect(easter(2038)).to.equal('2038-04-25');
    expect(easter(2285)).to.equal('2285-03-22');
  });

  it('lists the ten legal holidays, with Easter Monday, Ascension and Whit Monday moving', () => {
    const of = (year: number) =>
      Object.fromEntries(
        belgianHolidays(year).map(({ name, date }) => [name, iso(dayNumber(date))]),
      );
    expect(of(2026)).to.deep.equal({
      'new-year': '2026-01-01',
      'easter-monday': '2026-04-06',
      'labour-day': '2026-05-01',
      ascension: '2026-05-14',
      'whit-monday': '2026-05-25',
      'national-day': '2026-07-21',
      assumption: '2026-08-15',
      'all-saints': '2026-11-01',
      armistice: '2026-11-11',
      christmas: '2026-12-25',
    });
    const moving = (year: number) => [
      of(year)['easter-monday'],
      of(year).ascension,
      of(year)['whit-monday'],
    ];
    expect(moving(2024)).to.deep.equal(['2024-04-01', '2024-05-09', '2024-05-20']);
    expect(moving(2025)).to.deep.equal(['2025-04-21', '2025-05-29', '2025-06-09']);
    expect(moving(2027)).to.deep.equal(['2027-03-29', '2027-05-06', '2027-05-17']);
    expect(moving(2030)).to.deep.equal(['2030-04-22', '2030-05-30', '2030-06-10']);
  });

  it('closes on a holiday that falls on an opening day, and says which', () => {
    const parsed = hours(office);
    expect(line(parsed, '2026-04-06T10:00+02:00')).to.equal(
      'Closed today (Easter Monday) — opens tomorrow at 08:30',
    );
    expect(line(parsed, '2027-05-06T10:00+02:00')).to.equal(
      'Closed today (Ascension Day) — opens tomorrow at 08:30',
    );
    expect(line(parsed, '2025-06-09T09:00+02:00', 'nl')).to.equal(
      'Vandaag gesloten (Pinkstermaandag) — opent morgen om 08:30',
    );
    // Christmas 2026 is a Friday: the next opening is Monday.
    expect(line(parsed, '2026-12-25T10:00+01:00', 'fr')).to.equal(
      "Fermé aujourd'hui (Noël) — ouvre lundi à 08:30",
    );
    // The day before a holiday: "tomorrow" is skipped.
    expect(line(parsed, '2026-05-13T17:00+02:00')).to.equal('Closed — opens Friday at 08:30');
  });

  it('opens on the holidays the host keeps open', () => {
    const parsed = hours(office, { openOnHolidays: ['easter-monday'] });
    expect(line(parsed, '2026-04-06T10:00+02:00')).to.equal('Open now — closes at 12:00');
    expect(line(parsed, '2026-05-14T10:00+02:00')).to.contain('Closed today (Ascension Day)');
    const always = hours(office, { openOnHolidays: 'all' });
    expect(line(always, '2026-05-14T10:00+02:00')).to.equal('Open now — closes at 12:00');
  });
});

describe('opening hours: open now, in Brussels time', () => {
  const parsed = hours(`${office}; Sa 09:00-12:00`);

  it('is open in the morning and the afternoon, closed over lunch', () => {
    // Monday 30 November 2026, winter time (UTC+1).
    expect(line(parsed, '2026-11-30T08:29+01:00')).to.equal('Closed — opens today at 08:30');
    expect(line(parsed, '2026-11-30T08:30+01:00')).to.equal('Open now — closes at 12:00');
    expect(line(parsed, '2026-11-30T12:00+01:00')).to.equal('Closed — opens today at 13:00');
    expect(line(parsed, '2026-11-30T15:00+01:00')).to.equal('Open now — closes at 16:30');
    expect(line(parsed, '2026-11-30T16:30+01:00')).to.equal('Closed — opens tomorrow at 08:30');
  });

  it('names the day across the weekend and dates an opening more than a week away', () => {
    expect(line(parsed, '2026-12-05T13:00+01:00')).to.equal('Closed — opens Monday at 08:30');
    expect(line(parsed, '2026-12-04T17:00+01:00', 'de')).to.equal(
      'Geschlossen — öffnet morgen um 09:00 Uhr',
    );
    expect(line(parsed, '2026-12-06T23:59+01:00', 'nl')).to.equal(
      'Gesloten — opent morgen om 08:30',
    );
    const closed = hours(office, { closures: '2026-12-24/2027-01-01' });
    expect(line(closed, '2026-12-23T17:00+01:00')).to.equal(
      'Closed — opens on 4 January 2027 at 08:30',
    );
    expect(line(closed, '2026-12-28T10:00+01:00')).to.equal(
      'Closed today — opens on 4 January 2027 at 08:30',
    );
  });

  it('gives the same answer for one instant whatever the computer’s time zone', async () => {
    const instant = new Date('2026-11-30T09:00:00Z'); // 10:00 in Brussels
    const expected = 'Open now — closes at 12:00';
    expect(line(parsed, instant.toISOString())).to.equal(expected);
    // Chromium can run the page as in another zone; Firefox is checked in its own zone.
    if (navigator.userAgent.includes('Firefox')) return;
    try {
      for (const timeZone of ['America/New_York', 'Pacific/Auckland', 'Asia/Tokyo', 'UTC']) {
        await executeServerCommand('emulate-time-zone', { timeZone });
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone, 'emulated').to.equal(timeZone);
        expect(line(parsed, instant.toISOString()), timeZone).to.equal(expected);
        expect(brusselsTime(instant)).to.deep.equal({
          days: dayNumber({ year: 2026, month: 11, day: 30 }),
          minutes: 600,
        });
      }
      // Sunday evening in New York is already Monday in Brussels: "today" is Brussels' today.
      await executeServerCommand('emulate-time-zone', { timeZone: 'America/New_York' });
      const sundayEvening = new Date('2026-11-29T21:30:00-05:00');
      expect(sundayEvening.getDay(), 'Sunday in New York').to.equal(0);
      expect(line(parsed, sundayEvening.toISOString())).to.equal('Closed — opens today at 08:30');
    } finally {
      await executeServerCommand('emulate-time-zone', { timeZone: '' });
    }
  });

  it('follows the daylight-saving changes of the last Sundays of March and October', () => {
    const everyDay = hours('Mo-Su 08:00-20:00');
    // 29 March 2026: clocks go from 02:00 to 03:00. 06:59 UTC is 08:59 in Brussels.
    expect(line(everyDay, '2026-03-29T06:59:00Z')).to.equal('Open now — closes at 20:00');
    expect(line(everyDay, '2026-03-29T05:59:00Z')).to.equal('Closed — opens today at 08:00');
    // The evening before, the opening is given as the summer-time instant.
    const saturday = openingStatus(everyDay, new Date('2026-03-28T21:00:00+01:00'));
    expect(saturday.next?.at.toISOString()).to.equal('2026-03-29T06:00:00.000Z');
    expect(
      openingStatus(everyDay, new Date('2026-03-29T10:00:00Z')).next?.at.toISOString(),
    ).to.equal('2026-03-29T18:00:00.000Z');
    // 25 October 2026: clocks go from 03:00 back to 02:00. 07:30 UTC is 08:30 in Brussels.
    expect(line(everyDay, '2026-10-25T07:30:00Z')).to.equal('Open now — closes at 20:00');
    expect(line(everyDay, '2026-10-25T06:30:00Z')).to.equal('Closed — opens today at 08:00');
    expect(
      openingStatus(everyDay, new Date('2026-10-25T10:00:00Z')).next?.at.toISOString(),
    ).to.equal('2026-10-25T19:00:00.000Z');
    // The night of the change is 25 hours long in October, 23 in March.
    const day = (y: number, m: number, d: number) => dayNumber({ year: y, month: m, day: d });
    const length = (days: number) =>
      (brusselsInstant(days + 1, 0).getTime() - brusselsInstant(days, 0).getTime()) / 3_600_000;
    expect(length(day(2026, 3, 29))).to.equal(23);
    expect(length(day(2026, 10, 25))).to.equal(25);
    expect(length(day(2026, 11, 30))).to.equal(24);
    // 02:30 does not exist on 29 March (it is 03:30), and exists twice on 25 October (the first).
    expect(brusselsInstant(day(2026, 3, 29), 150).toISOString()).to.equal(
      '2026-03-29T01:30:00.000Z',
    );
    expect(brusselsInstant(day(2026, 10, 25), 150).toISOString()).to.equal(
      '2026-10-25T00:30:00.000Z',
    );
    expect(brusselsInstant(day(2026, 7, 21), 600).toISOString()).to.equal(
      '2026-07-21T08:00:00.000Z',
    );
  });

  it('stays open through midnight when one day ends at 24:00 and the next starts at 00:00', () => {
    const late = hours('Fr 20:00-24:00; Sa 00:00-02:00');
    expect(line(late, '2026-12-04T23:00+01:00')).to.equal('Open now — closes tomorrow at 02:00');
    expect(line(late, '2026-12-04T19:00+01:00')).to.equal('Closed — opens today at 20:00');
    // Open round the clock until the next public holiday closes it.
    const always = hours('Mo-Su 00:00-24:00');
    expect(line(always, '2026-12-04T23:00+01:00')).to.equal(
      'Open now — closes on 24 December at 24:00',
    );
    const evenOnHolidays = hours('Mo-Su 00:00-24:00', { openOnHolidays: 'all' });
    expect(line(evenOnHolidays, '2026-12-04T23:00+01:00')).to.equal('Open now');
  });

  it('says plainly "Closed" when a service never opens', () => {
    expect(line(hours('Mo-Su off'), '2026-12-04T10:00+01:00')).to.equal('Closed');
  });
});

describe('opening hours: the weekly hours in four languages', () => {
  const parsed = hours(`${office}; Sa 09:00-12:00`, { closures: '2026-12-24' });

  it('groups days with the same hours and writes the periods in words', () => {
    expect(describeWeek(inLocale('en'), parsed)).to.deep.equal([
      { days: 'Monday to Friday', hours: '08:30 to 12:00 and 13:00 to 16:30' },
      { days: 'Saturday', hours: '09:00 to 12:00' },
      { days: 'Sunday', hours: 'closed' },
    ]);
    expect(describeWeek(inLocale('nl'), parsed)[0]).to.deep.equal({
      days: 'Maandag tot en met vrijdag',
      hours: '08:30 tot 12:00 en 13:00 tot 16:30',
    });
    expect(describeWeek(inLocale('fr'), parsed)[0]).to.deep.equal({
      days: 'Du lundi au vendredi',
      hours: 'de 08:30 à 12:00 et de 13:00 à 16:30',
    });
    expect(describeWeek(inLocale('de'), parsed)[1]).to.deep.equal({
      days: 'Samstag',
      hours: '09:00 bis 12:00 Uhr',
    });
  });

  it('notes the holidays and the closures still to come', () => {
    const notes = describeExceptions(inLocale('en'), parsed, new Date('2026-12-01T10:00+01:00'));
    expect(notes).to.deep.equal(['Closed on public holidays.', 'Also closed: 24 December.']);
    expect(
      describeExceptions(inLocale('en'), parsed, new Date('2026-12-27T10:00+01:00')),
    ).to.deep.equal(['Closed on public holidays.']);
    const some = hours(office, { openOnHolidays: 'easter-monday,whit-monday' });
    expect(describeExceptions(inLocale('nl'), some)).to.deep.equal([
      'Gesloten op wettelijke feestdagen, behalve Paasmaandag en Pinkstermaandag.',
    ]);
  });
});
