/**
 * The JSON contracts of `reminders`, `status` and `calendar`: separate from the core's types so the
 * core can grow without breaking scripts. Same conventions as json.ts (schemaVersion, ISO dates).
 */
import type { MonthGrid } from '../core/month-grid.js';
import type { Schedule, ScheduleEntry, ScheduleEntryKind } from '../core/schedule.js';
import { type EntryState, type ScheduleStatus, entryState } from '../core/status.js';
import { parseIsoDay } from '../core/day.js';
import { type JsonWarning, SCHEMA_VERSION, toJsonWarning } from './json.js';

export interface JsonReminder {
  readonly date: string;
  readonly label: string;
  readonly rule: string;
  readonly workingDaysBeforeDeadline: number;
  readonly state: EntryState;
  /** Stable id (also the iCalendar UID's stem). */
  readonly id: string;
  readonly kind: ScheduleEntryKind;
  /** Working days after the receipt date. */
  readonly workingDay: number;
  readonly citation: string;
}

export interface RemindersJson {
  readonly schemaVersion: number;
  readonly command: 'reminders';
  /** The rule the schedule counts down to (`--rule`). */
  readonly rule: string;
  readonly receiptDate: string;
  readonly deadline: string;
  readonly today: string;
  readonly calendar: string;
  readonly reminders: readonly JsonReminder[];
  readonly warnings: readonly JsonWarning[];
}

/** A schedule entry without a state (status already says how it relates to today). */
export type JsonEntry = Omit<JsonReminder, 'state'>;

export interface StatusJson {
  readonly schemaVersion: number;
  readonly command: 'status';
  /** The rule the schedule counts down to (`--rule`). */
  readonly rule: string;
  readonly receiptDate: string;
  readonly deadline: string;
  readonly today: string;
  readonly workingDaysElapsed: number;
  readonly workingDaysRemaining: number;
  readonly nextMilestone: JsonEntry | null;
  readonly dueToday: readonly JsonEntry[];
  readonly overdue: boolean;
  readonly warnings: readonly JsonWarning[];
}

export interface CalendarJson {
  readonly schemaVersion: number;
  readonly command: 'calendar';
  /** The rule the schedule counts down to (`--rule`). */
  readonly rule: string;
  readonly receiptDate: string;
  readonly deadline: string;
  readonly calendar: string;
  readonly months: readonly {
    readonly year: number;
    readonly month: number;
    readonly title: string;
    readonly days: readonly { readonly date: string; readonly mark: string; readonly workingDay: number | null; readonly holiday: string | null; readonly rule: string | null }[];
  }[];
  readonly warnings: readonly JsonWarning[];
}

function toJsonEntry(entry: ScheduleEntry): JsonEntry {
  return {
    date: entry.date,
    label: entry.label,
    rule: entry.rule,
    workingDaysBeforeDeadline: entry.workingDaysBeforeDeadline,
    id: entry.id,
    kind: entry.kind,
    workingDay: entry.workingDay,
    citation: entry.citation,
  };
}

export function remindersJson(schedule: Schedule, today: string): RemindersJson {
  const todayNumber = parseIsoDay(today)!;
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'reminders',
    rule: schedule.deadlineRule.id,
    receiptDate: schedule.receiptDate,
    deadline: schedule.deadline,
    today,
    calendar: schedule.calendar.id,
    reminders: schedule.entries.map((entry) => {
      const { date, label, rule, workingDaysBeforeDeadline, ...rest } = toJsonEntry(entry);
      return { date, label, rule, workingDaysBeforeDeadline, state: entryState(entry, todayNumber), ...rest };
    }),
    warnings: schedule.warnings.map(toJsonWarning),
  };
}

export function statusJson(schedule: Schedule, status: ScheduleStatus): StatusJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'status',
    rule: schedule.deadlineRule.id,
    receiptDate: status.receiptDate,
    deadline: status.deadline,
    today: status.today,
    workingDaysElapsed: status.workingDaysElapsed,
    workingDaysRemaining: status.workingDaysRemaining,
    nextMilestone: status.nextMilestone && toJsonEntry(status.nextMilestone),
    dueToday: status.dueToday.map(toJsonEntry),
    overdue: status.overdue,
    warnings: schedule.warnings.map(toJsonWarning),
  };
}

export function calendarJson(schedule: Schedule, grids: readonly MonthGrid[]): CalendarJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'calendar',
    rule: schedule.deadlineRule.id,
    receiptDate: schedule.receiptDate,
    deadline: schedule.deadline,
    calendar: schedule.calendar.id,
    months: grids.map((grid) => ({
      year: grid.year,
      month: grid.month,
      title: grid.title,
      days: grid.weeks.flat().flatMap((day) =>
        day ? [{ date: day.date, mark: day.mark, workingDay: day.workingDay, holiday: day.holiday, rule: day.entry?.rule ?? null }] : [],
      ),
    })),
    warnings: schedule.warnings.map(toJsonWarning),
  };
}
