import type { Holiday, HolidayCalendar } from './calendar.js';
import { type DayNumber, dayNumberFromCivil, formatIsoDay, isLeapYear, isWeekend, parseIsoDay, weekdayIndex } from './day.js';
import { DeadlineError } from './errors.js';

/** Why a day is not a working day (SI 2007/462 reg 1(2)). */
export type NonWorkingReason =
  | { readonly kind: 'weekend'; readonly name: 'Saturday' | 'Sunday' }
  | { readonly kind: 'holiday'; readonly name: string; readonly holiday: Holiday };

/** The day-level tables of one calendar year. */
interface YearBlock {
  /** `upTo[i]`: working days from 1 January up to and including day i of the year. */
  readonly upTo: Int32Array;
  /** Day numbers of the year's working days, in order. */
  readonly list: Int32Array;
}

/** Monday–Friday days in a year of `length` days whose 1 January has ISO weekday index `firstWeekday`. */
function weekdaysInYear(firstWeekday: number, length: number): number {
  let weekdays = 52 * 5;
  for (let extra = 0; extra < length - 364; extra++) if ((firstWeekday + extra) % 7 < 5) weekdays++;
  return weekdays;
}

/** Years a question steps over one at a time; beyond, it goes through the running totals. */
const NEAR_YEARS = 4;

// Shared, frozen: a long register skips hundreds of thousands of weekend days.
const SATURDAY: NonWorkingReason = Object.freeze({ kind: 'weekend', name: 'Saturday' });
const SUNDAY: NonWorkingReason = Object.freeze({ kind: 'weekend', name: 'Sunday' });

/** The year of a `YYYY-MM-DD` string from its first four characters, or -1 when they are not digits. */
function isoYear(text: string): number {
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    year = year * 10 + digit;
  }
  return year;
}

/**
 * Working-day arithmetic over one calendar.
 *
 * A working day is any day but a Saturday, a Sunday or one of the calendar's holidays
 * (SI 2007/462 reg 1(2)). Each calendar year has two tables: how many working days there are up
 * to each of its days, and the list of its working days. `count` is then a difference of two
 * entries plus the working days of the whole years between, and `add` a lookup in the list of
 * the year it lands in. Within a few years the years between are stepped over one by one; further,
 * running totals of working days before each year answer at once, so a count over 80 years costs
 * what one over 70 days does.
 *
 * The tables are built lazily, because a one-off command must start in milliseconds: the holidays
 * are only sorted into years up front; a year's holidays are read (and its working days totalled)
 * the first time a question steps over it, and its tables built only when a question lands in
 * it. A near question never reads the years before the ones it spans, so a receipt in 2026 costs
 * what one in 1990 does; the running totals are made only for a far one, and kept.
 */
export class WorkingDayIndex {
  readonly calendar: HolidayCalendar;
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  /** Day number of 1 January of each supported year, plus one entry for the year after the last. */
  private readonly yearStarts: Int32Array;
  /** Each supported year's holidays as the calendar gave them, read on first use of the year. */
  private readonly holidaysOfYear: (Holiday[] | undefined)[];
  /** 1 once a year's holidays are in `holidayByDay` and counted in `weekdayHolidays`. */
  private readonly yearRead: Uint8Array;
  private readonly weekdayHolidays: Int32Array;
  /** Working days in each year, or -1 until asked: stepping over a year needs only this. */
  private readonly workingInYear: Int32Array;
  /** Working days in the supported years before each year; valid up to `totalsKnown`. */
  private readonly workingBeforeYear: Int32Array;
  private totalsKnown = 0;
  private readonly holidayByDay = new Map<DayNumber, Holiday>();
  private readonly blocks: (YearBlock | undefined)[];

