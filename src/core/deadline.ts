import type { Holiday, HolidayCalendar } from './calendar.js';
import { type DayNumber, type IsoDay, formatIsoDay, weekdayName, yearOf, type WeekdayName } from './day.js';
import {
  OFSTED_MILESTONE_ORDER,
  OFSTED_RULES,
  SI_2007_462_IN_FORCE,
  customRule,
  type OfstedRuleId,
  type ReceiptConvention,
  type RuleBasis,
  type WorkingDayRule,
} from './rules.js';
import type { WorkingDayIndex } from './working-days.js';

export interface SkippedDay {
  readonly date: IsoDay;
  readonly weekday: WeekdayName;
  /** `Saturday`, `Sunday` or the holiday's name. */
  readonly reason: string;
  readonly kind: 'weekend' | 'holiday';
  /** The holiday itself (with its source), for a holiday. */
  readonly holiday?: Holiday;
}

export interface Milestone {
  readonly rule: string;
  readonly title: string;
  readonly workingDays: number;
  readonly date: IsoDay;
  readonly weekday: WeekdayName;
  readonly calendarDays: number;
  readonly basis: RuleBasis;
  readonly citation: string;
  readonly legalBasis: string;
}

export interface Warning {
  readonly code: 'beyond-horizon' | 'before-in-force';
  readonly message: string;
}

/** Everything a clerk needs to trust one count of working days. */
export interface WorkingDayCount {
  readonly receiptDate: IsoDay;
  readonly receiptWeekday: WeekdayName;
  /** Day 1: the first working day after the receipt date. */
  readonly firstCountedDay: IsoDay;
  readonly deadline: IsoDay;
  readonly deadlineWeekday: WeekdayName;
  readonly workingDays: number;
  /** Calendar days from the receipt date to the deadline. */
  readonly calendarDays: number;
  /** Weekday bank holidays between receipt and deadline that did not count. */
  readonly holidaysSkipped: readonly Holiday[];
  /** Every day after receipt up to the deadline that did not count, and why. */
  readonly skippedDays: readonly SkippedDay[];
  readonly warnings: readonly Warning[];
}

export interface OfstedDeadlines extends WorkingDayCount {
  /** The headline rule: the written statement, or the `--days` period that replaced it. */
  readonly rule: Milestone;
  /** One entry per rule, in date order. */
  readonly milestones: readonly Milestone[];
  readonly calendar: { readonly id: string; readonly title: string; readonly horizonYear: number };
  readonly receiptConvention: ReceiptConvention;
  /** The day counting runs from: the receipt, or the deemed receipt under that convention. */
  readonly countedFrom: IsoDay;
}

/** Every non-working day after `after` up to and including `upTo`, with its reason. */
export function skippedDaysBetween(index: WorkingDayIndex, after: DayNumber, upTo: DayNumber): SkippedDay[] {
  const skipped: SkippedDay[] = [];
  for (let day = after + 1; day <= upTo; day++) {
    const reason = index.nonWorkingReason(day);
    if (!reason) continue;
    const entry = { date: formatIsoDay(day), weekday: weekdayName(day), reason: reason.name };
    skipped.push(reason.kind === 'holiday' ? { ...entry, kind: 'holiday', holiday: reason.holiday } : { ...entry, kind: 'weekend' });
  }
  return skipped;
}

/** The bank holidays among skipped days: the ones that cost a working day. */
export function holidaysAmong(skipped: readonly SkippedDay[]): Holiday[] {
  return skipped.flatMap((day) => (day.holiday ? [day.holiday] : []));
}

/** Where to get a newer list of announced bank holidays, for the horizon warning. */
export const NEWER_HOLIDAYS_HINT =
  'To use newer announced holidays, download the gov.uk list (https://www.gov.uk/bank-holidays.json) and pass it with --holidays-file FILE (or name it in OFSTED_DEADLINE_HOLIDAYS_FILE); add a single new day with --extra-holiday YYYY-MM-DD=name.';

/**
 * The warnings a counted period from `from` to `to` earns. `beyond-horizon` when it reaches a year
 * after the calendar's horizon (the last year of announced holidays in the data in use: 2028 for
 * the built-in data, later when a holidays file goes further); none inside it.
 */
export function warningsFor(index: WorkingDayIndex, from: DayNumber, to: DayNumber): Warning[] {
  const lastYear = yearOf(Math.max(from, to));
  return horizonWarnings(index.calendar, lastYear, `The count reaches ${lastYear}`);
}

/**
 * A warning when an answer depends on a year after the calendar's horizon, where holidays are
 * projected from the statutory rules. `lead` names what reaches that year ("The count reaches 2031").
 */
export function horizonWarnings(calendar: HolidayCalendar, year: number, lead: string): Warning[] {
  if (year <= calendar.horizonYear) return [];
  return [
    {
      code: 'beyond-horizon',
      message: `${lead}, after ${calendar.horizonYear}, the horizon: the last year of announced bank holidays in the data in use (${calendar.title}). Later years follow the statutory rules and cannot know a holiday proclaimed in future. ${NEWER_HOLIDAYS_HINT}`,
    },
  ];
}

