/**
 * The calendar picture of a schedule as data: month grids like `cal`, Monday first, each day
 * classified so any renderer (terminal, JSON) can draw it.
 */
import { type DayNumber, civilFromDayNumber, dayNumberFromCivil, daysInMonth, weekdayIndex } from './day.js';
import type { Schedule, ScheduleEntry } from './schedule.js';
import type { WorkingDayIndex } from './working-days.js';

/**
 * - `receipt`: the day the report was received (never counted);
 * - `counted`: a working day inside the count; `milestone` / `deadline`: one with an entry due;
 * - `holiday` / `weekend`: not a working day (SI 2007/462 reg 1(2));
 * - `outside`: a working day before the receipt or after the deadline.
 */
export const DAY_MARKS = ['receipt', 'counted', 'milestone', 'deadline', 'holiday', 'weekend', 'outside'] as const;
export type DayMark = (typeof DAY_MARKS)[number];

export interface GridDay {
  readonly day: DayNumber;
  readonly dayOfMonth: number;
  readonly mark: DayMark;
  /** Working days after receipt, for counted days (and milestones and the deadline); else null. */
  readonly workingDay: number | null;
  /** The holiday's name on a bank holiday. */
  readonly holiday: string | null;
  /** The milestone or deadline entry due that day. */
  readonly entry: ScheduleEntry | null;
}

export interface MonthGrid {
  readonly year: number;
  readonly month: number;
  /** Weeks Monday to Sunday; `null` pads the days of other months. */
  readonly weeks: readonly (readonly (GridDay | null)[])[];
}

function classify(index: WorkingDayIndex, day: DayNumber, receipt: DayNumber, countedFrom: DayNumber, deadline: DayNumber, entries: Map<DayNumber, ScheduleEntry>): GridDay {
  const reason = index.nonWorkingReason(day);
  const holiday = reason?.kind === 'holiday' ? reason.name : null;
  const base = { day, dayOfMonth: civilFromDayNumber(day).day, holiday, workingDay: null, entry: null };
  if (day === receipt) return { ...base, mark: 'receipt' };
  if (reason) return { ...base, mark: reason.kind };
  // Under the deemed convention the deemed day of receipt is not counted either.
  if (day < receipt || day > deadline || day <= countedFrom) return { ...base, mark: 'outside' };
  const entry = entries.get(day) ?? null;
  const mark: DayMark = entry ? (entry.kind === 'deadline' ? 'deadline' : 'milestone') : 'counted';
  return { ...base, mark, workingDay: index.count(countedFrom, day), entry };
}

/**
 * One grid per month from the receipt month to the deadline month.
 *
 * @example
 * // A report received Wed 10 Dec 2014: written statement due Mon 23 Mar 2015.
 * monthGrids(index, schedule).map((m) => `${m.year}-${m.month}`)
 * //=> ['2014-12', '2015-1', '2015-2', '2015-3']
 */
export function monthGrids(index: WorkingDayIndex, schedule: Schedule): MonthGrid[] {
  const receipt = schedule.result.event;
  const deadline = schedule.result.deadline;
  // Only milestones and the deadline are drawn; when two share a day the deadline wins.
  const entries = new Map<DayNumber, ScheduleEntry>();
  for (const entry of schedule.entries) {
    if (entry.kind === 'deadline' || (entry.kind === 'milestone' && !entries.has(entry.date))) entries.set(entry.date, entry);
  }
  const start = civilFromDayNumber(receipt);
  const end = civilFromDayNumber(deadline);
  const grids: MonthGrid[] = [];
  for (let year = start.year, month = start.month; year < end.year || (year === end.year && month <= end.month); ) {
    const first = dayNumberFromCivil(year, month, 1);
    const weeks: (GridDay | null)[][] = [];
    let week: (GridDay | null)[] = Array<GridDay | null>(weekdayIndex(first)).fill(null);
    for (let day = first; day < first + daysInMonth(year, month); day++) {
      week.push(classify(index, day, receipt, schedule.result.countedFrom, deadline, entries));
      if (week.length === 7) {
        weeks.push(week);
        week = [];
      }
    }
    if (week.length > 0) weeks.push([...week, ...Array<GridDay | null>(7 - week.length).fill(null)]);
    grids.push({ year, month, weeks });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return grids;
}
