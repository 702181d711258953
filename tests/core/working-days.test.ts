import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../../src/calendar/built-in.js';
import { parseIsoDay } from '../../src/core/day.js';
import { WorkingDayIndex } from '../../src/core/working-days.js';
import { deadlineErrorOf, isoOfDayNumber } from '../helpers/errors.js';

const index = builtInIndex('england-and-wales');
const day = (iso: string): number => parseIsoDay(iso)!;
const iso = isoOfDayNumber;


describe('WorkingDayIndex.add', () => {
  // Worked by hand from the calendar; see tests/core/deadline.test.ts for the method.
  it.each([
    { reason: 'n = 0 returns the day itself, even a Saturday', from: '2014-12-13', n: 0, expected: '2014-12-13' },
    { reason: 'n = 0 on a holiday returns the holiday', from: '2014-12-25', n: 0, expected: '2014-12-25' },
    { reason: 'Friday + 1 is Monday', from: '2014-12-12', n: 1, expected: '2014-12-15' },
    { reason: 'Saturday + 1 is Monday', from: '2014-12-13', n: 1, expected: '2014-12-15' },
    { reason: 'Christmas Eve 2014 + 1 skips Christmas, Boxing Day and a weekend', from: '2014-12-24', n: 1, expected: '2014-12-29' },
    { reason: 'Saturday − 1 is the Friday before', from: '2014-12-13', n: -1, expected: '2014-12-12' },
    { reason: 'Monday − 1 is the Friday before', from: '2014-12-15', n: -1, expected: '2014-12-12' },
    { reason: 'Sunday 28 Dec 2014 − 1 goes back past Boxing Day and Christmas', from: '2014-12-28', n: -1, expected: '2014-12-24' },
    { reason: 'the written statement, backwards: 2015-03-23 − 70', from: '2015-03-23', n: -70, expected: '2014-12-10' },
    { reason: 'Easter 2015: Thu 2 Apr + 1 skips Good Friday and Easter Monday', from: '2015-04-02', n: 1, expected: '2015-04-07' },
    { reason: '2012: Mon 28 May is a working day (spring holiday moved)', from: '2012-05-25', n: 1, expected: '2012-05-28' },
    { reason: '2020: Mon 4 May is a working day (early May moved to the 8th)', from: '2020-05-01', n: 1, expected: '2020-05-04' },
    { reason: 'the last day of 2199, a Tuesday', from: '2199-12-30', n: 1, expected: '2199-12-31' },
    // 1990-01-01 was a Monday and New Year's Day; Tue 2 Jan is the first working day supported.
    { reason: 'the first working day of 1990', from: '1990-01-01', n: 1, expected: '1990-01-02' },
    { reason: 'back to the first working day of 1990', from: '1990-01-03', n: -1, expected: '1990-01-02' },
  ])('$from + $n → $expected ($reason)', ({ from, n, expected }) => {
    expect(iso(index.add(day(from), n))).toBe(expected);
  });

  it('crosses the whole supported range in one step and back', () => {
    const first = day('1990-01-02');
    const last = day('2199-12-31');
    const all = index.count(first, last);
    expect(index.add(first, all)).toBe(last);
    expect(index.add(last, -all)).toBe(first);
  });
});

describe('WorkingDayIndex.count', () => {
  it.each([
    { reason: 'a day to itself', from: '2014-12-10', to: '2014-12-10', expected: 0 },
    { reason: 'Friday to Saturday: no working day', from: '2014-12-12', to: '2014-12-13', expected: 0 },
    { reason: 'Saturday to Monday: the Monday', from: '2014-12-13', to: '2014-12-15', expected: 1 },
    { reason: 'the issue example', from: '2014-12-10', to: '2015-03-23', expected: 70 },
    { reason: 'the issue example backwards', from: '2015-03-23', to: '2014-12-10', expected: -70 },
    { reason: 'Christmas Eve to the next Monday, 2014', from: '2014-12-24', to: '2014-12-29', expected: 1 },
    // 2022: 27 Dec (Tue, Christmas substitute) to 3 Jan 2023: 28, 29, 30 Dec, Mon 2 Jan holiday, Tue 3 Jan.
    { reason: 'over the 2022 substitutes', from: '2022-12-27', to: '2023-01-03', expected: 4 },
  ])('$from → $to is $expected ($reason)', ({ from, to, expected }) => {
    expect(index.count(day(from), day(to))).toBe(expected);
  });
});

