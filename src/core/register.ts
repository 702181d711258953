/**
 * A register of matters: every deadline a team owes, from the rows of its log. Pure: rows in (read
 * from a file by the CLI, or handed over by a program), matters and errors out. Every row yields
 * exactly one matter or one error, with its line, so nothing is dropped. Each matter's deadline is
 * the one `computeDeadline` gives (the same as every command's), and its state is measured on a
 * day passed in; nothing here reads a clock.
 */
import { closestName } from './closest.js';
import type { DayNumber } from './day.js';
import { type DayTextProblem, readDayText } from './day-text.js';
import { type DatedRule, type DeadlineResult, computeDeadline } from './deadline.js';
import { DeadlineError } from './errors.js';
import { RULES, RULE_IDS, type ReceiptConvention, type Rule, type RuleId, isRuleId } from './rules.js';
import { DEFAULT_REMINDERS_BEFORE, largestFirst } from './schedule.js';
import type { WorkingDayIndex } from './working-days.js';

/** The columns a register has; `id` and `received` are required. */
export const REGISTER_FIELDS = ['id', 'received', 'rule', 'title', 'owner', 'closed'] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/**
 * Where a matter stands on a day. Open: `overdue` (the deadline has passed), `due-today`,
 * `due-soon` (due within the given number of working days), `open`. Closed on or before the day:
 * `closed-on-time` (on or before the deadline), `closed-late`.
 */
export const MATTER_STATES = ['overdue', 'due-today', 'due-soon', 'open', 'closed-on-time', 'closed-late'] as const;
export type MatterState = (typeof MATTER_STATES)[number];

/** Every code a register row's error can carry: stable, for scripts. */
export const REGISTER_ERROR_CODES = [
  'unreadable-row',
  'missing-id',
  'duplicate-id',
  'missing-received',
  'invalid-date',
  'out-of-range',
  'unknown-rule',
  'closed-before-received',
] as const;
export type RegisterErrorCode = (typeof REGISTER_ERROR_CODES)[number];

/** Why a row could not be read as a row at all. */
export type UnreadableReason =
  /** A JSON array element that is not an object. */
  | { readonly reason: 'not-an-object'; readonly type: string }
  /** A value that is neither text nor (for id, title and owner) a number. */
  | { readonly reason: 'not-text'; readonly field: RegisterField; readonly type: string }
  /** A CSV row with more non-blank fields than the header has columns. */
  | { readonly reason: 'extra-fields'; readonly fields: number; readonly columns: number }
  /** What the CSV parser said. */
  | { readonly reason: 'malformed'; readonly detail: string };

/** Why a row gave no matter, as a code with its facts (src/output/register-words.ts words them). */
export type RegisterProblem =
  | ({ readonly code: 'unreadable-row' } & UnreadableReason)
  | { readonly code: 'missing-id' }
  | { readonly code: 'duplicate-id'; readonly id: string; readonly firstLine: number }
  | { readonly code: 'missing-received' }
  | {
      readonly code: 'invalid-date';
      readonly field: 'received' | 'closed';
      readonly input: string;
      readonly problem: Extract<DayTextProblem, { kind: 'format' | 'no-such-day' }>;
    }
  | {
      readonly code: 'out-of-range';
      /** `deadline`: the date is supported but the deadline counted from it is not. */
      readonly field: 'received' | 'closed' | 'deadline';
      readonly input: string;
      readonly firstYear: number;
      readonly lastYear: number;
    }
  | { readonly code: 'unknown-rule'; readonly input: string; readonly closest: RuleId | null }
  | { readonly code: 'closed-before-received'; readonly closed: DayNumber; readonly received: DayNumber };

export type RegisterError = RegisterProblem & { readonly line: number };

/** A row's values by field, as a reader found them (text, a number, or absent). */
export type RegisterValues = { readonly [F in RegisterField]?: unknown };

/** One row handed to `buildRegister`: its values, or why it could not be read. */
export type RegisterRecord =
  | { readonly line: number; readonly values: RegisterValues }
  | { readonly line: number; readonly unreadable: UnreadableReason };

