/**
 * ofsted-deadline as a library: the working-day arithmetic of the CLI, for programs that want it
 * without a subprocess. Days go in and come out as `YYYY-MM-DD` strings; nothing depends on the
 * machine's time zone or locale.
 *
 * `register(rows, { today })` turns a whole log of matters into deadlines and states, as
 * `ofsted-deadline register --json` does.
 *
 * Each function is a thin shell over what the CLI itself calls, on the same built-in index:
 * `deadline` and `register` over `computeDeadline`, the one deadline function; `addWorkingDays`,
 * `countWorkingDays` and `isWorkingDay` over the index's `add`, `count` and `isWorkingDay`, which
 * `computeDeadline` counts with too. So a library answer and a CLI answer cannot differ. Expected failures (a malformed date, a year
 * outside 1990–2199) throw a `DeadlineError` whose `code` says which.
 *
 * @example
 * import { deadline, addWorkingDays, countWorkingDays, isWorkingDay } from 'ofsted-deadline';
 * deadline('2014-12-10').deadline //=> '2015-03-23'
 * addWorkingDays('2015-03-23', -70) //=> '2014-12-10'
 * countWorkingDays('2014-12-10', '2015-03-23') //=> 70
 * isWorkingDay('2022-09-19') //=> false (the State Funeral of Queen Elizabeth II)
 */
import { builtInIndex } from './calendar/built-in.js';
import { DEFAULT_REGION, REGIONS, type Region } from './calendar/regions.js';
import { type DayNumber, type IsoDay, formatIsoDay, parseIsoDay } from './core/day.js';
import { computeDeadline } from './core/deadline.js';
import { DeadlineError } from './core/errors.js';
import { RECEIPT_CONVENTIONS, RULES, RULE_IDS, type ReceiptConvention, type Rule, type RuleId, isRuleId } from './core/rules.js';
import type { WorkingDayIndex } from './core/working-days.js';
import { type DeadlineJson, deadlineJson } from './output/json.js';
import {
  type ColumnNames,
  DEFAULT_SOON_WORKING_DAYS,
  buildRegister,
  recordOfElement,
} from './core/register.js';
import { type RegisterJson, registerJson } from './output/register-json.js';

export type { IsoDay, WeekdayName } from './core/day.js';
export { DeadlineError, type DeadlineErrorCode } from './core/errors.js';
export {
  COUNTING_CONVENTION,
  OFSTED_RULE_IDS,
  RECEIPT_CONVENTIONS,
  RULES,
  RULE_IDS,
  WORKING_DAY_DEFINITION,
  type OfstedRuleId,
  type ReceiptConvention,
  type Rule,
  type RuleId,
} from './core/rules.js';
export { WARNING_CODES, type WarningCode } from './core/warnings.js';
export { MATTER_STATES, REGISTER_ERROR_CODES, REGISTER_FIELDS, type MatterState, type RegisterErrorCode, type RegisterField } from './core/register.js';
export type {
  RegisterErrorJson as RegisterRowError,
  RegisterJson as RegisterResult,
  RegisterMatterJson as RegisterMatter,
} from './output/register-json.js';
export type { DeadlineJson as Deadline, JsonMilestone as Milestone, JsonWarning as Warning } from './output/json.js';
export { FIRST_SUPPORTED_YEAR, HORIZON_YEAR, LAST_SUPPORTED_YEAR, REGIONS, type Region } from './calendar/regions.js';

/** Which bank holidays count. */
export interface CalendarOptions {
  /** `england-and-wales` (the default, as SI 2007/462 reg 1(2) says), `scotland`, `northern-ireland` or `uk` (any of them). */
  readonly region?: Region;
}

export interface DeadlineOptions extends CalendarOptions {
  /** Any rule of the catalogue: `written-statement` (70 working days, the default), `publish-report`, `draft-action-plan`, `foi`, `eir`, `sar`, `agenda`. */
  readonly rule?: RuleId;
  /** Count this many working days instead of the rule's period (a one-off count, with a `custom-period` warning). */
  readonly days?: number;
  /** `ordinary` (the default: day 1 is the first working day after receipt) or `deemed-next-working-day`. */
  readonly receiptConvention?: ReceiptConvention;
}