/**
 * The nth working day after a day (or before it, for negative n), with day 1, the skipped days
 * and any warnings.
 *
 * @example
 * countWorkingDaysFrom(index, parseIsoDay('2014-12-10')!, 70).deadline //=> '2015-03-23'
 */
export function countWorkingDaysFrom(index: WorkingDayIndex, from: DayNumber, workingDays: number): WorkingDayCount {
  const deadline = index.add(from, workingDays);
  // n = 0 counts nothing: day 1 is named when the calendar has a working day after `from`, but
  // its absence (from = 2199-12-31, the last supported day) is no error.
  const hasDayOne = workingDays !== 0 || index.count(from, index.lastDay) > 0;
  const firstCounted = hasDayOne ? index.add(from, workingDays >= 0 ? 1 : -1) : from;
  const [low, high] = deadline >= from ? [from, deadline] : [deadline, from - 1];
  const skippedDays = skippedDaysBetween(index, low, high);
  return {
    receiptDate: formatIsoDay(from),
    receiptWeekday: weekdayName(from),
    firstCountedDay: formatIsoDay(firstCounted),
    deadline: formatIsoDay(deadline),
    deadlineWeekday: weekdayName(deadline),
    workingDays,
    calendarDays: deadline - from,
    holidaysSkipped: holidaysAmong(skippedDays),
    skippedDays,
    warnings: warningsFor(index, from, deadline),
  };
}

function milestone(receipt: DayNumber, date: DayNumber, rule: WorkingDayRule): Milestone {
  return {
    rule: rule.id,
    title: rule.title,
    workingDays: rule.workingDays,
    date: formatIsoDay(date),
    weekday: weekdayName(date),
    calendarDays: date - receipt,
    basis: rule.basis,
    citation: rule.citation,
    legalBasis: rule.legalBasis,
  };
}

export interface OfstedDeadlineOptions {
  /** Replaces the headline rule's working days for a one-off count (`--days N`). */
  readonly days?: number;
  /** The headline rule (`--rule`); the written statement by default. */
  readonly rule?: OfstedRuleId;
  /** How a receipt on a non-working day is treated; `ordinary` (the law's reading) by default. */
  readonly receiptConvention?: ReceiptConvention;
}

/**
 * The Ofsted deadlines for a report received on `receipt`: the written statement of action
 * (70 working days, the headline), the published report (30) and the early draft action plan (20).
 *
 * @example
 * ofstedDeadlines(index, parseIsoDay('2014-12-10')!).deadline //=> '2015-03-23'
 */
export function ofstedDeadlines(index: WorkingDayIndex, receipt: DayNumber, options: OfstedDeadlineOptions = {}): OfstedDeadlines {
  const headlineId = options.rule ?? 'written-statement';
  const headlineRule = options.days === undefined ? OFSTED_RULES[headlineId] : customRule(options.days);
  const receiptConvention = options.receiptConvention ?? 'ordinary';
  const start = countingStart(index, receipt, receiptConvention);
  const dated = OFSTED_MILESTONE_ORDER.map((id) => (id === headlineId ? headlineRule : OFSTED_RULES[id]))
    .map((rule) => ({ rule, date: index.add(start, rule.workingDays) }))
    .sort((a, b) => a.date - b.date || a.rule.workingDays - b.rule.workingDays);
  const milestones = dated.map(({ rule, date }) => milestone(receipt, date, rule));
  const deadline = dated.find((entry) => entry.rule === headlineRule)!.date;
  // Skipped days and calendar days are measured from the real receipt, whatever the convention.
  const skippedDays = skippedDaysBetween(index, receipt, deadline);
  const warnings = warningsFor(index, receipt, dated[dated.length - 1]!.date);
  if (formatIsoDay(receipt) < SI_2007_462_IN_FORCE) {
    warnings.push({
      code: 'before-in-force',
      message: `SI 2007/462 came into force on ${SI_2007_462_IN_FORCE}; a report received on ${formatIsoDay(receipt)} was not subject to it. The dates are shown as the same count of working days.`,
    });
  }
  return {
    receiptDate: formatIsoDay(receipt),
    receiptWeekday: weekdayName(receipt),
    firstCountedDay: formatIsoDay(index.add(start, 1)),
    deadline: formatIsoDay(deadline),
    deadlineWeekday: weekdayName(deadline),
    workingDays: headlineRule.workingDays,
    calendarDays: deadline - receipt,
    holidaysSkipped: holidaysAmong(skippedDays),
    skippedDays,
    warnings,
    rule: milestones.find((m) => m.rule === headlineRule.id)!,
    milestones,
    receiptConvention,
    countedFrom: formatIsoDay(start),
    calendar: { id: index.calendar.id, title: index.calendar.title, horizonYear: index.calendar.horizonYear },
  };
}

/**
 * Where counting starts. `ordinary`: the receipt day itself (it never counts). `deemed-next-working-day`:
 * a receipt on a non-working day is deemed to arrive on the next working day.
 */
export function countingStart(index: WorkingDayIndex, event: DayNumber, convention: ReceiptConvention): DayNumber {
  return convention === 'deemed-next-working-day' && !index.isWorkingDay(event) ? index.add(event, 1) : event;
}
