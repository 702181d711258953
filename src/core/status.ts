/**
 * Where a schedule stands on a given day: for a CI job or a cron line. "Today" is always passed in;
 * nothing here reads a clock.
 */
import { type DayNumber, type IsoDay, formatIsoDay, parseIsoDay } from './day.js';
import type { Schedule, ScheduleEntry } from './schedule.js';
import type { WorkingDayIndex } from './working-days.js';

export const ENTRY_STATES = ['past', 'today', 'upcoming'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

/** Whether an entry's day is before, on or after `today`. */
export function entryState(entry: ScheduleEntry, today: DayNumber): EntryState {
  const day = parseIsoDay(entry.date)!;
  return day < today ? 'past' : day === today ? 'today' : 'upcoming';
}

export interface ScheduleStatus {
  readonly receiptDate: IsoDay;
  readonly deadline: IsoDay;
  readonly today: IsoDay;
  /** Working days after the receipt date up to and including today (negative before receipt). */
  readonly workingDaysElapsed: number;
  /**
   * Working days after today up to and including the deadline: 0 on the deadline day, negative
   * once working days have passed after it. A weekend just after the deadline is still 0, so read
   * `overdue` for "has it passed".
   */
  readonly workingDaysRemaining: number;
  /** The first milestone or deadline after today; `null` once the deadline has passed. */
  readonly nextMilestone: ScheduleEntry | null;
  /** Every entry (milestone, deadline, reminder, check-in) that falls on today. */
  readonly dueToday: readonly ScheduleEntry[];
  /** True once today is after the deadline day. */
  readonly overdue: boolean;
}

/**
 * The status of a schedule on `today`.
 *
 * @example
 * scheduleStatus(index, buildSchedule(index, parseIsoDay('2014-12-10')!), parseIsoDay('2015-03-23')!).workingDaysRemaining //=> 0
 */
export function scheduleStatus(index: WorkingDayIndex, schedule: Schedule, today: DayNumber): ScheduleStatus {
  const receipt = parseIsoDay(schedule.receiptDate)!;
  const deadline = parseIsoDay(schedule.deadline)!;
  index.assertSupported(today);
  const isMilestone = (entry: ScheduleEntry) => entry.kind === 'milestone' || entry.kind === 'deadline';
  return {
    receiptDate: schedule.receiptDate,
    deadline: schedule.deadline,
    today: formatIsoDay(today),
    workingDaysElapsed: index.count(receipt, today),
    workingDaysRemaining: index.count(today, deadline),
    nextMilestone: schedule.entries.find((entry) => isMilestone(entry) && entryState(entry, today) === 'upcoming') ?? null,
    dueToday: schedule.entries.filter((entry) => entryState(entry, today) === 'today'),
    overdue: today > deadline,
  };
}
