import type { IsoDay } from './day.js';

/** Where a holiday came from, so an audit trail can say why a day was skipped. */
export type HolidaySource = 'built-in' | 'holidays-file' | 'extra-holiday';

export interface Holiday {
  readonly date: IsoDay;
  readonly name: string;
  readonly source: HolidaySource;
}

/**
 * How a user's holidays file differs from the built-in data in one day, kept on the resolved
 * calendar so that output can warn (`holidays-file-differs`). `removed`: a year the file covers
 * completely lacks a built-in bank holiday, which is then a working day; `added`: the file has a
 * holiday the built-in data has not; `renamed`: both have the day, under different names (the
 * file's is used; a count never changes).
 */
export interface HolidayDifference {
  readonly date: IsoDay;
  /** The holiday's name: the built-in one for `removed`, the file's otherwise. */
  readonly name: string;
  readonly change: 'removed' | 'added' | 'renamed';
  /** For `renamed`: the built-in name. */
  readonly builtInName?: string;
  /** The id of the calendar (nation) the difference is in, e.g. `scotland`. */
  readonly calendar: string;
}

/**
 * The non-working weekdays of one jurisdiction. The arithmetic only ever sees this interface, so
 * tests can use fixed lists and the data source (date-holidays, a gov.uk file) can change freely.
 */
export interface HolidayCalendar {
  /** Stable id, e.g. `england-and-wales`. */
  readonly id: string;
  /** What the calendar is, for people: "England and Wales bank holidays". */
  readonly title: string;
  /** First and last years the calendar answers for; outside them every question is an error. */
  readonly firstYear: number;
  readonly lastYear: number;
  /**
   * The last year whose holidays are announced (the gov.uk feed's end). Later years are projected
   * from the statutory rules and may miss a holiday proclaimed at short notice.
   */
  readonly horizonYear: number;
  /** Holidays that fall on a weekday, in date order (a Saturday Christmas costs no working day). */
  holidays(): readonly Holiday[];
  /**
   * Optional: exactly the entries of `holidays()` that fall in one year. When a calendar offers
   * it, a WorkingDayIndex reads holidays a year at a time, as questions reach them, instead of
   * reading all of them up front (which costs a one-off command milliseconds).
   */
  holidaysOfYear?(year: number): readonly Holiday[];
  /**
   * Where a user's holidays file differs from the built-in data, in date order; absent or empty
   * when no file was used or it agrees.
   */
  readonly differences?: readonly HolidayDifference[];
}