  constructor(calendar: HolidayCalendar) {
    this.calendar = calendar;
    this.firstDay = dayNumberFromCivil(calendar.firstYear, 1, 1);
    this.lastDay = dayNumberFromCivil(calendar.lastYear, 12, 31);
    const years = calendar.lastYear - calendar.firstYear + 1;
    this.yearStarts = new Int32Array(years + 1);
    this.yearStarts[0] = this.firstDay;
    for (let y = 0; y < years; y++) this.yearStarts[y + 1] = this.yearStarts[y]! + (isLeapYear(calendar.firstYear + y) ? 366 : 365);
    this.holidaysOfYear = new Array<Holiday[] | undefined>(years).fill(undefined);
    this.yearRead = new Uint8Array(years);
    this.weekdayHolidays = new Int32Array(years);
    this.workingInYear = new Int32Array(years).fill(-1);
    this.workingBeforeYear = new Int32Array(years + 1);
    this.blocks = new Array<YearBlock | undefined>(years).fill(undefined);
    // A calendar that hands out a year at a time is asked as years are reached; otherwise all its
    // holidays are sorted into years now.
    if (calendar.holidaysOfYear) return;
    const outside: Holiday[] = [];
    for (const holiday of calendar.holidays()) {
      const y = isoYear(holiday.date) - calendar.firstYear;
      if (y >= 0 && y < years) (this.holidaysOfYear[y] ??= []).push(holiday);
      else outside.push(holiday);
    }
    // Holidays outside the supported years (or malformed) are read at once: they are few, and a
    // malformed date must fail here rather than in the middle of a question.
    for (const holiday of outside) this.remember(holiday);
  }

  /** Adds a holiday to the day map (the first holiday given for a day wins); true when it is a new weekday holiday. */
  private remember(holiday: Holiday): boolean {
    const day = parseIsoDay(holiday.date);
    if (day === undefined) throw new Error(`calendar ${this.calendar.id} has a bad date: ${holiday.date}`);
    if (this.holidayByDay.has(day)) return false;
    this.holidayByDay.set(day, holiday);
    return !isWeekend(day);
  }

  private readYear(y: number): void {
    if (this.yearRead[y] === 1) return;
    let weekdayHolidays = 0;
    const holidays = this.calendar.holidaysOfYear ? this.calendar.holidaysOfYear(this.calendar.firstYear + y) : (this.holidaysOfYear[y] ?? []);
    for (const holiday of holidays) if (this.remember(holiday)) weekdayHolidays++;
    this.weekdayHolidays[y] = weekdayHolidays;
    this.yearRead[y] = 1;
  }

  /** Working days in year y: its weekdays less its weekday holidays, without building its tables. */
  private workingDaysInYear(y: number): number {
    let working = this.workingInYear[y]!;
    if (working < 0) {
      this.readYear(y);
      const start = this.yearStarts[y]!;
      working = weekdaysInYear(weekdayIndex(start), this.yearStarts[y + 1]! - start) - this.weekdayHolidays[y]!;
      this.workingInYear[y] = working;
    }
    return working;
  }

  /** Index (0 = firstYear) of the year a supported day falls in. */
  private yearIndexOf(day: DayNumber): number {
    // 146097 days per 400 years: the estimate is at most one year out either way.
    const lastIndex = this.yearStarts.length - 2;
    let y = Math.min(lastIndex, Math.max(0, Math.floor(((day - this.firstDay) * 400) / 146097)));
    while (y > 0 && day < this.yearStarts[y]!) y--;
    while (y < lastIndex && day >= this.yearStarts[y + 1]!) y++;
    return y;
  }

  private block(y: number): YearBlock {
    const cached = this.blocks[y];
    if (cached) return cached;
    this.readYear(y);
    const start = this.yearStarts[y]!;
    const length = this.yearStarts[y + 1]! - start;
    const upTo = new Int32Array(length);
    const list = new Int32Array(length);
    let count = 0;
    let weekday = weekdayIndex(start);
    for (let i = 0; i < length; i++) {
      if (weekday < 5 && !this.holidayByDay.has(start + i)) list[count++] = start + i;
      upTo[i] = count;
      if (++weekday === 7) weekday = 0;
    }
    const block = { upTo, list: list.slice(0, count) };
    this.blocks[y] = block;
    return block;
  }

  /** Working days from 1 January of `day`'s year up to and including `day`, with that year's index. */
  private positionInYear(day: DayNumber): { readonly y: number; readonly upTo: number } {
    const y = this.yearIndexOf(day);
    return { y, upTo: this.block(y).upTo[day - this.yearStarts[y]!]! };
  }

  /** Working days in the supported years before year y: running totals from the first year, kept once made. */
  private workingBefore(y: number): number {
    while (this.totalsKnown < y) {
      const known = this.totalsKnown;
      this.workingBeforeYear[known + 1] = this.workingBeforeYear[known]! + this.workingDaysInYear(known);
      this.totalsKnown = known + 1;
    }
    return this.workingBeforeYear[y]!;
  }

