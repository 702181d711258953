import type { Holiday } from './calendar.js';
import { type DayNumber, type IsoDay, formatIsoDay, parseIsoDay, weekdayName, yearOf, type WeekdayName } from './day.js';
import {
  OFSTED_MILESTONE_ORDER,
  OFSTED_RULES,
  SI_2007_462_IN_FORCE,
  customRule,
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
}

function skippedDaysBetween(index: WorkingDayIndex, after: DayNumber, upTo: DayNumber): SkippedDay[] {
  const skipped: SkippedDay[] = [];
  for (let day = after + 1; day <= upTo; day++) {
    const reason = index.nonWorkingReason(day);
    if (reason) skipped.push({ date: formatIsoDay(day), weekday: weekdayName(day), reason: reason.name, kind: reason.kind });
  }
  return skipped;
}

function warningsFor(index: WorkingDayIndex, receipt: DayNumber, deadline: DayNumber): Warning[] {
  const warnings: Warning[] = [];
  const { horizonYear } = index.calendar;
  const lastYear = yearOf(Math.max(receipt, deadline));
  if (lastYear > horizonYear) {
    warnings.push({
      code: 'beyond-horizon',
      message: `The count reaches ${lastYear}, after ${horizonYear}, the last year of announced bank holidays in the built-in data: later years follow the statutory rules and cannot know a holiday proclaimed in future. Check against the latest gov.uk bank-holidays list.`,
    });
  }
  return warnings;
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
  const firstCounted = workingDays >= 0 ? index.add(from, 1) : index.add(from, -1);
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
    holidaysSkipped: skippedDays.filter((day) => day.kind === 'holiday').map((day) => index.holidayOn(parseIsoDay(day.date)!)!),
    skippedDays,
    warnings: warningsFor(index, from, deadline),
  };
}

function milestone(index: WorkingDayIndex, receipt: DayNumber, rule: WorkingDayRule): Milestone {
  const date = index.add(receipt, rule.workingDays);
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
  /** Replaces the written statement's 70 working days for a one-off count (`--days N`). */
  readonly days?: number;
}

/**
 * The Ofsted deadlines for a report received on `receipt`: the written statement of action
 * (70 working days, the headline), the published report (30) and the early draft action plan (20).
 *
 * @example
 * ofstedDeadlines(index, parseIsoDay('2014-12-10')!).deadline //=> '2015-03-23'
 */
export function ofstedDeadlines(index: WorkingDayIndex, receipt: DayNumber, options: OfstedDeadlineOptions = {}): OfstedDeadlines {
  const headlineRule = options.days === undefined ? OFSTED_RULES['written-statement'] : customRule(options.days);
  const rules = OFSTED_MILESTONE_ORDER.map((id) => (id === 'written-statement' ? headlineRule : OFSTED_RULES[id]));
  const milestones = rules
    .map((rule) => milestone(index, receipt, rule))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.workingDays - b.workingDays));
  const count = countWorkingDaysFrom(index, receipt, headlineRule.workingDays);
  const latest = Math.max(...milestones.map((m) => parseIsoDay(m.date)!));
  const warnings = [...warningsFor(index, receipt, latest)];
  if (count.receiptDate < SI_2007_462_IN_FORCE) {
    warnings.push({
      code: 'before-in-force',
      message: `SI 2007/462 came into force on ${SI_2007_462_IN_FORCE}; a report received on ${count.receiptDate} was not subject to it. The dates are shown as the same count of working days.`,
    });
  }
  return {
    ...count,
    warnings,
    rule: milestones.find((m) => m.rule === headlineRule.id)!,
    milestones,
    calendar: { id: index.calendar.id, title: index.calendar.title, horizonYear: index.calendar.horizonYear },
  };
}