describe('WorkingDayIndex: why a day is not a working day', () => {
  it.each([
    { date: '2014-12-13', expected: { kind: 'weekend', name: 'Saturday' } },
    { date: '2014-12-14', expected: { kind: 'weekend', name: 'Sunday' } },
    { date: '2014-12-25', expected: { kind: 'holiday', name: 'Christmas Day' } },
    { date: '2022-09-19', expected: { kind: 'holiday', name: expect.stringMatching(/funeral/i) } },
    { date: '2023-05-08', expected: { kind: 'holiday', name: expect.stringMatching(/coronation/i) } },
    // 2021-12-25 was a Saturday: the day is a weekend, its substitute is Monday 27th.
    { date: '2021-12-25', expected: { kind: 'weekend', name: 'Saturday' } },
    { date: '2021-12-27', expected: { kind: 'holiday', name: expect.stringMatching(/christmas/i) } },
  ])('$date: $expected.name', ({ date, expected }) => {
    expect(index.nonWorkingReason(day(date))).toMatchObject(expected);
    expect(index.isWorkingDay(day(date))).toBe(false);
  });

  it('says nothing for a working day', () => {
    expect(index.nonWorkingReason(day('2014-12-10'))).toBeUndefined();
    expect(index.isWorkingDay(day('2014-12-10'))).toBe(true);
  });

  it('lists the holidays of a year and between two days, ends included', () => {
    // gov.uk, 2022: 3 Jan, 15 and 18 Apr, 2 May, 2 and 3 Jun, 29 Aug, 19 Sep, 26 and 27 Dec.
    expect(index.holidaysInYear(2022).map((h) => h.holiday.date)).toEqual([
      '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02',
      '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
    ]);
    expect(index.holidaysBetween(day('2014-12-25'), day('2015-01-01')).map((h) => h.holiday.date)).toEqual(['2014-12-25', '2014-12-26', '2015-01-01']);
  });
});

describe('outside 1990–2199 every question is an out-of-range DeadlineError', () => {
  it.each([
    { reason: 'back from the first supported day', action: () => index.add(day('1990-01-01'), -1) },
    { reason: 'back from the first working day', action: () => index.add(day('1990-01-02'), -1) },
    { reason: 'forward from the last supported day', action: () => index.add(day('2199-12-31'), 1) },
    { reason: 'a large count past 2199', action: () => index.add(day('2150-01-01'), 50_000) },
    { reason: 'a large count before 1990', action: () => index.add(day('2000-01-01'), -50_000) },
    { reason: 'add from 1989', action: () => index.add(day('1989-12-31'), 0) },
    { reason: 'add from 2200', action: () => index.add(day('2200-01-01'), -1) },
    { reason: 'count from 1989', action: () => index.count(day('1989-12-31'), day('2014-12-10')) },
    { reason: 'count to 2200', action: () => index.count(day('2014-12-10'), day('2200-01-01')) },
    { reason: 'is a 1989 day a working day', action: () => index.isWorkingDay(day('1989-12-29')) },
    { reason: 'why is 2200-01-01 not a working day', action: () => index.nonWorkingReason(day('2200-01-01')) },
    { reason: 'holidays of 1989', action: () => index.holidaysInYear(1989) },
    { reason: 'holidays of 2200', action: () => index.holidaysInYear(2200) },
  ])('$reason', ({ action }) => {
    const error = deadlineErrorOf(action);
    expect(error.code).toBe('out-of-range');
    expect(error.message).toMatch(/outside the supported years 1990–2199/);
  });

  it('still answers on the boundary days themselves', () => {
    expect(index.isWorkingDay(day('1990-01-01'))).toBe(false); // New Year's Day 1990, a Monday
    expect(index.isWorkingDay(day('2199-12-31'))).toBe(true);
    expect(index.holidaysInYear(1990)).toHaveLength(8);
    expect(index.holidaysInYear(2199).length).toBeGreaterThan(0);
  });
});

describe('WorkingDayIndex over a fixed calendar', () => {
  // The arithmetic only sees the HolidayCalendar interface, so a tiny hand-made calendar works too.
  const tiny = new WorkingDayIndex({
    id: 'test',
    title: 'test calendar',
    firstYear: 2024,
    lastYear: 2024,
    horizonYear: 2024,
    holidays: () => [{ date: '2024-01-03', name: 'Test day', source: 'extra-holiday' }],
  });

  it('skips its holidays and nothing else', () => {
    // Mon 1 Jan 2024 is not a holiday here: + 1 is Tue 2, + 2 skips Wed 3 → Thu 4.
    expect(iso(tiny.add(day('2024-01-01'), 1))).toBe('2024-01-02');
    expect(iso(tiny.add(day('2024-01-01'), 2))).toBe('2024-01-04');
    expect(tiny.nonWorkingReason(day('2024-01-03'))).toMatchObject({ kind: 'holiday', name: 'Test day' });
  });

  it('refuses a day outside its own years', () => {
    expect(deadlineErrorOf(() => tiny.add(day('2024-12-31'), 1)).code).toBe('out-of-range');
  });
});