function indexFor(options: { readonly region?: string } | undefined): WorkingDayIndex {
  const wanted = options?.region ?? DEFAULT_REGION;
  const region = REGIONS.find((known) => known === wanted);
  if (region === undefined) {
    throw new DeadlineError('invalid-argument', `unknown region ${JSON.stringify(wanted)}: expected one of ${REGIONS.join(', ')}`, String(wanted));
  }
  return builtInIndex(region);
}

/** A `YYYY-MM-DD` string to a day the index supports, or a DeadlineError naming the argument. */
function dayArgument(index: WorkingDayIndex, text: IsoDay, what: string): DayNumber {
  const day = typeof text === 'string' ? parseIsoDay(text) : undefined;
  if (day === undefined) throw new DeadlineError('invalid-date', `invalid ${what} ${JSON.stringify(text)}: expected a real date as YYYY-MM-DD`, String(text));
  index.assertSupported(day, text);
  return day;
}

/** A receipt convention as a caller gave it, checked; `ordinary` when absent. */
function receiptConventionOf(convention: ReceiptConvention = 'ordinary'): ReceiptConvention {
  if (!(RECEIPT_CONVENTIONS as readonly string[]).includes(convention)) {
    throw new DeadlineError('invalid-argument', `unknown receipt convention ${JSON.stringify(convention)}: expected ${RECEIPT_CONVENTIONS.join(' or ')}`, String(convention));
  }
  return convention;
}

/** A rule id as a caller gave it, checked. */
function ruleOf(ruleId: RuleId): Rule {
  if (!isRuleId(ruleId)) {
    throw new DeadlineError('invalid-argument', `unknown rule ${JSON.stringify(ruleId)}: expected one of ${RULE_IDS.join(', ')}`, String(ruleId));
  }
  return RULES[ruleId];
}

function wholeNumber(value: number, what: string, minimum: number): number {
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new DeadlineError('invalid-number', `invalid ${what} ${String(value)}: expected a whole number of at least ${minimum}`, String(value));
  }
  return value === 0 ? 0 : value; // Prevent negative zero.
}

/**
 * The deadline of a rule for a date (SI 2007/462 by default: the written statement of action,
 * 70 working days after receipt), as the CLI's `--json` document: the deadline, day 1, the
 * milestones due by then (the published report at 30 working days and the early draft action plan
 * at 20), the days skipped and why, and warnings as `{ code, message, ...facts }` whenever the
 * answer is not the plain statutory one. The day of receipt never counts (Dodds v Walker [1981]
 * 1 WLR 1027).
 *
 * @example
 * const result = deadline('2014-12-10');
 * result.deadline //=> '2015-03-23'
 * result.firstCountedDay //=> '2014-12-11'
 * result.milestones.map((m) => `${m.rule} ${m.date}`)
 * //=> ['draft-action-plan 2015-01-12', 'publish-report 2015-01-26', 'written-statement 2015-03-23']
 * deadline('2014-12-10', { rule: 'publish-report' }).deadline //=> '2015-01-26'
 * deadline('2025-07-31', { rule: 'foi' }).deadline //=> '2025-09-01'
 */
export function deadline(receiptDate: IsoDay, options: DeadlineOptions = {}): DeadlineJson {
  const rule = ruleOf(options.rule ?? 'written-statement');
  const index = indexFor(options.region === undefined ? { region: rule.calendar } : options);
  const receipt = dayArgument(index, receiptDate, 'receipt date');
  const convention = receiptConventionOf(options.receiptConvention);
  const result = computeDeadline(index, {
    rule,
    event: receipt,
    receiptConvention: convention,
    ...(options.days === undefined ? {} : { workingDays: wholeNumber(options.days, 'days', 1) }),
  });
  return deadlineJson(result, { holidaysFile: undefined, wording: { hints: false } });
}

