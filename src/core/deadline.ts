/**
 * The one deadline primitive. Every command, the library and `batch` call `computeDeadline`: any
 * rule of the catalogue (working days after receipt, calendar months, clear days before a meeting),
 * a one-off period in place of a rule's own, or plain working-day arithmetic (`add`), on any
 * calendar. It returns data only: day numbers, the days skipped and why, milestones, and warnings
 * as codes with their facts.
 */
import { addCalendarMonths } from './calendar-months.js';
import { type DayNumber, parseIsoDay } from './day.js';
import { DeadlineError } from './errors.js';
import { type InForce, RULES, type ReceiptConvention, type Rule, isRuleId } from './rules.js';
import { type Warning, horizonWarning } from './warnings.js';
import type { NonWorkingReason, WorkingDayIndex } from './working-days.js';

/** A day after the event that did not count, and why. */
export interface SkippedDay {
  readonly day: DayNumber;
  readonly reason: NonWorkingReason;
}

/** One rule's date within a result: the headline rule's own, or a companion's (a milestone). */
export interface DatedRule {
  readonly rule: Rule;
  readonly date: DayNumber;
  /** Calendar days from the event to this date. */
  readonly calendarDays: number;
}

export interface DeadlineRequest {
  /** The rule asked for: a catalogue rule, or `PLAIN_WORKING_DAYS` for bare arithmetic. */
  readonly rule: Rule;
  /** The date given: the receipt, or the meeting for `agenda`. */
  readonly event: DayNumber;
  /**
   * A one-off number of working days in place of the rule's own period (`--days N`). Negative or
   * zero only for plain arithmetic (`add`).
   */
  readonly workingDays?: number;
  /** How a receipt on a non-working day is treated; `ordinary` (the law's reading) by default. */
  readonly receiptConvention?: ReceiptConvention;
}

/** Everything a clerk needs to trust one deadline. */
export interface DeadlineResult {
  /** The rule applied: the one asked for, or its one-off stand-in (id `custom`). */
  readonly rule: Rule;
  /** The rule asked for. */
  readonly requestedRule: Rule;
  readonly event: DayNumber;
  readonly receiptConvention: ReceiptConvention;
  /** The day counting runs from: the event, or under the deemed convention the next working day. */
  readonly countedFrom: DayNumber;
  /** Day 1 of a working-day count (the last day counted, going backwards); `null` otherwise. */
  readonly firstCountedDay: DayNumber | null;
  readonly deadline: DayNumber;
  /** Calendar months: the corresponding date, when the deadline moved off it to a working day. */
  readonly unadjustedDeadline: DayNumber | null;
  /** Calendar days from the event to the deadline (negative when the deadline comes first). */
  readonly calendarDays: number;
  /** The rule's own date and its companions' due by then, in date order. */
  readonly milestones: readonly DatedRule[];
  /** The days an audit trail covers, both included (empty when `last < first`). */
  readonly trail: { readonly first: DayNumber; readonly last: DayNumber };
  /** Every non-working day in the trail, and why. */
  readonly skippedDays: readonly SkippedDay[];
  readonly calendar: { readonly id: string; readonly title: string; readonly horizonYear: number };
  readonly warnings: readonly Warning[];
}

/** Plain working-day arithmetic (`add`): no statute of its own, so no rule warnings. */
export const PLAIN_WORKING_DAYS: Rule = {
  id: 'working-days',
  title: 'Working days',
  amount: 0,
  unit: 'working-days',
  event: 'receipt',
  counting: 'The given day never counts: day 1 is the first working day after it (before it, counting back).',
  calendar: 'england-and-wales',
  basis: 'practice',
  citation: 'working days as defined by SI 2007/462 reg 1(2)',
  legalBasis: 'Working-day arithmetic.',
};

function outOfRange(index: WorkingDayIndex, what: string): never {
  throw new DeadlineError('out-of-range', `${what} falls outside the supported years ${index.calendar.firstYear}–${index.calendar.lastYear}`);
}

/**
 * Where counting starts. `ordinary`: the receipt day itself (it never counts). `deemed-next-working-day`:
 * a receipt on a non-working day is deemed to arrive on the next working day.
 */
function countingStart(index: WorkingDayIndex, event: DayNumber, convention: ReceiptConvention): DayNumber {
  return convention === 'deemed-next-working-day' && !index.isWorkingDay(event) ? index.add(event, 1) : event;
}

interface PeriodEnd {
  readonly start: DayNumber;
  readonly deadline: DayNumber;
  readonly unadjusted: DayNumber | null;
}

