import type { Holiday, HolidayCalendar } from './calendar.js';
import {
  type DayNumber,
  dayNumberFromCivil,
  formatIsoDay,
  isWeekend,
  parseIsoDay,
  weekdayIndex,
} from './day.js';
import { DeadlineError } from './errors.js';

/** Why a day is not a working day (SI 2007/462 reg 1(2)). */
export type NonWorkingReason =
  | { readonly kind: 'weekend'; readonly name: 'Saturday' | 'Sunday' }
  | { readonly kind: 'holiday'; readonly name: string; readonly holiday: Holiday };

/**
 * Working-day arithmetic over one calendar in O(1) per question.
 *
 * Built once per calendar: `workingDaysUpTo[i]` counts the working days from the first supported
 * day up to and including day i, and `workingDayList[k]` is the day number of the (k+1)th working
 * day. `add` and `count` are then two array reads, whether n is 70 or 20,000.
 */
export class WorkingDayIndex {
  readonly calendar: HolidayCalendar;
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  private readonly holidayByDay: Map<DayNumber, Holiday>;
  private readonly workingDaysUpTo: Int32Array;
  private readonly workingDayList: Int32Array;

  constructor(calendar: HolidayCalendar) {
    this.calendar = calendar;
    this.firstDay = dayNumberFromCivil(calendar.firstYear, 1, 1);
    this.lastDay = dayNumberFromCivil(calendar.lastYear, 12, 31);
    this.holidayByDay = new Map();
    for (const holiday of calendar.holidays()) {
      const day = parseIsoDay(holiday.date);
      if (day === undefined) throw new Error(`calendar ${calendar.id} has a bad date: ${holiday.date}`);
      if (!this.holidayByDay.has(day)) this.holidayByDay.set(day, holiday);
    }
    const length = this.lastDay - this.firstDay + 1;
    this.workingDaysUpTo = new Int32Array(length);
    const list = new Int32Array(length);
    let count = 0;
    for (let i = 0; i < length; i++) {
      const day = this.firstDay + i;
      if (!isWeekend(day) && !this.holidayByDay.has(day)) list[count++] = day;
      this.workingDaysUpTo[i] = count;
    }
    this.workingDayList = list.slice(0, count);
  }

  /** Throws a DeadlineError when the day is outside the calendar's supported years. */
  assertSupported(day: DayNumber, input?: string): void {
    if (day < this.firstDay || day > this.lastDay) {
      throw new DeadlineError(
        'out-of-range',
        `${input ?? formatIsoDay(day)} is outside the supported years ${this.calendar.firstYear}–${this.calendar.lastYear}`,
        input ?? formatIsoDay(day),
      );
    }
  }

  isWorkingDay(day: DayNumber): boolean {
    this.assertSupported(day);
    return !isWeekend(day) && !this.holidayByDay.has(day);
  }

  /** `undefined` for a working day; otherwise the weekend day or the holiday. */
  nonWorkingReason(day: DayNumber): NonWorkingReason | undefined {
    this.assertSupported(day);
    const weekday = weekdayIndex(day);
    if (weekday === 5) return { kind: 'weekend', name: 'Saturday' };
    if (weekday === 6) return { kind: 'weekend', name: 'Sunday' };
    const holiday = this.holidayByDay.get(day);
    return holiday ? { kind: 'holiday', name: holiday.name, holiday } : undefined;
  }

  /** The holiday on a day, if any (weekday holidays only). */
  holidayOn(day: DayNumber): Holiday | undefined {
    return this.holidayByDay.get(day);
  }

  /**
   * The nth working day after `from` (n > 0), or the |n|th working day before it (n < 0).
   * `from` itself never counts; n = 0 returns `from` unchanged.
   */
  add(from: DayNumber, n: number): DayNumber {
    this.assertSupported(from);
    if (n === 0) return from;
    const upToFrom = this.workingDaysUpTo[from - this.firstDay]!;
    // Index into the working-day list: after `from` the next one is list[upToFrom]; before it the
    // previous one is list[upToFrom - 1 - (from is working ? 1 : 0)].
    const beforeFrom = upToFrom - (this.isWorkingDay(from) ? 1 : 0);
    const index = n > 0 ? upToFrom + n - 1 : beforeFrom + n;
    const result = this.workingDayList[index];
    if (index < 0 || result === undefined) {
      throw new DeadlineError(
        'out-of-range',
        `${n} working days from ${formatIsoDay(from)} goes outside the supported years ${this.calendar.firstYear}–${this.calendar.lastYear}`,
      );
    }
    return result;
  }

  /** Working days after `from` up to and including `to`; negative when `to` is before `from`. */
  count(from: DayNumber, to: DayNumber): number {
    this.assertSupported(from);
    this.assertSupported(to);
    return this.workingDaysUpTo[to - this.firstDay]! - this.workingDaysUpTo[from - this.firstDay]!;
  }

  /** Weekday holidays from `from` to `to`, both included, in date order. */
  holidaysBetween(from: DayNumber, to: DayNumber): Holiday[] {
    const found: Holiday[] = [];
    for (let day = from; day <= to; day++) {
      const holiday = this.holidayByDay.get(day);
      if (holiday) found.push(holiday);
    }
    return found;
  }

  /** Weekday holidays of one calendar year. */
  holidaysInYear(year: number): Holiday[] {
    if (year < this.calendar.firstYear || year > this.calendar.lastYear) {
      throw new DeadlineError(
        'out-of-range',
        `${year} is outside the supported years ${this.calendar.firstYear}–${this.calendar.lastYear}`,
        String(year),
      );
    }
    return this.holidaysBetween(dayNumberFromCivil(year, 1, 1), dayNumberFromCivil(year, 12, 31));
  }
}
