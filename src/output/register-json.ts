/**
 * `register --json` and the library's `register()`: one document, separate from the core's types
 * (same conventions as json.ts: schemaVersion, ISO dates, warnings as `{code, message, ...facts}`).
 * schema/ofsted-deadline.schema.json describes it as `register`.
 */
import { formatIsoDay } from '../core/day.js';
import type { DeadlineResult } from '../core/deadline.js';
import type { Matter, MatterState, Register, RegisterErrorCode, RegisterSummary } from '../core/register.js';
import { type JsonMilestone, type JsonWarning, SCHEMA_VERSION, toJsonMilestone, warningsJson } from './json.js';
import { registerErrorMessage } from './register-words.js';
import type { WarningWording } from './warnings.js';

export interface RegisterMatterJson {
  /** The input line the row starts on (for a program's rows, its position from 1). */
  readonly line: number;
  readonly id: string;
  readonly title: string | null;
  readonly owner: string | null;
  readonly rule: string;
  /** The calendar counted on: the rule's own unless a region was chosen. */
  readonly calendar: string;
  /** The date given: the receipt (for agenda, the meeting). */
  readonly receiptDate: string;
  /** Day 1; `null` for a rule not counted in working days (sar, agenda). */
  readonly firstCountedDay: string | null;
  readonly deadline: string;
  readonly closed: string | null;
  /** As `status` counts them: 0 on the deadline, negative after it; `null` once closed. */
  readonly workingDaysRemaining: number | null;
  /** `closed-late` only: working days after the deadline up to and including the day closed. */
  readonly workingDaysLate: number | null;
  readonly state: MatterState;
  /** The Ofsted rules only: the companions due by the deadline, and the deadline itself. */
  readonly milestones?: readonly JsonMilestone[] | undefined;
  readonly warnings: readonly JsonWarning[];
}

export interface RegisterErrorJson {
  readonly line: number;
  readonly code: RegisterErrorCode;
  readonly message: string;
}

export interface RegisterJson {
  readonly schemaVersion: number;
  readonly command: 'register';
  /** The day the states are measured on. */
  readonly today: string;
  /** `due-soon`: due within this many working days. */
  readonly soonWorkingDays: number;
  /** Every good row, in input order. */
  readonly matters: readonly RegisterMatterJson[];
  /** Every bad row, in input order. */
  readonly errors: readonly RegisterErrorJson[];
  readonly summary: RegisterSummary;
}

const isoOrNull = (day: number | null): string | null => (day === null ? null : formatIsoDay(day));

/** What a matter's JSON takes from its deadline result alone. */
type ResultJson = Pick<RegisterMatterJson, 'rule' | 'calendar' | 'receiptDate' | 'firstCountedDay' | 'deadline' | 'milestones' | 'warnings'>;

/**
 * A function from a matter to its JSON. Matters share deadline results (one per calendar, rule and
 * receipt day), so what comes from the result is worked out once per result, not once per matter.
 */
export function matterJsonOf(wording?: WarningWording): (matter: Matter) => RegisterMatterJson {
  const byResult = new Map<DeadlineResult, ResultJson>();
  return (matter) => {
    const { result } = matter;
    let parts = byResult.get(result);
    if (!parts) {
      parts = {
        rule: result.rule.id,
        calendar: result.calendar.id,
        receiptDate: formatIsoDay(result.event),
        firstCountedDay: isoOrNull(result.firstCountedDay),
        deadline: formatIsoDay(result.deadline),
        ...(result.rule.companions === undefined ? {} : { milestones: result.milestones.map(toJsonMilestone) }),
        warnings: warningsJson(result.warnings, wording),
      };
      byResult.set(result, parts);
    }
    return {
      line: matter.line,
      id: matter.id,
      title: matter.title,
      owner: matter.owner,
      rule: parts.rule,
      calendar: parts.calendar,
      receiptDate: parts.receiptDate,
      firstCountedDay: parts.firstCountedDay,
      deadline: parts.deadline,
      closed: isoOrNull(matter.closed),
      workingDaysRemaining: matter.workingDaysRemaining,
      workingDaysLate: matter.workingDaysLate,
      state: matter.state,
      // Undefined for a rule without companions: JSON leaves the key out.
      milestones: parts.milestones,
      warnings: parts.warnings,
    };
  };
}

/** The register as one JSON document; `wording` as for every warning (the library names no CLI flags). */
export function registerJson(register: Register, wording?: WarningWording): RegisterJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'register',
    today: formatIsoDay(register.today),
    soonWorkingDays: register.soon,
    matters: register.matters.map(matterJsonOf(wording)),
    errors: register.errors.map((error) => ({ line: error.line, code: error.code, message: registerErrorMessage(error) })),
    summary: register.summary,
  };
}
