/**
 * Warning codes into sentences and JSON. The core hands over `{ code, ...facts }`; this is the one
 * place that words them. With `hints` (the CLI) a sentence may name the flag that changes the
 * answer; without (the library) it names none.
 */
import { REGION_DEFINITIONS, isRegion } from '../calendar/regions.js';
import { formatIsoDay } from '../core/day.js';
import type { Warning, WarningCode } from '../core/warnings.js';
import { human, plural } from './words.js';

export interface WarningWording {
  /** Name the CLI's flags where they are the way to a different answer. */
  readonly hints: boolean;
}

const CLI: WarningWording = { hints: true };

function regionTitle(region: string): string {
  return isRegion(region) ? REGION_DEFINITIONS[region].title : region;
}

const hint = (wording: WarningWording, text: string): string => (wording.hints ? ` ${text}` : '');

/** One warning as a sentence (or a few), without a leading `warning:`. */
export function warningMessage(warning: Warning, wording: WarningWording = CLI): string {
  switch (warning.code) {
    case 'beyond-horizon': {
      const year = formatIsoDay(warning.lastDay).slice(0, 4);
      return (
        `This answer depends on ${year}, after ${warning.horizonYear}, the last year of announced bank holidays in the data in use (${regionTitle(warning.calendar)}). ` +
        'Later years follow the statutory rules and cannot know a holiday proclaimed in future.' +
        hint(
          wording,
          'To use newer announced holidays, download the gov.uk list (https://www.gov.uk/bank-holidays.json) and pass it with --holidays-file FILE (or name it in OFSTED_DEADLINE_HOLIDAYS_FILE); add a single new day with --extra-holiday YYYY-MM-DD=name.',
        )
      );
    }
    case 'before-in-force': {
      const from = warning.precision === 'year' ? formatIsoDay(warning.inForce).slice(0, 4) : human(warning.inForce);
      return `${warning.by} applies from ${from}: the date given, ${human(warning.event)}, is earlier and was not subject to it. The ${warning.rule} date is shown as the same count of working days.`;
    }
    case 'custom-period':
      return (
        `Not the statutory period: counted with a one-off ${plural(warning.workingDays, 'working day')} instead of the ${warning.rule} rule's ${warning.statutoryWorkingDays}` +
        (wording.hints ? ' (--days).' : '.')
      );
    case 'region-not-statutory':
      return (
        `Not the statutory calendar: counted on ${regionTitle(warning.region)}` +
        (wording.hints ? ` (--region ${warning.region})` : '') +
        `, but the law of the ${warning.rule} rule names ${regionTitle(warning.statutoryRegion)}.`
      );
    case 'deemed-receipt':
      return (
        `Counted as if received on ${human(warning.deemedReceipt)}, the next working day (the deemed-receipt convention` +
        (wording.hints ? ', --receipt-convention deemed-next-working-day' : '') +
        "), not from the receipt itself as the law's reading does."
      );
    case 'receipt-on-non-working-day': {
      const other =
        warning.otherConvention === 'ordinary'
          ? "the law's reading (the day of receipt never counts, day 1 is the next working day)"
          : 'the convention that deems it received on the next working day';
      return (
        `Received on ${human(warning.receipt)}, not a working day (${warning.reason}). Practice splits here: ${other} gives ${human(warning.otherDeadline)}` +
        (wording.hints ? ` (--receipt-convention ${warning.otherConvention}).` : '.')
      );
    }
    case 'extra-holidays':
      return (
        `Counted with ${plural(warning.days.length, 'day')} added as holidays` +
        (wording.hints ? ' (--extra-holiday)' : '') +
        `, not in the statutory calendar: ${warning.days.map(human).join(', ')}.`
      );
    case 'holidays-file-differs':
      return `The holidays file differs from the built-in data within the count: ${warning.differences
        .map((difference) => `${difference.date} ${difference.name} (${difference.change})`)
        .join('; ')}.`;
  }
}

/** A warning's facts with days as `YYYY-MM-DD`, for JSON and the library. */
export function warningFacts(warning: Warning): Record<string, unknown> & { readonly code: WarningCode } {
  switch (warning.code) {
    case 'beyond-horizon':
      return { ...warning, lastDay: formatIsoDay(warning.lastDay) };
    case 'before-in-force':
      return { ...warning, event: formatIsoDay(warning.event), inForce: formatIsoDay(warning.inForce) };
    case 'deemed-receipt':
      return { ...warning, receipt: formatIsoDay(warning.receipt), deemedReceipt: formatIsoDay(warning.deemedReceipt) };
    case 'receipt-on-non-working-day':
      return { ...warning, receipt: formatIsoDay(warning.receipt), otherDeadline: formatIsoDay(warning.otherDeadline) };
    case 'extra-holidays':
      return { ...warning, days: warning.days.map(formatIsoDay) };
    case 'custom-period':
    case 'region-not-statutory':
    case 'holidays-file-differs':
      return { ...warning };
  }
}

export interface JsonWarning {
  readonly code: WarningCode;
  readonly message: string;
  readonly [fact: string]: unknown;
}

/** `{ code, message, ...facts }`: what every JSON document carries (a batch record keeps only `code` and `message`, as the README says). */
export function warningJson(warning: Warning, wording: WarningWording = CLI): JsonWarning {
  const { code, ...facts } = warningFacts(warning);
  return { code, message: warningMessage(warning, wording), ...facts };
}

/**
 * What a warning code means, without the facts of any one answer: for a list that names many
 * answers with the same code but different facts (a register's matters received on different days).
 */
export function warningSummary(code: WarningCode, wording: WarningWording = CLI): string {
  switch (code) {
    case 'beyond-horizon':
      return (
        'These answers depend on years after the last year of announced bank holidays in the data in use; later years follow the statutory rules and cannot know a holiday proclaimed in future.' +
        hint(wording, 'Pass a newer gov.uk list with --holidays-file FILE.')
      );
    case 'before-in-force':
      return 'The date given is before a rule shown applied (SI 2007/462 from 1 April 2007; the early draft action plan from 2018): its date is shown as the same count of working days.';
    case 'custom-period':
      return `Not the statutory period: counted with a one-off number of working days${wording.hints ? ' (--days)' : ''}.`;
    case 'region-not-statutory':
      return `Not the statutory calendar: counted on a calendar other than the one the rule's law names${wording.hints ? ' (--region)' : ''}.`;
    case 'deemed-receipt':
      return `Counted as if received on the next working day (the deemed-receipt convention${wording.hints ? ', --receipt-convention deemed-next-working-day' : ''}), not from the receipt itself as the law's reading does.`;
    case 'receipt-on-non-working-day':
      return 'Received on a weekend or bank holiday, where practice splits: each answer\'s warning gives the deadline under the other convention too.';
    case 'extra-holidays':
      return `Counted with days added as holidays${wording.hints ? ' (--extra-holiday)' : ''}, not in the statutory calendar.`;
    case 'holidays-file-differs':
      return 'The holidays file differs from the built-in data within these counts.';
  }
}
