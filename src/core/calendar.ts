import type { IsoDay } from './day.js';

/** Where a holiday came from, so an audit trail can say why a day was skipped. */
export type HolidaySource = 'built-in' | 'holidays-file' | 'extra-holiday';

export interface Holiday {
  readonly date: IsoDay;
  readonly name: string;
  readonly source: HolidaySource;
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
  /** Where a user's holidays file differs from the built-in data, for a `holidays-file-differs` warning. */
  readonly differences?: readonly HolidayDifference[];
}

/** How a user's holidays file differs from the built-in data on one day. */
export interface HolidayDifference {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly name: string;
  /** `removed`: a built-in bank holiday the file drops; `added`: a day only the file has. */
  readonly change: 'removed' | 'added' | 'renamed';
}
