/**
 * Warnings: when an answer is not the plain statutory one, the core says so as data, a code with
 * its facts. Only the renderers (src/output/warnings.ts) turn a code into a sentence, and only the
 * CLI names its own flags there. Days are day numbers here, like everywhere in the core.
 */
import type { HolidayDifference } from './calendar.js';
import { type DayNumber, yearOf } from './day.js';
import type { ReceiptConvention } from './rules.js';

export const WARNING_CODES = [
  'beyond-horizon',
  'before-in-force',
  'custom-period',
  'region-not-statutory',
  'deemed-receipt',
  'receipt-on-non-working-day',
  'extra-holidays',
  'holidays-file-differs',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export type Warning =
  /** The answer depends on a year after the last year of announced holidays in the data used. */
  | { readonly code: 'beyond-horizon'; readonly lastDay: DayNumber; readonly horizonYear: number; readonly calendar: string }
  /** The event is before the rule applied (SI 2007/462 from 1 April 2007; the ILACS practice from 2018). */
  | {
      readonly code: 'before-in-force';
      readonly rule: string;
      readonly event: DayNumber;
      readonly inForce: DayNumber;
      readonly by: string;
      /** `year` when only the year is known (`inForce` is then its 1 January). */
      readonly precision: 'day' | 'year';
    }
  /** The rule's own period was replaced by a one-off count. */
  | { readonly code: 'custom-period'; readonly rule: string; readonly workingDays: number; readonly statutoryWorkingDays: number }
  /** The calendar used is not the one the rule's law names. */
  | { readonly code: 'region-not-statutory'; readonly rule: string; readonly region: string; readonly statutoryRegion: string }
  /** Counted under the deemed-receipt convention rather than the law's reading. */
  | { readonly code: 'deemed-receipt'; readonly receipt: DayNumber; readonly deemedReceipt: DayNumber }
  /**
   * The receipt fell on a day that is not a working day, where practice splits: the deadline under
   * the other convention is given too.
   */
  | {
      readonly code: 'receipt-on-non-working-day';
      readonly receipt: DayNumber;
      /** `Saturday`, `Sunday` or the holiday's name. */
      readonly reason: string;
      readonly otherConvention: ReceiptConvention;
      readonly otherDeadline: DayNumber;
    }
  /** Days the user added as holidays fall in the counted period and moved the answer. */
  | { readonly code: 'extra-holidays'; readonly days: readonly DayNumber[] }
  /** A holidays file differs from the built-in data on days inside the counted period. */
  | { readonly code: 'holidays-file-differs'; readonly differences: readonly HolidayDifference[] };

/**
 * `beyond-horizon` when a day an answer depends on falls in a year after the calendar's horizon;
 * none inside it.
 */
export function horizonWarning(
  calendar: { readonly id: string; readonly horizonYear: number },
  lastDay: DayNumber,
): Warning[] {
  return yearOf(lastDay) > calendar.horizonYear
    ? [{ code: 'beyond-horizon', lastDay, horizonYear: calendar.horizonYear, calendar: calendar.id }]
    : [];
}