/**
 * The nth working day after `date` (n > 0) or the |n|th before it (n < 0); `date` itself never
 * counts and n = 0 returns it unchanged. O(1) whatever n: an 80-year count costs what a 70-day
 * one does.
 *
 * @example
 * addWorkingDays('2014-12-10', 70) //=> '2015-03-23'
 * addWorkingDays('2015-03-23', -70) //=> '2014-12-10'
 */
export function addWorkingDays(date: IsoDay, workingDays: number, options: CalendarOptions = {}): IsoDay {
  const index = indexFor(options);
  const from = dayArgument(index, date, 'date');
  // The index's own arithmetic, as computeDeadline's is: only the date is asked for here, so none of
  // a deadline's day-by-day account (skipped days, warnings) is built and the call stays O(1).
  return formatIsoDay(index.add(from, wholeNumber(workingDays, 'number of working days', Number.MIN_SAFE_INTEGER)));
}

/**
 * Working days after `from` up to and including `to` (negative when `to` is earlier).
 *
 * @example
 * countWorkingDays('2014-12-10', '2015-03-23') //=> 70
 * countWorkingDays('2015-03-23', '2014-12-10') //=> -70
 */
export function countWorkingDays(from: IsoDay, to: IsoDay, options: CalendarOptions = {}): number {
  const index = indexFor(options);
  return index.count(dayArgument(index, from, 'from date'), dayArgument(index, to, 'to date'));
}

/**
 * Whether a day is a working day: not a Saturday, Sunday or bank holiday of the region
 * (SI 2007/462 reg 1(2) for England and Wales).
 *
 * @example
 * isWorkingDay('2022-09-19') //=> false (the State Funeral of Queen Elizabeth II)
 * isWorkingDay('2022-09-20') //=> true
 */
export function isWorkingDay(date: IsoDay, options: CalendarOptions = {}): boolean {
  const index = indexFor(options);
  return index.isWorkingDay(dayArgument(index, date, 'date'));
}

export interface RegisterOptions extends CalendarOptions {
  /** The day the states are measured on, `YYYY-MM-DD` (the library reads no clock). */
  readonly today: IsoDay;
  /** `due-soon`: due within this many working days (default 5). */
  readonly soon?: number;
  /** The rule of a row that names none (default `written-statement`). */
  readonly rule?: RuleId;
  readonly receiptConvention?: ReceiptConvention;
  /** The keys your rows use for the register's fields, e.g. `{ id: 'Reference', received: 'Date received' }`. */
  readonly columns?: ColumnNames;
}

/**
 * The register of a list of rows, as `ofsted-deadline register --json` gives it: one matter per
 * good row (its deadline, working days left and state on `today`), one error per bad row, and a
 * count of each. Each row is an object with `id` and `received` (`YYYY-MM-DD` or `DD/MM/YYYY`),
 * and optionally `rule`, `title`, `owner` and `closed`, keys matched case-insensitively (or named
 * by `columns`). A row's `line` is its position in `rows`, from 1. Warnings name no CLI flags.
 *
 * @example
 * const result = register(
 *   [{ id: 'FOI-1', received: '2025-02-03', rule: 'foi' }, { id: 'FOI-1', received: '2025-02-04' }],
 *   { today: '2025-03-03' },
 * );
 * result.matters.map((m) => [m.id, m.deadline, m.state]) //=> [['FOI-1', '2025-03-03', 'due-today']]
 * result.errors.map((e) => `${e.line} ${e.code}`) //=> ['2 duplicate-id']
 * result.summary['due-today'] //=> 1
 */
export function register(rows: readonly unknown[], options: RegisterOptions): RegisterJson {
  const today = dayArgument(indexFor(options), options.today, 'today');
  const records = rows.map((row, i) => recordOfElement(row, i + 1, options.columns));
  const built = buildRegister(records, {
    today,
    soon: options.soon === undefined ? DEFAULT_SOON_WORKING_DAYS : wholeNumber(options.soon, 'soon', 0),
    defaultRule: ruleOf(options.rule ?? 'written-statement'),
    receiptConvention: receiptConventionOf(options.receiptConvention),
    indexFor: (rule) => indexFor(options.region === undefined ? { region: rule.calendar } : options),
  });
  return registerJson(built, { hints: false });
}
