import { addCalendarMonths } from './calendar-months.js';
import { type DayNumber, type IsoDay, type WeekdayName, formatIsoDay, weekdayName } from './day.js';
import { type SkippedDay, type Warning, countingStart, skippedDaysBetween, warningsFor } from './deadline.js';
import { DeadlineError } from './errors.js';
import type { ReceiptConvention, Rule } from './rules.js';
import type { WorkingDayIndex } from './working-days.js';

/** One rule applied to one date: the answer, the days it passed over and why. */
export interface RuleDeadline {
  readonly rule: Rule;
  /** The date the user gave: the receipt, or the meeting for `agenda`. */
  readonly eventDate: IsoDay;
  readonly eventWeekday: WeekdayName;
  /**
   * The day counting runs from: the event itself, or under the deemed convention the next working
   * day when the event fell on a non-working day.
   */
  readonly countedFrom: IsoDay;
  readonly receiptConvention: ReceiptConvention;
  /** Day 1 of a working-day rule: the first working day after the (deemed) receipt. */
  readonly firstCountedDay?: IsoDay;
  readonly deadline: IsoDay;
  readonly deadlineWeekday: WeekdayName;
  /** Calendar days from the event to the deadline (negative for `agenda`: publication comes first). */
  readonly calendarDays: number;
  /** For calendar months: the corresponding date before any move to a working day. */
  readonly unadjustedDate?: IsoDay;
  /** The span an audit trail covers, both ends included. */
  readonly trail: { readonly from: IsoDay; readonly to: IsoDay };
  readonly skippedDays: readonly SkippedDay[];
  readonly warnings: readonly Warning[];
}

/**
 * The next working day on or after a day: where a calendar-month period ends when its last day is
 * not a working day (ICO guidance on UK GDPR Art 12(3)).
 */
export function onOrNextWorkingDay(index: WorkingDayIndex, day: DayNumber): DayNumber {
  return index.isWorkingDay(day) ? day : index.add(day, 1);
}

/**
 * The latest working day on which something may be done so that `clearDays` working days lie
 * strictly between it and the event (both days excluded): council agendas, "at least five clear
 * days before the meeting" (Local Government Act 1972 s100B; clear days as working days per
 * R v Swansea CC ex p Elitestone).
 *
 * @example
 * formatIsoDay(latestDayWithClearDaysBefore(index, parseIsoDay('2015-01-13')!, 5)) //=> '2015-01-05'
 */
export function latestDayWithClearDaysBefore(index: WorkingDayIndex, event: DayNumber, clearDays: number): DayNumber {
  // The clear days are the 1st..Nth working days before the event; publication is the (N+1)th.
  return index.add(event, -(clearDays + 1));
}

function outOfRange(index: WorkingDayIndex, what: string): never {
  throw new DeadlineError('out-of-range', `${what} falls outside the supported years ${index.calendar.firstYear}–${index.calendar.lastYear}`);
}

export interface RuleDeadlineOptions {
  readonly receiptConvention?: ReceiptConvention;
}

/**
 * Applies any rule of the catalogue to a date.
 *
 * @example
 * ruleDeadline(ukIndex, RULES.foi, parseIsoDay('2025-01-02')!).deadline //=> '2025-01-31'
 */
export function ruleDeadline(index: WorkingDayIndex, rule: Rule, event: DayNumber, options: RuleDeadlineOptions = {}): RuleDeadline {
  const convention = options.receiptConvention ?? 'ordinary';
  if (rule.event === 'meeting' && convention !== 'ordinary') {
    throw new DeadlineError(
      'invalid-argument',
      `the receipt convention "${convention}" does not apply to the ${rule.id} rule: its date is a meeting, not a receipt`,
      convention,
    );
  }
  const start = countingStart(index, event, convention);
  let deadline: DayNumber;
  let unadjusted: DayNumber | undefined;
  switch (rule.unit) {
    case 'working-days':
      deadline = index.add(start, rule.amount);
      break;
    case 'calendar-months':
      unadjusted = addCalendarMonths(start, rule.amount);
      if (unadjusted > index.lastDay) outOfRange(index, `${rule.amount} calendar month(s) after ${formatIsoDay(start)}`);
      deadline = onOrNextWorkingDay(index, unadjusted);
      break;
    case 'clear-working-days-before':
      if (index.count(index.firstDay, event) <= rule.amount + 1) {
        outOfRange(index, `publication ${rule.amount} clear working days before ${formatIsoDay(event)}`);
      }
      deadline = latestDayWithClearDaysBefore(index, event, rule.amount);
      break;
  }
  const [low, high] = deadline >= event ? [event, deadline] : [deadline, event - 1];
  return {
    rule,
    eventDate: formatIsoDay(event),
    eventWeekday: weekdayName(event),
    countedFrom: formatIsoDay(start),
    receiptConvention: convention,
    ...(rule.unit === 'working-days' ? { firstCountedDay: formatIsoDay(index.add(start, 1)) } : {}),
    deadline: formatIsoDay(deadline),
    deadlineWeekday: weekdayName(deadline),
    calendarDays: deadline - event,
    ...(unadjusted !== undefined && unadjusted !== deadline ? { unadjustedDate: formatIsoDay(unadjusted) } : {}),
    trail: { from: formatIsoDay(low + 1), to: formatIsoDay(high) },
    skippedDays: skippedDaysBetween(index, low, high),
    warnings: warningsFor(index, Math.min(event, deadline), Math.max(event, deadline)),
  };
}
