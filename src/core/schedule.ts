/**
 * A reminder schedule: the dated entries a council needs between receiving an Ofsted report and the
 * written statement deadline. Pure data computed from a WorkingDayIndex and the rules in rules.ts;
 * every renderer (text, JSON, CSV, iCalendar) and `status` read this one result.
 */
import { type DayNumber, type IsoDay, type WeekdayName, formatIsoDay, weekdayName } from './day.js';
import { type Warning, ofstedDeadlines, warningsFor } from './deadline.js';
import { DeadlineError } from './errors.js';
import { OFSTED_RULES, type WorkingDayRule, isOfstedRuleId, isRuleId } from './rules.js';
import type { WorkingDayIndex } from './working-days.js';

/** The default reminders, in working days before the deadline (issue 4). */
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
  readonly date: IsoDay;
  readonly weekday: WeekdayName;
  /** What to do, with the `--title` prefix when one was given. */
  readonly label: string;
  /** The id of the rule the entry serves (`written-statement` for every reminder). */
  readonly rule: string;
  readonly citation: string;
  /** Working days after the day of receipt (the receipt day never counts). */
  readonly workingDay: number;
  /** Working days from this entry to the deadline: 0 on the deadline itself. */
  readonly workingDaysBeforeDeadline: number;
}

export interface Schedule {
  readonly receiptDate: IsoDay;
  readonly deadline: IsoDay;
  /** The rule whose deadline the reminders count down to. */
  readonly deadlineRule: WorkingDayRule;
  /** Every entry in date order; entries on the same day keep the order deadline-first, then milestones. */
  readonly entries: readonly ScheduleEntry[];
  readonly calendar: { readonly id: string; readonly title: string };
  readonly warnings: readonly Warning[];
}

export interface ScheduleOptions {
  /**
   * Working days before the deadline for a reminder each; replaces DEFAULT_REMINDERS_BEFORE (of
   * which only those shorter than the rule's period apply). Each must be from 1 to one less than
   * the deadline's working days.
   */
  readonly before?: readonly number[];
  /** A check-in every N working days from day 1 (day 1, 1+N, 1+2N … before the deadline). */
  readonly every?: number;
  /** Prefix for every label, e.g. `Plymouth: written statement`. */
  readonly title?: string;
  /**
   * The rule the reminders count down to and the milestones beside it. The Ofsted written
   * statement and its two companions by default; a rules catalogue can pass any rule here.
   */
  readonly deadlineRule?: WorkingDayRule;
  readonly milestoneRules?: readonly WorkingDayRule[];
}

const KIND_ORDER: Record<ScheduleEntryKind, number> = { deadline: 0, milestone: 1, reminder: 2, 'check-in': 3 };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function validateReminders(before: readonly number[], deadlineDays: number): number[] {
  for (const n of before) {
    if (!Number.isInteger(n) || n < 1 || n >= deadlineDays) {
      throw new DeadlineError(
        'invalid-argument',
        `invalid reminder ${n}: a reminder must fall from 1 to ${deadlineDays - 1} working days before a ${deadlineDays}-working-day deadline`,
        String(n),
      );
    }
  }
  // Largest first: the earliest reminder comes first. Duplicates would be the same event twice.
  return [...new Set(before)].sort((a, b) => b - a);
}

/**
 * The reminder schedule for a report received on `receipt`: the milestones (by default the early
 * draft action plan at 20 working days and the published report at 30), the deadline (the written
 * statement of action at 70) and reminders counted back from it, each on a working day, in date
 * order.
 *
 * @example
 * buildSchedule(index, parseIsoDay('2014-12-10')!).entries.map((e) => e.date)
 * //=> ['2015-01-12', '2015-01-26', '2015-02-23', '2015-03-09', '2015-03-16', '2015-03-19', '2015-03-20', '2015-03-23']
 */
export function buildSchedule(index: WorkingDayIndex, receipt: DayNumber, options: ScheduleOptions = {}): Schedule {
  const deadlineRule = options.deadlineRule ?? OFSTED_RULES['written-statement'];
  const milestoneRules = options.milestoneRules ?? [OFSTED_RULES['draft-action-plan'], OFSTED_RULES['publish-report']];
  const total = deadlineRule.workingDays;
  const before = validateReminders(options.before ?? DEFAULT_REMINDERS_BEFORE.filter((n) => n < total), total);
  if (options.every !== undefined && (!Number.isInteger(options.every) || options.every < 1)) {
    throw new DeadlineError('invalid-argument', `invalid --every ${options.every}: expected a whole number of working days, 1 or more`, String(options.every));
  }
  const prefix = options.title === undefined ? '' : `${options.title}: `;
  const deadline = index.add(receipt, total);

  const entry = (id: string, kind: ScheduleEntryKind, workingDay: number, label: string, rule: WorkingDayRule): ScheduleEntry => {
    const day = index.add(receipt, workingDay);
    return {
      id,
      kind,
      date: formatIsoDay(day),
      weekday: weekdayName(day),
      label: prefix + label,
      rule: rule.id,
      citation: rule.citation,
      workingDay,
      workingDaysBeforeDeadline: index.count(day, deadline),
    };
  };

  const entries: ScheduleEntry[] = [
    ...milestoneRules.map((rule) => entry(rule.id, 'milestone', rule.workingDays, `${rule.title} (${rule.workingDays} working days)`, rule)),
    entry(deadlineRule.id, 'deadline', total, `Deadline: ${deadlineRule.title} (${total} working days)`, deadlineRule),
    ...before.map((n) =>
      entry(`reminder-${n}`, 'reminder', total - n, `Reminder: ${plural(n, 'working day')} left: ${deadlineRule.title}`, deadlineRule),
    ),
  ];
  if (options.every !== undefined) {
    for (let day = 1; day < total; day += options.every) {
      entries.push(entry(`check-in-${day}`, 'check-in', day, `Check-in: working day ${day} of ${total}: ${deadlineRule.title}`, deadlineRule));
    }
  }
  entries.sort((a, b) => a.workingDay - b.workingDay || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);

  // The Ofsted count adds its own warning for a receipt before SI 2007/462 came into force.
  const warnings = [
    ...warningsFor(index, receipt, deadline),
    ...(isRuleId(deadlineRule.id) && isOfstedRuleId(deadlineRule.id)
      ? ofstedDeadlines(index, receipt, { rule: deadlineRule.id }).warnings.filter((w) => w.code !== 'beyond-horizon')
      : []),
  ];
  return {
    receiptDate: formatIsoDay(receipt),
    deadline: formatIsoDay(deadline),
    deadlineRule,
    entries,
    calendar: { id: index.calendar.id, title: index.calendar.title },
    warnings,
  };
}
