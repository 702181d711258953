/**
 * The JSON contracts of `reminders`, `status` and `calendar`: separate from the core's types so the
 * core can grow without breaking scripts. Same conventions as json.ts (schemaVersion, ISO dates).
 */
import { type DayNumber, formatIsoDay } from '../core/day.js';
import type { MonthGrid } from '../core/month-grid.js';
import type { Schedule, ScheduleEntry, ScheduleEntryKind } from '../core/schedule.js';
import { type EntryState, type ScheduleStatus, entryState } from '../core/status.js';
import { type JsonWarning, SCHEMA_VERSION, warningsJson } from './json.js';
import { entryLabel } from './schedule-words.js';
import { monthTitle } from './words.js';

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

function toJsonEntry(schedule: Schedule, entry: ScheduleEntry): JsonEntry {
  return {
    date: formatIsoDay(entry.date),
    label: entryLabel(schedule, entry),
    rule: entry.rule.id,
    workingDaysBeforeDeadline: entry.workingDaysBeforeDeadline,
    id: entry.id,
    kind: entry.kind,
    workingDay: entry.workingDay,
    citation: entry.rule.citation,
  };
}

/** The fields every schedule document opens with. */
function scheduleHead(schedule: Schedule) {
  const { result } = schedule;
  return {
    schemaVersion: SCHEMA_VERSION,
    rule: result.rule.id,
    receiptDate: formatIsoDay(result.event),
    deadline: formatIsoDay(result.deadline),
  };
}

export function remindersJson(schedule: Schedule, today: DayNumber): RemindersJson {
  const { schemaVersion, ...head } = scheduleHead(schedule);
  return {
    schemaVersion,
    command: 'reminders',
    ...head,
    today: formatIsoDay(today),
    calendar: schedule.result.calendar.id,
    reminders: schedule.entries.map((entry) => {
      const { date, label, rule, workingDaysBeforeDeadline, ...rest } = toJsonEntry(schedule, entry);
      return { date, label, rule, workingDaysBeforeDeadline, state: entryState(entry, today), ...rest };
    }),
    warnings: warningsJson(schedule.result.warnings),
  };
}

export function statusJson(schedule: Schedule, status: ScheduleStatus): StatusJson {
  const { schemaVersion, ...head } = scheduleHead(schedule);
  return {
    schemaVersion,
    command: 'status',
    ...head,
    today: formatIsoDay(status.today),
    workingDaysElapsed: status.workingDaysElapsed,
    workingDaysRemaining: status.workingDaysRemaining,
    nextMilestone: status.nextMilestone && toJsonEntry(schedule, status.nextMilestone),
    dueToday: status.dueToday.map((entry) => toJsonEntry(schedule, entry)),
    overdue: status.overdue,
    warnings: warningsJson(schedule.result.warnings),
  };
}

export function calendarJson(schedule: Schedule, grids: readonly MonthGrid[]): CalendarJson {
  const { schemaVersion, ...head } = scheduleHead(schedule);
  return {
    schemaVersion,
    command: 'calendar',
    ...head,
    calendar: schedule.result.calendar.id,
    months: grids.map((grid) => ({
      year: grid.year,
      month: grid.month,
      title: monthTitle(grid.year, grid.month),
      days: grid.weeks.flat().flatMap((day) =>
        day
          ? [{ date: formatIsoDay(day.day), mark: day.mark, workingDay: day.workingDay, holiday: day.holiday, rule: day.entry?.rule.id ?? null }]
          : [],
      ),
    })),
    warnings: warningsJson(schedule.result.warnings),
  };
}
