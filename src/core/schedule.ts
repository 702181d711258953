/**
 * A reminder schedule: the dated entries between receipt and a deadline, built on the one
 * deadline result (computeDeadline), so a schedule's deadline, milestones and warnings are the
 * default command's. Every renderer (text, JSON, CSV, iCalendar), `status` and `calendar` read it.
 */
import type { DayNumber } from './day.js';
import type { DeadlineResult } from './deadline.js';
import { DeadlineError } from './errors.js';
import type { Rule } from './rules.js';
import type { WorkingDayIndex } from './working-days.js';

/** The default reminders, in working days before the deadline. */
export const DEFAULT_REMINDERS_BEFORE = [20, 10, 5, 2, 1] as const;

export const SCHEDULE_ENTRY_KINDS = ['milestone', 'deadline', 'reminder', 'check-in'] as const;
export type ScheduleEntryKind = (typeof SCHEDULE_ENTRY_KINDS)[number];

export interface ScheduleEntry {
  /**
   * Stable for a given receipt date and entry (`draft-action-plan`, `reminder-20`, `check-in-11`),
   * whatever the title, so a calendar re-import updates an event instead of duplicating it.
   */
  readonly id: string;
  readonly kind: ScheduleEntryKind;
  readonly date: DayNumber;
  /** The rule the entry serves: a milestone's own, the deadline's for reminders and check-ins. */
  readonly rule: Rule;
  /** Working days after the (deemed) receipt; the receipt day never counts. */
  readonly workingDay: number;
  /** Working days from this entry to the deadline: 0 on the deadline itself. */
  readonly workingDaysBeforeDeadline: number;
  /** For a reminder, the working days left it announces; for a check-in, its working day. */
  readonly n?: number;
}

export interface Schedule {
  /** The deadline the schedule counts down to, with its milestones and warnings. */
  readonly result: DeadlineResult;
  /** Every entry in date order; on a shared day the deadline comes first, then milestones. */
  readonly entries: readonly ScheduleEntry[];
  /** The user's label for the matter (`--title`), if any. */
  readonly title?: string;
}

export interface ScheduleOptions {
  /**
   * Working days before the deadline for a reminder each; replaces DEFAULT_REMINDERS_BEFORE (of
   * which only those shorter than the period apply). Each must be from 1 to one less than the
   * period.
   */
  readonly before?: readonly number[];
  /** A check-in every N working days from day 1 (day 1, 1+N, 1+2N … before the deadline). */
  readonly every?: number;
  readonly title?: string;
}

const KIND_ORDER: Record<ScheduleEntryKind, number> = { deadline: 0, milestone: 1, reminder: 2, 'check-in': 3 };

function validateReminders(before: readonly number[], period: number): number[] {
  for (const n of before) {
    if (!Number.isInteger(n) || n < 1 || n >= period) {
      throw new DeadlineError(
        'invalid-argument',
        `invalid reminder ${n}: a reminder must fall from 1 to ${period - 1} working days before a ${period}-working-day deadline`,
        String(n),
      );
    }
  }
  return largestFirst(before);
}

/** Reminder offsets, largest first (the earliest reminder first), each once: a duplicate would be the same event twice. */
export function largestFirst(before: readonly number[]): number[] {
  return [...new Set(before)].sort((a, b) => b - a);
}

/**
 * The reminder schedule of a deadline counted in working days after receipt: its milestones, the
 * deadline and reminders counted back from it, each on a working day, in date order.
 *
 * @example
 * buildSchedule(index, computeDeadline(index, { rule: RULES['written-statement'], event: parseIsoDay('2014-12-10')! }))
 *   .entries.map((e) => formatIsoDay(e.date))
 * //=> ['2015-01-12', '2015-01-26', '2015-02-23', '2015-03-09', '2015-03-16', '2015-03-19', '2015-03-20', '2015-03-23']
 */
export function buildSchedule(index: WorkingDayIndex, result: DeadlineResult, options: ScheduleOptions = {}): Schedule {
  const { rule, countedFrom, deadline } = result;
  if (rule.unit !== 'working-days' || rule.amount < 1) {
    throw new DeadlineError(
      'invalid-argument',
      `the ${result.requestedRule.id} rule is not counted in working days after receipt, so it has no reminder schedule`,
      result.requestedRule.id,
    );
  }
  const total = rule.amount;
  const before = validateReminders(options.before ?? DEFAULT_REMINDERS_BEFORE.filter((n) => n < total), total);
  if (options.every !== undefined && (!Number.isInteger(options.every) || options.every < 1)) {
    throw new DeadlineError('invalid-argument', `invalid check-in interval ${options.every}: expected a whole number of working days, 1 or more`, String(options.every));
  }
  const entry = (id: string, kind: ScheduleEntryKind, workingDay: number, entryRule: Rule, n?: number): ScheduleEntry => {
    const date = index.add(countedFrom, workingDay);
    return { id, kind, date, rule: entryRule, workingDay, workingDaysBeforeDeadline: index.count(date, deadline), ...(n === undefined ? {} : { n }) };
  };
  const entries: ScheduleEntry[] = [
    ...result.milestones.map((m) => entry(m.rule.id, m.rule === rule ? 'deadline' : 'milestone', m.rule.amount, m.rule)),
    ...before.map((n) => entry(`reminder-${n}`, 'reminder', total - n, rule, n)),
  ];
  if (options.every !== undefined) {
    for (let day = 1; day < total; day += options.every) entries.push(entry(`check-in-${day}`, 'check-in', day, rule, day));
  }
  entries.sort((a, b) => a.workingDay - b.workingDay || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return { result, entries, ...(options.title === undefined ? {} : { title: options.title }) };
}
