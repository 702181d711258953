import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../src/calendar/built-in.js';
import { REGIONS } from '../../src/calendar/regions.js';
import type { HolidayCalendar } from '../../src/core/calendar.js';
import { type DayNumber, dayNumberFromCivil, isWeekend, parseIsoDay } from '../../src/core/day.js';
import { WorkingDayIndex } from '../../src/core/working-days.js';

/**
 * The definition, day by day, with no cleverness: a working day is not a Saturday, a Sunday or
 * one of the calendar's holidays (SI 2007/462 reg 1(2)); adding n working days walks forward (or
 * back) one day at a time counting them.
 */
class DayByDay {
  readonly holidays: Set<DayNumber>;
  /** The definition evaluated once for each supported day (1 = working), so the walks below stay cheap. */
  private readonly working: Uint8Array;
  constructor(
    calendar: HolidayCalendar,
    readonly firstDay = dayNumberFromCivil(calendar.firstYear, 1, 1),
    readonly lastDay = dayNumberFromCivil(calendar.lastYear, 12, 31),
  ) {
    this.holidays = new Set(calendar.holidays().map((holiday) => parseIsoDay(holiday.date)!));
    this.working = new Uint8Array(lastDay - firstDay + 1);
    for (let day = firstDay; day <= lastDay; day++) this.working[day - firstDay] = !isWeekend(day) && !this.holidays.has(day) ? 1 : 0;
  }
  isWorkingDay(day: DayNumber): boolean {
    if (day < this.firstDay || day > this.lastDay) throw new RangeError(`day ${day} is outside the calendar`);
    return this.working[day - this.firstDay] === 1;
  }
  add(from: DayNumber, n: number): DayNumber | 'out of range' {
    let day = from;
    for (let left = Math.abs(n); left > 0; ) {
      day += Math.sign(n);
      if (day < this.firstDay || day > this.lastDay) return 'out of range';
      if (this.isWorkingDay(day)) left--;
    }
    return day;
  }
}

function tryAdd(index: WorkingDayIndex, from: DayNumber, n: number): DayNumber | 'out of range' {
  try {
    return index.add(from, n);
  } catch {
    return 'out of range';
  }
}

describe.each(REGIONS)('the built-in %s calendar', (region) => {
  it('hands out, year by year, exactly the holidays it lists in full', () => {
    const calendar = builtInCalendar(region);
    const all = calendar.holidays();
    const byYear = Array.from({ length: calendar.lastYear - calendar.firstYear + 1 }, (_, i) =>
      calendar.holidaysOfYear ? calendar.holidaysOfYear(calendar.firstYear + i) : all.filter((h) => h.date.startsWith(String(calendar.firstYear + i))),
    );
    expect(byYear.flat()).toEqual(all);
  });
});

describe.each(REGIONS)('the %s index agrees with the day-by-day definition', (region) => {
  const calendar = builtInCalendar(region);
  const naive = new DayByDay(calendar);
  const { firstDay, lastDay } = naive;

  it(`on every day of ${calendar.firstYear}–${calendar.lastYear}: working or not, counts, and ±1 and ±70 working days`, () => {
    // A fresh index, asked about years in date order from the first.
    const index = new WorkingDayIndex(calendar);
    let workingSoFar = 0;
    const mismatches: string[] = [];
    for (let day = firstDay; day <= lastDay; day++) {
      const working = naive.isWorkingDay(day);
      if (working) workingSoFar++;
      if (index.isWorkingDay(day) !== working) mismatches.push(`isWorkingDay ${day}`);
      // Working days after firstDay up to and including day.
      if (index.count(firstDay, day) !== workingSoFar - (naive.isWorkingDay(firstDay) ? 1 : 0)) mismatches.push(`count ${day}`);
      for (const n of [1, -1, 70, -70]) if (tryAdd(index, day, n) !== naive.add(day, n)) mismatches.push(`add ${day} ${n}`);
      if (mismatches.length > 5) break;
    }
    expect(mismatches).toEqual([]);
  });

  it('for 20,000 working days (80 years) from the first day of every year, forwards and back', () => {
    const index = new WorkingDayIndex(calendar);
    const mismatches: string[] = [];
    // Latest years first, so the lazy tables are built out of order.
    for (let year = calendar.lastYear; year >= calendar.firstYear; year--) {
      const day = dayNumberFromCivil(year, 1, 1);
      for (const n of [20_000, -20_000]) if (tryAdd(index, day, n) !== naive.add(day, n)) mismatches.push(`add ${year}-01-01 ${n}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('whatever order questions arrive in (a fresh index per run)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: firstDay, max: lastDay }), fc.integer({ min: -400, max: 400 }), fc.integer({ min: firstDay, max: lastDay })), {
          minLength: 1,
          maxLength: 20,
        }),
        (questions) => {
          const index = new WorkingDayIndex(calendar);
          for (const [from, n, to] of questions) {
            expect(tryAdd(index, from, n)).toBe(naive.add(from, n));
            const [low, high] = from <= to ? [from, to] : [to, from];
            let count = 0;
            for (let day = low + 1; day <= high; day++) if (naive.isWorkingDay(day)) count++;
            expect(index.count(from, to)).toBe(from <= to ? count : 0 - count);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
