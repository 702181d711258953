/**
 * The JSON contract: what `--json` writes, separate from the core's internal types so the core can
 * grow without breaking scripts. schema/ofsted-deadline.schema.json describes the same shapes and a
 * test validates every command's output against it.
 */
import type { Holiday } from '../core/calendar.js';
import { type DayNumber, formatIsoDay, weekdayName } from '../core/day.js';
import { type DatedRule, type DeadlineResult, holidaysAmong } from '../core/deadline.js';
import type { DeadlineErrorCode } from '../core/errors.js';
import type { ExplainedDay } from '../core/explain.js';
import { RECEIPT_CONVENTION_LABELS, type ReceiptConvention, type Rule } from '../core/rules.js';
import type { Warning } from '../core/warnings.js';
import type { NonWorkingReason } from '../core/working-days.js';
import { explainedReason } from './explain.js';
import { type JsonWarning, type WarningWording, warningJson } from './warnings.js';

export type { JsonWarning } from './warnings.js';

/** Bumped on any incompatible change to these shapes. */
export const SCHEMA_VERSION = 1;

export interface JsonHoliday {
  readonly date: string;
  readonly name: string;
}

/** One rule of the catalogue, as `rules --json` lists it. */
export interface JsonRule {
  readonly id: string;
  readonly title: string;
  readonly amount: number;
  readonly unit: Rule['unit'];
  /** What the date given is: `receipt`, or `meeting` for agenda. */
  readonly event: Rule['event'];
  readonly citation: string;
  readonly basis: 'statute' | 'practice';
  /** The counting convention, in words. */
  readonly counting: string;
  /** The calendar the rule uses unless --region overrides it. */
  readonly region: Rule['calendar'];
  readonly legalBasis: string;
}

/** One day of an `--explain` audit trail. */
export interface JsonExplainedDay {
  readonly date: string;
  readonly weekday: string;
  readonly counted: boolean;
  readonly dayNumber: number | null;
  readonly reason: string | null;
  /** Where a skipped holiday came from: `built-in`, `holidays-file` or `extra-holiday`. */
  readonly holidaySource: Holiday['source'] | null;
}

export interface JsonMilestone {
  readonly rule: string;
  readonly title: string;
  /** `null` for a rule not counted in working days (sar, agenda). */
  readonly workingDays: number | null;
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
  /** The date the rule asks for: the deadline, or for agenda the latest day to publish. */
  readonly deadline: string;
  /** `null` for a rule not counted in working days (sar, agenda). */
  readonly workingDays: number | null;
  /** Day 1, the first working day counted; `null` for sar and agenda. */
  readonly firstCountedDay: string | null;
  readonly calendarDays: number;
  readonly calendar: string;
  readonly ruleDetails: JsonRule;
  readonly citation: string;
  readonly counting: string;
  /** The last year of announced holidays in the data used; later years warn. */
  readonly horizonYear: number;
  readonly holidaysFile: string | null;
  readonly receiptConvention: { readonly id: ReceiptConvention; readonly label: string };
  /** The day counting runs from: the receipt, or the deemed receipt. */
  readonly countedFrom: string;
  /** sar: the corresponding date, when the deadline moved off it to a working day. */
  readonly unadjustedDate?: string;
  /** `--explain`: every day from the day after the date given to the deadline. */
  readonly days?: readonly JsonExplainedDay[];
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

export const toJsonRule = (rule: Rule): JsonRule => ({
  id: rule.id,
  title: rule.title,
  amount: rule.amount,
  unit: rule.unit,
  event: rule.event,
  citation: rule.citation,
  basis: rule.basis,
  counting: rule.counting,
  region: rule.calendar,
  legalBasis: rule.legalBasis,
});

export const toJsonExplainedDay = (day: ExplainedDay): JsonExplainedDay => ({
  date: formatIsoDay(day.day),
  weekday: weekdayName(day.day),
  counted: day.counted,
  dayNumber: day.dayNumber,
  reason: explainedReason(day),
  holidaySource: day.nonWorking?.kind === 'holiday' ? day.nonWorking.holiday.source : null,
});

/** A rule's date within a result (the deadline itself or a companion's), as every document lists it. */
export const toJsonMilestone = (m: DatedRule): JsonMilestone => ({
  rule: m.rule.id,
  title: m.rule.title,
  workingDays: m.rule.unit === 'working-days' ? m.rule.amount : null,
  date: formatIsoDay(m.date),
  calendarDays: m.calendarDays,
  basis: m.rule.basis,
  citation: m.rule.citation,
});

/** Warnings as JSON: `{ code, message, ...facts }`. */
export const warningsJson = (warnings: readonly Warning[], wording?: WarningWording): JsonWarning[] =>
  warnings.map((warning) => warningJson(warning, wording));

/** What the deadline document adds around the core result: the data used and the trail. */
export interface DeadlineExtras {
  readonly holidaysFile: string | undefined;
  readonly days?: readonly ExplainedDay[] | undefined;
  readonly wording?: WarningWording;
}

/** The `--json` document of the default command (and the library's `deadline()`), for any rule. */
export function deadlineJson(result: DeadlineResult, extras: DeadlineExtras): DeadlineJson {
  const { rule } = result;
  const workingDays = rule.unit === 'working-days' ? rule.amount : null;
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'deadline',
    receiptDate: formatIsoDay(result.event),
    rule: rule.id,
    deadline: formatIsoDay(result.deadline),
    workingDays,
    firstCountedDay: result.firstCountedDay === null ? null : formatIsoDay(result.firstCountedDay),
    calendarDays: result.calendarDays,
    calendar: result.calendar.id,
    ruleDetails: toJsonRule(rule),
    citation: rule.citation,
    counting: rule.counting,
    horizonYear: result.calendar.horizonYear,
    holidaysFile: extras.holidaysFile ?? null,
    receiptConvention: { id: result.receiptConvention, label: RECEIPT_CONVENTION_LABELS[result.receiptConvention] },
    countedFrom: formatIsoDay(result.countedFrom),
    ...(result.unadjustedDeadline === null ? {} : { unadjustedDate: formatIsoDay(result.unadjustedDeadline) }),
    ...(extras.days ? { days: extras.days.map(toJsonExplainedDay) } : {}),
    holidaysSkipped: holidaysSkippedJson(result),
    skippedDays: result.skippedDays.map((skipped) => ({ date: formatIsoDay(skipped.day), reason: skipped.reason.name })),
    milestones: result.milestones.map(toJsonMilestone),
    warnings: warningsJson(result.warnings, extras.wording),
  };
}