export interface Matter {
  /** The input line the row starts on (for a program's rows, the row's position from 1). */
  readonly line: number;
  readonly id: string;
  readonly title: string | null;
  readonly owner: string | null;
  /** The deadline of the matter's rule counted from its receipt, as every command counts it. */
  readonly result: DeadlineResult;
  /** The day the matter was answered or done, as the row gives it. */
  readonly closed: DayNumber | null;
  /**
   * Working days after today up to and including the deadline, as `status` counts them: 0 on the
   * deadline day, negative once working days have passed after it. `null` once closed.
   */
  readonly workingDaysRemaining: number | null;
  /** `closed-late`: working days after the deadline up to and including the day it was closed. */
  readonly workingDaysLate: number | null;
  readonly state: MatterState;
}

export type RegisterSummary = { readonly [S in MatterState]: number } & { readonly errors: number };

export interface Register {
  readonly today: DayNumber;
  /** `due-soon` means due within this many working days. */
  readonly soon: number;
  /** In input order. */
  readonly matters: readonly Matter[];
  /** In input order. */
  readonly errors: readonly RegisterError[];
  readonly summary: RegisterSummary;
}

/** `due-soon` unless said otherwise: due within five working days, a working week. */
export const DEFAULT_SOON_WORKING_DAYS = 5;

export interface RegisterOptions {
  readonly today: DayNumber;
  /** Working days ahead that count as `due-soon`. */
  readonly soon: number;
  /** The rule of a row that names none. */
  readonly defaultRule: Rule;
  /** How a receipt on a non-working day counts (`ordinary` by default); a meeting's date (agenda) is no receipt. */
  readonly receiptConvention?: ReceiptConvention;
  /** The working-day index a rule counts on (its own calendar, unless the caller chose another). */
  readonly indexFor: (rule: Rule) => WorkingDayIndex;
}

/** The names a register's columns go by in a file, when they are not the fields' own names. */
export type ColumnNames = { readonly [F in RegisterField]?: string };

const normalName = (name: string): string => name.trim().toLowerCase();

/**
 * Which of `names` (a CSV header, an object's keys) holds each field: the name `columns` gives the
 * field, else the field's own name, matched case-insensitively with surrounding spaces ignored.
 * The first match wins.
 *
 * @example
 * matchColumns(['Reference', 'Date received', 'Rule'], { id: 'reference', received: 'date received' })
 * //=> { id: 0, received: 1, rule: 2 }
 */
export function matchColumns(names: readonly string[], columns: ColumnNames = {}): { [F in RegisterField]?: number } {
  const normal = names.map(normalName);
  const found: { [F in RegisterField]?: number } = {};
  for (const field of REGISTER_FIELDS) {
    const at = normal.indexOf(normalName(columns[field] ?? field));
    if (at >= 0) found[field] = at;
  }
  return found;
}

/**
 * An object's values by field (a JSON element, a program's row), its keys matched as `matchColumns`
 * matches a header.
 */
export function valuesOfObject(object: Readonly<Record<string, unknown>>, columns: ColumnNames = {}): RegisterValues {
  const keys = Object.keys(object);
  const values: { [F in RegisterField]?: unknown } = {};
  for (const [field, at] of Object.entries(matchColumns(keys, columns)) as [RegisterField, number][]) values[field] = object[keys[at]!];
  return values;
}

/** A JSON element or a program's row as a register record: its values, or why it is not a row. */
export function recordOfElement(element: unknown, line: number, columns: ColumnNames = {}): RegisterRecord {
  if (typeof element !== 'object' || element === null || Array.isArray(element)) return { line, unreadable: { reason: 'not-an-object', type: typeOfValue(element) } };
  return { line, values: valuesOfObject(element as Record<string, unknown>, columns) };
}