  /**
   * The working day at position k (0-based) of year y's list of working days, where k may run
   * past either end of that year. Near (a few years), whole years are stepped over until it lands;
   * far, it is found through the running totals, so an 80-year count costs what a 70-day one
   * does once they are made. `undefined` past the supported years.
   */
  private workingDayAt(y: number, k: number): DayNumber | undefined {
    const years = this.blocks.length;
    for (let step = 0; step < NEAR_YEARS; step++) {
      if (k < 0) {
        if (--y < 0) return undefined;
        k += this.workingDaysInYear(y);
      } else if (k >= this.workingDaysInYear(y)) {
        k -= this.workingDaysInYear(y);
        if (++y >= years) return undefined;
      } else {
        return this.block(y).list[k];
      }
    }
    const position = this.workingBefore(y) + k;
    if (position < 0) return undefined;
    while (this.totalsKnown < years && this.workingBeforeYear[this.totalsKnown]! <= position) this.workingBefore(this.totalsKnown + 1);
    const totals = this.workingBeforeYear;
    if (totals[this.totalsKnown]! <= position) return undefined;
    // Binary search for the last year whose running total is at most the position: ~8 steps.
    let low = 0;
    let high = this.totalsKnown - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (totals[mid]! <= position) low = mid;
      else high = mid - 1;
    }
    return this.block(low).list[position - totals[low]!];
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
    if (isWeekend(day)) return false;
    this.readYear(this.yearIndexOf(day));
    return !this.holidayByDay.has(day);
  }

  /** `undefined` for a working day; otherwise the weekend day or the holiday. */
  nonWorkingReason(day: DayNumber): NonWorkingReason | undefined {
    this.assertSupported(day);
    const weekday = weekdayIndex(day);
    if (weekday === 5) return SATURDAY;
    if (weekday === 6) return SUNDAY;
    this.readYear(this.yearIndexOf(day));
    const holiday = this.holidayByDay.get(day);
    return holiday ? { kind: 'holiday', name: holiday.name, holiday } : undefined;
  }

  /** The holiday on a day, if any (weekday holidays only). */
  holidayOn(day: DayNumber): Holiday | undefined {
    if (day >= this.firstDay && day <= this.lastDay) this.readYear(this.yearIndexOf(day));
    return this.holidayByDay.get(day);
  }

  /**
   * The nth working day after `from` (n > 0), or the |n|th working day before it (n < 0).
   * `from` itself never counts; n = 0 returns `from` unchanged.
   */
  add(from: DayNumber, n: number): DayNumber {
    this.assertSupported(from);
    if (n === 0) return from;
    const { y, upTo } = this.positionInYear(from);
    // In the year's list of working days, the next one after `from` is at upTo; the previous one
    // before it is at upTo - 1 - (from is working ? 1 : 0).
    const beforeFrom = upTo - (this.isWorkingDay(from) ? 1 : 0);
    const result = this.workingDayAt(y, n > 0 ? upTo + n - 1 : beforeFrom + n);
    if (result === undefined) {
      throw new DeadlineError(
        'out-of-range',
        `${Math.abs(n)} working ${Math.abs(n) === 1 ? 'day' : 'days'} ${n > 0 ? 'after' : 'before'} ${formatIsoDay(from)} falls outside the supported years ${this.calendar.firstYear}–${this.calendar.lastYear}`,
        formatIsoDay(from),
      );
    }
    return result;
  }

  /** Working days after `from` up to and including `to`; negative when `to` is before `from`. */
  count(from: DayNumber, to: DayNumber): number {
    this.assertSupported(from);
    this.assertSupported(to);
    const start = this.positionInYear(from);
    const end = this.positionInYear(to);
    if (Math.abs(end.y - start.y) > NEAR_YEARS) return end.upTo - start.upTo + this.workingBefore(end.y) - this.workingBefore(start.y);
    let total = end.upTo - start.upTo;
    for (let y = start.y; y < end.y; y++) total += this.workingDaysInYear(y);
    for (let y = end.y; y < start.y; y++) total -= this.workingDaysInYear(y);
    return total;
  }

  /** Weekday holidays from `from` to `to`, both included, in date order. */
  holidaysBetween(from: DayNumber, to: DayNumber): { readonly day: DayNumber; readonly holiday: Holiday }[] {
    const found: { day: DayNumber; holiday: Holiday }[] = [];
    for (let day = from; day <= to; day++) {
      const holiday = this.holidayOn(day);
      if (holiday) found.push({ day, holiday });
    }
    return found;
  }

  /** Weekday holidays of one calendar year. */
  holidaysInYear(year: number): { readonly day: DayNumber; readonly holiday: Holiday }[] {
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