/** The bank holidays among a result's skipped days, as `holidaysSkipped` lists them. */
function holidaysSkippedJson(result: DeadlineResult): JsonHoliday[] {
  return holidaysAmong(result.skippedDays).map((skipped) => ({ date: formatIsoDay(skipped.day), name: skipped.reason.name }));
}

/** `add --json`: the date n working days after (or before) another. */
export function addJson(result: DeadlineResult): AddJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'add',
    from: formatIsoDay(result.event),
    workingDays: result.rule.amount,
    date: formatIsoDay(result.deadline),
    firstCountedDay: result.firstCountedDay === null ? null : formatIsoDay(result.firstCountedDay),
    calendarDays: result.calendarDays,
    holidaysSkipped: holidaysSkippedJson(result),
    warnings: warningsJson(result.warnings),
  };
}

export function countJson(from: DayNumber, to: DayNumber, workingDays: number, warnings: readonly Warning[]): CountJson {
  return { schemaVersion: SCHEMA_VERSION, command: 'count', from: formatIsoDay(from), to: formatIsoDay(to), workingDays, warnings: warningsJson(warnings) };
}

export function isWorkingDayJson(day: DayNumber, reason: NonWorkingReason | undefined, warnings: readonly Warning[]): IsWorkingDayJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'is-working-day',
    date: formatIsoDay(day),
    workingDay: reason === undefined,
    reason: reason?.name ?? null,
    warnings: warningsJson(warnings),
  };
}

export function holidaysJson(year: number, calendar: string, holidays: readonly Holiday[], warnings: readonly Warning[]): HolidaysJson {
  return { schemaVersion: SCHEMA_VERSION, command: 'holidays', year, calendar, holidays: holidays.map(toJsonHoliday), warnings: warningsJson(warnings) };
}

export function errorJson(code: ErrorJson['error']['code'], message: string, input: string | undefined): ErrorJson {
  return { schemaVersion: SCHEMA_VERSION, error: { code, message, input: input ?? null } };
}

/** One JSON document per run, pretty-printed, newline-terminated. */
export function stringifyJson(document: unknown): string {
  return jsonPieces(document).join('');
}

/**
 * The same document as two pieces, the JSON and its newline, for a document long enough (a
 * register's, 100 MB) that joining them would copy it all once more.
 */
export function jsonPieces(document: unknown): readonly [string, string] {
  return [JSON.stringify(document, null, 2), '\n'];
}