/** The arithmetic of each unit; nothing else. */
function periodEnd(index: WorkingDayIndex, rule: Rule, event: DayNumber, convention: ReceiptConvention): PeriodEnd {
  const start = countingStart(index, event, convention);
  switch (rule.unit) {
    case 'working-days':
      return { start, deadline: index.add(start, rule.amount), unadjusted: null };
    case 'calendar-months': {
      // UK GDPR Art 12(3), ICO guidance: the corresponding date (or the month's last day), then
      // the next working day when that is not one.
      const unadjusted = addCalendarMonths(start, rule.amount);
      if (unadjusted > index.lastDay) outOfRange(index, `${rule.amount} calendar month(s) after the receipt`);
      const deadline = index.isWorkingDay(unadjusted) ? unadjusted : index.add(unadjusted, 1);
      return { start, deadline, unadjusted: unadjusted === deadline ? null : unadjusted };
    }
    case 'clear-working-days-before':
      // LGA 1972 s100B, Elitestone: N clear working days lie strictly between publication and the
      // meeting, so publication is the (N+1)th working day before it.
      if (index.count(index.firstDay, event) <= rule.amount + 1) outOfRange(index, `publication ${rule.amount} clear working days before the meeting`);
      return { start, deadline: index.add(event, -(rule.amount + 1)), unadjusted: null };
  }
}

export function skippedDaysIn(index: WorkingDayIndex, first: DayNumber, last: DayNumber): SkippedDay[] {
  const skipped: SkippedDay[] = [];
  for (let day = first; day <= last; day++) {
    const reason = index.nonWorkingReason(day);
    if (reason) skipped.push({ day, reason });
  }
  return skipped;
}

const inForceDays = new WeakMap<InForce, InForce & { readonly day: DayNumber }>();

/** A rule's in-force date as a day number (rules are data; a malformed one is a bug), read once per rule. */
function inForceOf(rule: Rule): (InForce & { readonly day: DayNumber }) | undefined {
  if (!rule.inForce) return undefined;
  let read = inForceDays.get(rule.inForce);
  if (read === undefined) {
    const day = parseIsoDay(rule.inForce.from);
    if (day === undefined) throw new Error(`rule ${rule.id} has a malformed inForce date ${rule.inForce.from}`);
    inForceDays.set(rule.inForce, (read = { ...rule.inForce, day }));
  }
  return read;
}

/** The applied rule: the one asked for, or a one-off period in its place. */
function appliedRule(request: DeadlineRequest): Rule {
  const { rule, workingDays } = request;
  if (workingDays === undefined) return rule;
  if (rule.unit !== 'working-days') {
    throw new DeadlineError(
      'invalid-argument',
      `a one-off number of working days cannot replace the ${rule.id} rule's period: it is counted in ${rule.unit.replaceAll('-', ' ')}`,
      String(workingDays),
    );
  }
  if (rule === PLAIN_WORKING_DAYS) return { ...rule, amount: workingDays };
  return {
    ...rule,
    id: 'custom',
    title: `Custom period of ${workingDays} working day${workingDays === 1 ? '' : 's'}`,
    amount: workingDays,
    basis: 'practice',
    citation: `a period chosen by the user in place of ${rule.citation}`,
    legalBasis: `A one-off count of ${workingDays} working days after receipt, counted as the ${rule.id} rule counts.`,
    companions: (rule.companions ?? []).filter((id) => id !== rule.id),
  };
}

function milestonesOf(index: WorkingDayIndex, rule: Rule, event: DayNumber, start: DayNumber, deadline: DayNumber): DatedRule[] {
  const dated: DatedRule[] = [{ rule, date: deadline, calendarDays: deadline - event }];
  for (const id of rule.companions ?? []) {
    if (id === rule.id || !isRuleId(id)) continue;
    const companion = RULES[id];
    if (companion.unit !== 'working-days') continue;
    const date = index.add(start, companion.amount);
    if (date <= deadline) dated.push({ rule: companion, date, calendarDays: date - event });
  }
  return dated.sort((a, b) => a.date - b.date || a.rule.amount - b.rule.amount);
}

