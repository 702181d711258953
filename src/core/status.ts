/**
 * Where a schedule stands on a given day: for a CI job or a cron line. "Today" is always passed in;
 * nothing here reads a clock.
 */
import type { DayNumber } from './day.js';
import type { Schedule, ScheduleEntry } from './schedule.js';
import type { WorkingDayIndex } from './working-days.js';

export const ENTRY_STATES = ['past', 'today', 'upcoming'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

/** Whether an entry's day is before, on or after `today`. */
export function entryState(entry: ScheduleEntry, today: DayNumber): EntryState {
  return entry.date < today ? 'past' : entry.date === today ? 'today' : 'upcoming';
}

export interface ScheduleStatus {
  readonly today: DayNumber;
  /** Working days after the (deemed) receipt up to and including today (negative before it). */
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
 * scheduleStatus(index, schedule, parseIsoDay('2015-03-23')!).workingDaysRemaining //=> 0
 */
export function scheduleStatus(index: WorkingDayIndex, schedule: Schedule, today: DayNumber): ScheduleStatus {
  const { countedFrom, deadline } = schedule.result;
  index.assertSupported(today);
  const isMilestone = (entry: ScheduleEntry) => entry.kind === 'milestone' || entry.kind === 'deadline';
  return {
    today,
    workingDaysElapsed: index.count(countedFrom, today),
    workingDaysRemaining: index.count(today, deadline),
    nextMilestone: schedule.entries.find((entry) => isMilestone(entry) && entry.date > today) ?? null,
    dueToday: schedule.entries.filter((entry) => entry.date === today),
    overdue: today > deadline,
  };
}
