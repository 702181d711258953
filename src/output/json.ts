/**
 * The JSON contract: what `--json` writes, separate from the core's internal types so the core can
 * grow without breaking scripts. schema/ofsted-deadline.schema.json describes the same shapes and a
 * test validates every command's output against it.
 */
import { type OfstedDeadlines, type Warning, type WorkingDayCount, holidaysAmong } from '../core/deadline.js';
import type { Holiday } from '../core/calendar.js';
import type { ExplainedDay } from '../core/explain.js';
import type { RuleDeadline } from '../core/rule-deadline.js';
import { RECEIPT_CONVENTION_LABELS, type ReceiptConvention, type Rule } from '../core/rules.js';
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
export const toJsonWarning = (warning: Warning): JsonWarning => ({ code: warning.code, message: warning.message });

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
  date: day.date,
  weekday: day.weekday,
  counted: day.counted,
  dayNumber: day.dayNumber,
  reason: day.reason,
  holidaySource: day.holiday?.source ?? null,
});

/** What the deadline command adds around a core result: the rule, the data used, the trail. */
export interface DeadlineExtras {
  readonly rule: Rule;
  readonly horizonYear: number;
  readonly holidaysFile: string | undefined;
  readonly days: readonly ExplainedDay[] | undefined;
}

function extrasJson(extras: DeadlineExtras, convention: ReceiptConvention) {
  return {
    ruleDetails: toJsonRule(extras.rule),
    citation: extras.rule.citation,
    counting: extras.rule.counting,
    horizonYear: extras.horizonYear,
    holidaysFile: extras.holidaysFile ?? null,
    receiptConvention: { id: convention, label: RECEIPT_CONVENTION_LABELS[convention] },
    ...(extras.days ? { days: extras.days.map(toJsonExplainedDay) } : {}),
  };
}

/** The deadline document for any catalogue rule other than the Ofsted three. */
export function ruleDeadlineJson(result: RuleDeadline, calendar: string, extras: DeadlineExtras): DeadlineJson {
  const rule = result.rule;
  const skipped = result.skippedDays;
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'deadline',
    receiptDate: result.eventDate,
    rule: rule.id,
    deadline: result.deadline,
    workingDays: rule.unit === 'working-days' ? rule.amount : null,
    firstCountedDay: result.firstCountedDay ?? null,
    calendarDays: result.calendarDays,
    calendar,
    ...extrasJson(extras, result.receiptConvention),
    countedFrom: result.countedFrom,
    ...(result.unadjustedDate ? { unadjustedDate: result.unadjustedDate } : {}),
    holidaysSkipped: holidaysAmong(skipped).map(toJsonHoliday),
    skippedDays: skipped.map((day) => ({ date: day.date, reason: day.reason })),
    milestones: [
      {
        rule: rule.id,
        title: rule.title,
        workingDays: rule.unit === 'working-days' ? rule.amount : null,
        date: result.deadline,
        calendarDays: result.calendarDays,
        basis: rule.basis,
        citation: rule.citation,
      },
    ],
    warnings: result.warnings.map(toJsonWarning),
  };
}

export function deadlineJson(result: OfstedDeadlines, extras: DeadlineExtras): DeadlineJson {
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
    ...extrasJson(extras, result.receiptConvention),
    countedFrom: result.countedFrom,
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
