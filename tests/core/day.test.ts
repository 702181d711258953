import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDayNumber,
  dayNumberFromCivil,
  formatHumanDay,
  formatIsoDay,
  isValidCivilDate,
  parseIsoDay,
  weekdayName,
} from '../../src/core/day.js';

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0, 'Thursday'],
    ['2014-12-10', 16414, 'Wednesday'],
    ['2000-02-29', 11016, 'Tuesday'],
    ['1990-01-01', 7305, 'Monday'],
    ['2199-12-31', 84005, 'Tuesday'],
    ['1969-12-31', -1, 'Wednesday'],
  ])('%s is day %i, a %s', (iso, dayNumber, weekday) => {
    expect(parseIsoDay(iso)).toBe(dayNumber);
    expect(formatIsoDay(dayNumber)).toBe(iso);
    expect(weekdayName(dayNumber)).toBe(weekday);
  });

  it('agrees with UTC Date arithmetic for every day from 1900 to 2300', () => {
    // Date.UTC is zone-free; this checks our civil algorithm against the platform's.
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 120894 }), (dayNumber) => {
        const date = new Date(dayNumber * 86_400_000);
        const { year, month, day } = civilFromDayNumber(dayNumber);
        expect([year, month, day]).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
        expect(dayNumberFromCivil(year, month, day)).toBe(dayNumber);
        expect(weekdayName(dayNumber)).toBe(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][date.getUTCDay()]);
      }),
      { numRuns: 2000 },
    );
  });

  describe('edge cases', () => {
    it.each([
      ['2015-02-29', 'not a leap year'],
      ['1900-02-29', 'century, not a leap year'],
      ['2014-13-01', 'month 13'],
      ['2014-00-10', 'month 0'],
      ['2014-12-32', 'day 32'],
      ['2014-04-31', 'April has 30 days'],
      ['2014-12-1', 'one-digit day'],
      ['2014-12-10x', 'trailing junk'],
      [' 2014-12-10', 'leading space'],
      ['', 'empty'],
    ])('rejects %j (%s)', (text) => {
      expect(parseIsoDay(text)).toBeUndefined();
    });

    it('accepts 29 February in leap years, 2000 included', () => {
      expect(isValidCivilDate(2000, 2, 29)).toBe(true);
      expect(isValidCivilDate(2024, 2, 29)).toBe(true);
      expect(isValidCivilDate(2100, 2, 29)).toBe(false);
    });

    it('formats days for people with fixed English names', () => {
      expect(formatHumanDay(parseIsoDay('2014-12-10')!)).toBe('Wed 10 Dec 2014');
    });
  });
});
