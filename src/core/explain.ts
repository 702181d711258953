import type { DayNumber } from './day.js';
import type { DeadlineResult } from './deadline.js';
import type { NonWorkingReason, WorkingDayIndex } from './working-days.js';

/** Why a day of a trail is special, besides being a weekend or holiday. */
export type TrailNote =
  /** The deemed day of receipt under the deemed convention: never counted. */
  | 'deemed-receipt'
  /** A calendar-month period ended before this day; it only carries the deadline to a working day. */
  | 'after-period-end';

/** One line of an audit trail: a day that counted as day k, or a day skipped and why. */
export interface ExplainedDay {
  readonly day: DayNumber;
  readonly counted: boolean;
  /** k for the kth counted day; `null` for a skipped day. */
  readonly dayNumber: number | null;
  /** The weekend day or the holiday (with its source), when the day is not a working day. */
  readonly nonWorking: NonWorkingReason | null;
  readonly note: TrailNote | null;
}

/** How a rule's trail numbers its days: working days, calendar days (a month), or clear days. */
export type TrailCounting = 'working-days' | 'calendar-days' | 'clear-days';

export function trailCounting(result: DeadlineResult): TrailCounting {
  switch (result.rule.unit) {
    case 'calendar-months':
      return 'calendar-days';
    case 'clear-working-days-before':
      return 'clear-days';
    case 'working-days':
      return 'working-days';
  }
}

/**
 * Every day of a result's trail, each counted as day k or skipped with its reason: the audit trail
 * a clerk can attach to a decision. Working-day and clear-day trails count working days;
 * calendar-month trails count every day up to the period's end, then show the days the deadline
 * moved over because the end was not a working day.
 *
 * @example
 * explainDeadline(index, computeDeadline(index, { rule: RULES['written-statement'], event: parseIsoDay('2014-12-10')! }))[0]
 * //=> { day: 16415, counted: true, dayNumber: 1, nonWorking: null, note: null }
 */
export function explainDeadline(index: WorkingDayIndex, result: DeadlineResult): ExplainedDay[] {
  const counting = trailCounting(result);
  const deemed = result.countedFrom !== result.event ? result.countedFrom : undefined;
  const periodEnd = result.unadjustedDeadline ?? undefined;
  const days: ExplainedDay[] = [];
  let k = 0;
  for (let day = result.trail.first; day <= result.trail.last; day++) {
    const nonWorking = index.nonWorkingReason(day) ?? null;
    if (deemed !== undefined && day <= deemed) {
      days.push({ day, counted: false, dayNumber: null, nonWorking, note: day === deemed ? 'deemed-receipt' : null });
    } else if (counting !== 'calendar-days') {
      days.push({ day, counted: nonWorking === null, dayNumber: nonWorking === null ? ++k : null, nonWorking, note: null });
    } else if (periodEnd === undefined || day <= periodEnd) {
      days.push({ day, counted: true, dayNumber: ++k, nonWorking, note: null });
    } else {
      days.push({ day, counted: false, dayNumber: null, nonWorking, note: 'after-period-end' });
    }
  }
  return days;
}