/** What a value is, in the words JSON uses. */
export function typeOfValue(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/**
 * The rule id nearest to a mistyped one, when it is near enough to be what was meant.
 *
 * @example
 * closestRuleId('written-statment') //=> 'written-statement'
 * closestRuleId('fio') //=> 'foi'
 * closestRuleId('planning appeal') //=> null
 */
export function closestRuleId(text: string): RuleId | null {
  return closestName(normalName(text), RULE_IDS, 2) ?? null;
}

/** A row's value as text: `undefined` when absent or blank, `null` when it is not text. */
function textOf(value: unknown, numbersToo: boolean): string | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (numbersToo && typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * What is wrong with a row, thrown from deep in reading it to the loop that records it. Not an
 * Error: a register can have thousands of bad rows, and an Error records a stack trace each time.
 */
class RowProblem {
  constructor(readonly problem: RegisterProblem) {}
}

/** A row's day: received or closed. */
function dayOf(text: string, field: 'received' | 'closed', index: WorkingDayIndex): DayNumber {
  const { firstYear, lastYear } = index.calendar;
  const reading = readDayText(text, index.calendar);
  if (reading.ok) return reading.day;
  const { problem } = reading;
  if (problem.kind === 'out-of-range') throw new RowProblem({ code: 'out-of-range', field, input: text, firstYear, lastYear });
  if (problem.kind === 'empty') throw new Error('a blank date reached dayOf');
  throw new RowProblem({ code: 'invalid-date', field, input: text, problem });
}

/** Deadline results are plain data: one per calendar, rule and receipt day serves every row that shares them. */
class DeadlineCache {
  private readonly results = new Map<WorkingDayIndex, Map<Rule, Map<DayNumber, DeadlineResult>>>();

  constructor(private readonly convention: ReceiptConvention) {}

  get(index: WorkingDayIndex, rule: Rule, event: DayNumber): DeadlineResult {
    let byRule = this.results.get(index);
    if (!byRule) this.results.set(index, (byRule = new Map()));
    let byDay = byRule.get(rule);
    if (!byDay) byRule.set(rule, (byDay = new Map()));
    let result = byDay.get(event);
    if (!result) byDay.set(event, (result = computeDeadline(index, { rule, event, receiptConvention: rule.event === 'receipt' ? this.convention : 'ordinary' })));
    return result;
  }
}

/** The state of an open matter on `today`. */
function openState(today: DayNumber, deadline: DayNumber, remaining: number, soon: number): MatterState {
  if (today > deadline) return 'overdue';
  if (today === deadline) return 'due-today';
  return remaining <= soon ? 'due-soon' : 'open';
}

interface Row {
  readonly id: string;
  readonly received: DayNumber;
  readonly rule: Rule;
  readonly title: string | null;
  readonly owner: string | null;
  readonly closed: DayNumber | null;
  readonly index: WorkingDayIndex;
}

/** Reads one row's values, or throws the first thing wrong with them. `seen` holds the ids of earlier rows. */
function readRow(line: number, values: RegisterValues, rules: RowRules, seen: Map<string, number>): Row {
  const idText = textField(values, 'id', true);
  const receivedText = textField(values, 'received', false);
  const ruleText = textField(values, 'rule', false);
  const closedText = textField(values, 'closed', false);
  const title = noteField(values, 'title');
  const owner = noteField(values, 'owner');
  if (idText === undefined) throw new RowProblem({ code: 'missing-id' });
  const id = idText.trim();
  const firstLine = seen.get(id);
  if (firstLine !== undefined) throw new RowProblem({ code: 'duplicate-id', id, firstLine });
  seen.set(id, line);
  if (receivedText === undefined) throw new RowProblem({ code: 'missing-received' });
  const { rule, index } = rules.resolve(ruleText);
  const received = dayOf(receivedText, 'received', index);
  const closed = closedText === undefined ? null : dayOf(closedText, 'closed', index);
  // An agenda's date is its meeting, which publication comes before; every other rule's is a receipt.
  if (closed !== null && closed < received && rule.event === 'receipt') throw new RowProblem({ code: 'closed-before-received', closed, received });
  return { id, received, rule, title, owner, closed, index };
}

/**
 * A row's rule and the index it counts on, from the text of its rule field (absent: the default
 * rule). Each distinct text is read once: a register names the same few rules on every row.
 */
class RowRules {
  private readonly known = new Map<string | undefined, { readonly rule: Rule; readonly index: WorkingDayIndex }>();

  constructor(private readonly options: RegisterOptions) {}

  resolve(ruleText: string | undefined): { readonly rule: Rule; readonly index: WorkingDayIndex } {
    let resolved = this.known.get(ruleText);
    if (resolved === undefined) {
      let rule = this.options.defaultRule;
      if (ruleText !== undefined) {
        const ruleId = normalName(ruleText);
        if (!isRuleId(ruleId)) throw new RowProblem({ code: 'unknown-rule', input: ruleText, closest: closestRuleId(ruleText) });
        rule = RULES[ruleId];
      }
      this.known.set(ruleText, (resolved = { rule, index: this.options.indexFor(rule) }));
    }
    return resolved;
  }
}

/** A field's text, `undefined` when absent or blank; a value that is not text is an unreadable row. */
function textField(values: RegisterValues, field: RegisterField, numbersToo: boolean): string | undefined {
  const value = textOf(values[field], numbersToo);
  if (value === null) throw new RowProblem({ code: 'unreadable-row', reason: 'not-text', field, type: typeOfValue(values[field]) });
  return value;
}

/** A title or owner: trimmed, with one kind of line break, as every other user text the tool carries. */
function noteField(values: RegisterValues, field: 'title' | 'owner'): string | null {
  const text = textField(values, field, true);
  if (text === undefined) return null;
  const trimmed = text.trim();
  return trimmed.includes('\r') ? trimmed.replace(/\r\n?/g, '\n') : trimmed;
}

function matterOf(line: number, row: Row, result: DeadlineResult, options: RegisterOptions): Matter {
  const { today, soon } = options;
  const { deadline } = result;
  // A matter closed after `today` was still open on it.
  const closedByToday = row.closed !== null && row.closed <= today;
  const remaining = closedByToday ? null : row.index.count(today, deadline);
  const late = closedByToday && row.closed! > deadline;
  return {
    line,
    id: row.id,
    title: row.title,
    owner: row.owner,
    result,
    closed: row.closed,
    workingDaysRemaining: remaining,
    workingDaysLate: late ? row.index.count(deadline, row.closed!) : null,
    state: remaining === null ? (late ? 'closed-late' : 'closed-on-time') : openState(today, deadline, remaining, soon),
  };
}

/**
 * The register of a list of rows: one matter per good row, one error per bad one, each with its
 * line, and the count of each state on `options.today`.
 *
 * @example
 * const register = buildRegister(
 *   [{ line: 2, values: { id: 'FOI-1', received: '2025-01-06', rule: 'foi' } }, { line: 3, values: { id: 'FOI-1', received: '2025-01-07' } }],
 *   { today: parseIsoDay('2025-02-03')!, soon: 5, defaultRule: RULES['written-statement'], indexFor: (rule) => builtInIndex(rule.calendar) },
 * );
 * register.matters.map((m) => [m.id, formatIsoDay(m.result.deadline), m.state]) //=> [['FOI-1', '2025-02-03', 'due-today']]
 * register.errors.map((e) => [e.line, e.code]) //=> [[3, 'duplicate-id']]
 */
export function buildRegister(records: Iterable<RegisterRecord>, options: RegisterOptions): Register {
  const matters: Matter[] = [];
  const errors: RegisterError[] = [];
  const seen = new Map<string, number>();
  const cache = new DeadlineCache(options.receiptConvention ?? 'ordinary');
  const rules = new RowRules(options);
  const counts: { -readonly [K in keyof RegisterSummary]: number } = {
    overdue: 0,
    'due-today': 0,
    'due-soon': 0,
    open: 0,
    'closed-on-time': 0,
    'closed-late': 0,
    errors: 0,
  };
  for (const record of records) {
    const { line } = record;
    try {
      if ('unreadable' in record) throw new RowProblem({ code: 'unreadable-row', ...record.unreadable });
      const row = readRow(line, record.values, rules, seen);
      let result: DeadlineResult;
      try {
        result = cache.get(row.index, row.rule, row.received);
      } catch (error) {
        if (!(error instanceof DeadlineError) || error.code !== 'out-of-range') throw error;
        const { firstYear, lastYear } = row.index.calendar;
        throw new RowProblem({ code: 'out-of-range', field: 'deadline', input: String(record.values.received), firstYear, lastYear });
      }
      const matter = matterOf(line, row, result, options);
      matters.push(matter);
      counts[matter.state]++;
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      errors.push({ line, ...error.problem });
      counts.errors++;
    }
  }
  return { today: options.today, soon: options.soon, matters, errors, summary: counts };
}

/** The order of `sortedByUrgency`: closed matters, on time or late, rank together. */
const URGENCY: Record<MatterState, number> = { overdue: 0, 'due-today': 1, 'due-soon': 2, open: 3, 'closed-on-time': 4, 'closed-late': 4 };

/**
 * Open matters first, most urgent first (overdue, due today, due soon, open), then closed ones;
 * each by deadline, then line.
 */
export function sortedByUrgency(matters: readonly Matter[]): Matter[] {
  // One number per matter, sorted as numbers by the typed array's own sort (no comparator called
  // 1.7 million times for 100,000 matters): rank and deadline, then the matter's position, which
  // is input order and so line order. A day number and a rank fit below 2^19, a position below
  // 2^32: the whole is exact in a double, and the position is its remainder.
  const keys = new Float64Array(matters.length);
  matters.forEach((matter, i) => (keys[i] = (URGENCY[matter.state] * 100_000 + matter.result.deadline) * POSITIONS + i));
  keys.sort();
  return Array.from(keys, (key) => matters[key % POSITIONS]!);
}

const POSITIONS = 2 ** 32;

/** Whether a matter was still open on the register's day. */
export function isOpen(matter: Matter): boolean {
  return matter.workingDaysRemaining !== null;
}

/** One dated milestone of an open matter (its deadline among them), for a calendar. */
export interface RegisterEvent {
  readonly matter: Matter;
  readonly milestone: DatedRule;
  /** Reminders before it: `workingDays` before, on `day`. Largest first. */
  readonly reminders: readonly { readonly workingDays: number; readonly day: DayNumber }[];
}

/**
 * The calendar of a register: every milestone of every matter still open (for an Ofsted rule its
 * companions due by the deadline, then the deadline itself; for any other rule the deadline), each
 * with a reminder `n` working days before it for every `n` in `before` shorter than the working
 * days from receipt to it. Closed matters have none, so they drop out of a subscribed calendar.
 */
export function registerEvents(register: Register, indexFor: (rule: Rule) => WorkingDayIndex, before: readonly number[] = DEFAULT_REMINDERS_BEFORE): RegisterEvent[] {
  const offsets = largestFirst(before);
  // Milestones and reminders depend on the deadline result alone, which matters share (one per
  // calendar, rule and receipt day): each is worked out once.
  const byResult = new Map<DeadlineResult, readonly Omit<RegisterEvent, 'matter'>[]>();
  const datedOf = (result: DeadlineResult): readonly Omit<RegisterEvent, 'matter'>[] => {
    let dated = byResult.get(result);
    if (!dated) {
      const index = indexFor(result.requestedRule);
      dated = result.milestones.map((milestone) => {
        const period = index.count(result.countedFrom, milestone.date);
        const reminders = offsets.filter((n) => n < period).map((n) => ({ workingDays: n, day: index.add(milestone.date, -n) }));
        return { milestone, reminders };
      });
      byResult.set(result, dated);
    }
    return dated;
  };
  return register.matters.filter(isOpen).flatMap((matter) => datedOf(matter.result).map((dated) => ({ matter, ...dated })));
}
