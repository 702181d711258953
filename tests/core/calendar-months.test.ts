import { UTCDate } from '@date-fns/utc';
import { addMonths } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../src/core/calendar-months.js';
import { civilFromDayNumber, dayNumberFromCivil, formatIsoDay, parseIsoDay } from '../../src/core/day.js';

// date-fns is the independent oracle here: its addMonths clamps to the month's last day, which is
// the UK GDPR "one month" rule. It is asked in UTC (UTCDate): in local time some days do not exist
// at all (Kiritimati skipped 31 December 1994), which is why the core never uses Date.
function oracle(dayNumber: number, months: number): string {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  const result = addMonths(new UTCDate(year, month - 1, day), months);
  return formatIsoDay(dayNumberFromCivil(result.getFullYear(), result.getMonth() + 1, result.getDate()));
}

describe('addCalendarMonths', () => {
  it.each([
    ['2023-01-31', 1, '2023-02-28', 'no 31 February: the month’s last day'],
    ['2024-01-31', 1, '2024-02-29', 'leap year'],
    ['2023-01-30', 1, '2023-02-28', '30 January also ends on the last day of February'],
    ['2023-03-31', 1, '2023-04-30', 'April has 30 days'],
    ['2014-12-10', 1, '2015-01-10', 'across a year end'],
    ['2023-02-28', 1, '2023-03-28', 'the corresponding date, not the month end'],
    ['2024-03-31', -1, '2024-02-29', 'backwards clamps too'],
  ])('%s + %i month(s) is %s (%s)', (from, months, expected) => {
    expect(formatIsoDay(addCalendarMonths(parseIsoDay(from)!, months))).toBe(expected);
    expect(oracle(parseIsoDay(from)!, months)).toBe(expected);
  });

  it('agrees with date-fns addMonths for any day 1990–2199 and any month count', () => {
    // Including the day Kiritimati never had, which a local-time oracle gets wrong.
    expect(formatIsoDay(addCalendarMonths(parseIsoDay('1994-11-30')!, 1))).toBe(oracle(parseIsoDay('1994-11-30')!, 1));
    expect(oracle(parseIsoDay('1994-11-30')!, 1)).toBe('1994-12-30');
    expect(oracle(parseIsoDay('1994-12-31')!, 1)).toBe('1995-01-31');
    fc.assert(
      fc.property(fc.integer({ min: 7305, max: 84005 - 366 * 3 }), fc.integer({ min: -24, max: 36 }), (day, months) => {
        expect(formatIsoDay(addCalendarMonths(day, months))).toBe(oracle(day, months));
      }),
      { numRuns: 3000 },
    );
  });
});