function warningsOf(index: WorkingDayIndex, request: DeadlineRequest, result: Omit<DeadlineResult, 'warnings'>): Warning[] {
  const { requestedRule, event, trail, skippedDays, calendar } = result;
  const isCatalogueRule = isRuleId(requestedRule.id);
  const warnings: Warning[] = [];
  // Every rule whose date is shown must have applied on the event's day: one warning per
  // instrument (the written statement and the published report share SI 2007/462).
  const rulesShown = [requestedRule, ...result.milestones.map((m) => m.rule).filter((rule) => rule.id !== 'custom' && rule !== requestedRule)];
  const instruments = new Set<string>();
  for (const rule of rulesShown) {
    const inForce = inForceOf(rule);
    if (inForce === undefined || event >= inForce.day || instruments.has(inForce.by)) continue;
    instruments.add(inForce.by);
    warnings.push({ code: 'before-in-force', rule: rule.id, event, inForce: inForce.day, by: inForce.by, precision: inForce.precision });
  }
  if (isCatalogueRule && request.workingDays !== undefined) {
    warnings.push({ code: 'custom-period', rule: requestedRule.id, workingDays: request.workingDays, statutoryWorkingDays: requestedRule.amount });
  }
  if (isCatalogueRule && calendar.id !== requestedRule.calendar) {
    warnings.push({ code: 'region-not-statutory', rule: requestedRule.id, region: calendar.id, statutoryRegion: requestedRule.calendar });
  }
  if (isCatalogueRule && requestedRule.event === 'receipt') {
    const reason = index.nonWorkingReason(event);
    if (reason) {
      const otherConvention = result.receiptConvention === 'ordinary' ? 'deemed-next-working-day' : 'ordinary';
      const other = periodEnd(index, result.rule, event, otherConvention);
      if (result.countedFrom !== event) warnings.push({ code: 'deemed-receipt', receipt: event, deemedReceipt: result.countedFrom });
      warnings.push({ code: 'receipt-on-non-working-day', receipt: event, reason: reason.name, otherConvention, otherDeadline: other.deadline });
    }
  }
  warnings.push(...calendarChangeWarnings(index, skippedDays, trail.first, trail.last));
  const lastDay = Math.max(event, result.deadline, trail.last);
  warnings.push(...horizonWarning(calendar, lastDay));
  return warnings;
}

/**
 * What makes a count over `first`..`last` differ from the statutory calendar: days the user added
 * as holidays (`extra-holidays`, from `skipped`, the non-working days of that span) and days where
 * a holidays file adds or removes a holiday (`holidays-file-differs`). A renamed day moves no date,
 * so it is not one. computeDeadline, count and is-working-day share it.
 */
export function calendarChangeWarnings(index: WorkingDayIndex, skipped: readonly SkippedDay[], first: DayNumber, last: DayNumber): Warning[] {
  const warnings: Warning[] = [];
  const extra = skipped.filter((day) => day.reason.kind === 'holiday' && day.reason.holiday.source === 'extra-holiday');
  if (extra.length > 0) warnings.push({ code: 'extra-holidays', days: extra.map((day) => day.day) });
  const differences = (index.calendar.differences ?? []).filter((difference) => {
    const day = parseIsoDay(difference.date);
    return difference.change !== 'renamed' && day !== undefined && day >= first && day <= last;
  });
  if (differences.length > 0) warnings.push({ code: 'holidays-file-differs', differences });
  return warnings;
}

/**
 * Applies a rule to a date: the deadline, day 1, every skipped day and why, the milestones due by
 * the deadline, and the warnings the answer earns.
 *
 * @example
 * formatIsoDay(computeDeadline(index, { rule: RULES['written-statement'], event: parseIsoDay('2014-12-10')! }).deadline)
 * //=> '2015-03-23'
 */
export function computeDeadline(index: WorkingDayIndex, request: DeadlineRequest): DeadlineResult {
  const requestedRule = request.rule;
  const convention = request.receiptConvention ?? 'ordinary';
  if (requestedRule.event === 'meeting' && convention !== 'ordinary') {
    throw new DeadlineError(
      'invalid-argument',
      `the receipt convention "${convention}" does not apply to the ${requestedRule.id} rule: its date is a meeting, not a receipt`,
      convention,
    );
  }
  index.assertSupported(request.event);
  const rule = appliedRule(request);
  const { event } = request;
  const { start, deadline, unadjusted } = periodEnd(index, rule, event, convention);
  const forwards = deadline >= event;
  const trail = forwards ? { first: event + 1, last: deadline } : { first: deadline + 1, last: event - 1 };
  const isWorkingDayCount = rule.unit === 'working-days' && rule.amount !== 0;
  const partial = {
    rule,
    requestedRule,
    event,
    receiptConvention: convention,
    countedFrom: start,
    firstCountedDay: isWorkingDayCount ? index.add(start, rule.amount > 0 ? 1 : -1) : null,
    deadline,
    unadjustedDeadline: unadjusted,
    calendarDays: deadline - event,
    milestones: rule.unit === 'working-days' && rule.amount > 0 ? milestonesOf(index, rule, event, start, deadline) : [{ rule, date: deadline, calendarDays: deadline - event }],
    trail,
    skippedDays: skippedDaysIn(index, trail.first, trail.last),
    calendar: { id: index.calendar.id, title: index.calendar.title, horizonYear: index.calendar.horizonYear },
  };
  return { ...partial, warnings: warningsOf(index, request, partial) };
}

/** The bank holidays among skipped days: the ones that cost a working day. */
export function holidaysAmong(skipped: readonly SkippedDay[]): SkippedDay[] {
  return skipped.filter((day) => day.reason.kind === 'holiday');
}
