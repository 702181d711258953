/**
 * The JSON contract: what `--json` writes, separate from the core's internal types so the core can
 * grow without breaking scripts. schema/ofsted-deadline.schema.json describes the same shapes and a
 * test validates every command's output against it.
 */
import type { OfstedDeadlines, Warning, WorkingDayCount } from '../core/deadline.js';
import type { Holiday } from '../core/calendar.js';
import type { DeadlineErrorCode } from '../core/errors.js';

/** Bumped on any incompatible change to these shapes. */
export const SCHEMA_VERSION = 1;

export interface JsonHoliday {
  readonly date: string;
  readonly name: string;
}

export interface JsonWarning {
  readonly code: string;
  readonly message: string;
}

export interface JsonMilestone {
  readonly rule: string;
  readonly title: string;
  readonly workingDays: number;
  readonly date: string;
  readonly calendarDays: number;
  readonly basis: 'statute' | 'practice';
  readonly citation: string;
}

export interface DeadlineJson {
  readonly schemaVersion: number;
  readonly command: 'deadline';
  readonly receiptDate: string;
  readonly rule: string;
  readonly deadline: string;
  readonly workingDays: number;
  readonly firstCountedDay: string;
  readonly calendarDays: number;
  readonly calendar: string;
  readonly holidaysSkipped: readonly JsonHoliday[];
  readonly skippedDays: readonly { readonly date: string; readonly reason: string }[];
  readonly milestones: readonly JsonMilestone[];
  readonly warnings: readonly JsonWarning[];
}

export interface AddJson {
  readonly schemaVersion: number;
  readonly command: 'add';
  readonly from: string;
  readonly workingDays: number;
  readonly date: string;
  readonly firstCountedDay: string | null;
  readonly calendarDays: number;
  readonly holidaysSkipped: readonly JsonHoliday[];
  readonly warnings: readonly JsonWarning[];
}

export interface CountJson {
  readonly schemaVersion: number;
  readonly command: 'count';
  readonly from: string;
  readonly to: string;
  readonly workingDays: number;
  readonly warnings: readonly JsonWarning[];
}

export interface IsWorkingDayJson {
  readonly schemaVersion: number;
  readonly command: 'is-working-day';
  readonly date: string;
  readonly workingDay: boolean;
  /** `null` for a working day; otherwise `Saturday`, `Sunday` or the holiday's name. */
  readonly reason: string | null;
  readonly warnings: readonly JsonWarning[];
}

export interface HolidaysJson {
  readonly schemaVersion: number;
  readonly command: 'holidays';
  readonly year: number;
  readonly calendar: string;
  readonly holidays: readonly JsonHoliday[];
  readonly warnings: readonly JsonWarning[];
}

export interface ErrorJson {
  readonly schemaVersion: number;
  readonly error: { readonly code: DeadlineErrorCode | 'usage' | 'internal'; readonly message: string; readonly input: string | null };
}

export const toJsonHoliday = (holiday: Holiday): JsonHoliday => ({ date: holiday.date, name: holiday.name });
export const toJsonWarning = (warning: Warning): JsonWarning => ({ code: warning.code, message: warning.message });

export function deadlineJson(result: OfstedDeadlines): DeadlineJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'deadline',
    receiptDate: result.receiptDate,
    rule: result.rule.rule,
    deadline: result.deadline,
    workingDays: result.workingDays,
    firstCountedDay: result.firstCountedDay,
    calendarDays: result.calendarDays,
    calendar: result.calendar.id,
    holidaysSkipped: result.holidaysSkipped.map(toJsonHoliday),
    skippedDays: result.skippedDays.map((day) => ({ date: day.date, reason: day.reason })),
    milestones: result.milestones.map((m) => ({
      rule: m.rule,
      title: m.title,
      workingDays: m.workingDays,
      date: m.date,
      calendarDays: m.calendarDays,
      basis: m.basis,
      citation: m.citation,
    })),
    warnings: result.warnings.map(toJsonWarning),
  };
}

export function addJson(result: WorkingDayCount): AddJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'add',
    from: result.receiptDate,
    workingDays: result.workingDays,
    date: result.deadline,
    firstCountedDay: result.workingDays === 0 ? null : result.firstCountedDay,
    calendarDays: result.calendarDays,
    holidaysSkipped: result.holidaysSkipped.map(toJsonHoliday),
    warnings: result.warnings.map(toJsonWarning),
  };
}

export function errorJson(code: ErrorJson['error']['code'], message: string, input: string | undefined): ErrorJson {
  return { schemaVersion: SCHEMA_VERSION, error: { code, message, input: input ?? null } };
}

/** One JSON document per run, pretty-printed, newline-terminated. */
export function stringifyJson(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
