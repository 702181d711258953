import type { Holiday, HolidaySource } from './calendar.js';
import { type DayNumber, type IsoDay, type WeekdayName, formatIsoDay, weekdayName } from './day.js';
import type { WorkingDayIndex } from './working-days.js';

/** One line of an audit trail: a day that counted as day k, or a day skipped and why. */
export interface ExplainedDay {
  readonly date: IsoDay;
  readonly weekday: WeekdayName;
  readonly counted: boolean;
  /** k for the kth counted day; `null` for a skipped day. */
  readonly dayNumber: number | null;
  /** `null` for an ordinary counted working day; otherwise why the day is special. */
  readonly reason: string | null;
  /** The holiday on that day, with where the tool learned of it. */
  readonly holiday?: Holiday;
}

export const HOLIDAY_SOURCE_LABELS: Record<HolidaySource, string> = {
  'built-in': 'built-in data',
  'holidays-file': 'holidays file',
  'extra-holiday': 'extra holiday',
};

/** How the days of a trail are numbered. */
export type TrailCounting = 'working-days' | 'calendar-days';

export interface TrailOptions {
  readonly counting: TrailCounting;
  /** Days up to and including this one are the deemed day of receipt, never counted. */
  readonly deemedReceipt?: DayNumber;
  /** Calendar-day trails: days after this one only carry the period to the next working day. */
  readonly periodEnd?: DayNumber;
}

/**
 * Every day from `first` to `last` (both included), each counted as day k or skipped with its
 * reason: Saturday, Sunday, or the holiday's name and source. Working-day trails count working
 * days; calendar-day trails (a month) count every day up to the period's end, then show the days
 * the deadline moved over because the end was not a working day.
 *
 * @example
 * explainDays(index, parseIsoDay('2014-12-11')!, parseIsoDay('2014-12-13')!, { counting: 'working-days' })
 * //=> day 1 (Thu), day 2 (Fri), Saturday skipped
 */
export function explainDays(index: WorkingDayIndex, first: DayNumber, last: DayNumber, options: TrailOptions): ExplainedDay[] {
  const days: ExplainedDay[] = [];
  let k = 0;
  for (let day = first; day <= last; day++) {
    const nonWorking = index.nonWorkingReason(day);
    const holiday = nonWorking?.kind === 'holiday' ? nonWorking.holiday : undefined;
    const why = holiday ? `${holiday.name} (${HOLIDAY_SOURCE_LABELS[holiday.source]})` : (nonWorking?.name ?? null);
    const base = { date: formatIsoDay(day), weekday: weekdayName(day), ...(holiday ? { holiday } : {}) };
    if (options.deemedReceipt !== undefined && day <= options.deemedReceipt) {
      const reason = day === options.deemedReceipt ? 'deemed day of receipt (not counted)' : why;
      days.push({ ...base, counted: false, dayNumber: null, reason });
    } else if (options.counting === 'working-days') {
      days.push({ ...base, counted: why === null, dayNumber: why === null ? ++k : null, reason: why });
    } else if (options.periodEnd === undefined || day <= options.periodEnd) {
      days.push({ ...base, counted: true, dayNumber: ++k, reason: why });
    } else {
      const reason =
        why === null
          ? "the next working day after the period's end: the deadline"
          : `${why}: the period's end was not a working day, so the deadline moves on`;
      days.push({ ...base, counted: false, dayNumber: null, reason });
    }
  }
  return days;
}
