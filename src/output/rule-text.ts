/** Text for the rule catalogue, single-rule deadlines and `--explain` trails. */
import { formatHumanDay, parseIsoDay } from '../core/day.js';
import type { ExplainedDay } from '../core/explain.js';
import type { RuleDeadline } from '../core/rule-deadline.js';
import { RECEIPT_CONVENTION_LABELS, type ReceiptConvention, type Rule } from '../core/rules.js';
import { type Style, table } from './style.js';
import { deemedReceiptLines } from './text.js';

const human = (isoDay: string): string => formatHumanDay(parseIsoDay(isoDay)!);

const UNIT_WORDS: Record<Rule['unit'], (n: number) => string> = {
  'working-days': (n) => `${n} working day${n === 1 ? '' : 's'}`,
  'calendar-months': (n) => `${n} calendar month${n === 1 ? '' : 's'}`,
  'clear-working-days-before': (n) => `${n} clear working day${n === 1 ? '' : 's'} before the meeting`,
};

/** "70 working days", "1 calendar month", "5 clear working days before the meeting". */
export function describePeriod(rule: Rule): string {
  return UNIT_WORDS[rule.unit](rule.amount);
}

const REGION_WORDS: Record<Rule['calendar'], string> = {
  'england-and-wales': 'England and Wales bank holidays',
  uk: 'bank holidays in any part of the UK',
};

/** `ofsted-deadline rules`: every rule with its period, basis, citation and counting in words. */
export function renderRulesText(rules: readonly Rule[], style: Style): string {
  const lines = [
    ...table([
      ['Rule', 'Period', 'Basis', 'Calendar', 'Citation'].map((h) => style.bold(h)),
      ...rules.map((rule) => [rule.id, describePeriod(rule), rule.basis, REGION_WORDS[rule.calendar], rule.citation]),
    ]),
    '',
    ...rules.flatMap((rule) => [`${style.bold(rule.id)}: ${rule.title}`, `  ${rule.legalBasis}`, `  Counting: ${rule.counting}`]),
    '',
    style.dim('Use --rule ID with a date; --region overrides a rule\'s calendar.'),
  ];
  return `${lines.join('\n')}\n`;
}

/** The line that says how a receipt on a non-working day was treated, when it was the other way. */
export function receiptConventionLine(convention: ReceiptConvention): string | undefined {
  return convention === 'ordinary' ? undefined : `Receipt convention: ${RECEIPT_CONVENTION_LABELS[convention]}.`;
}

/** The label of a counted day in a trail: "day 3", "clear day 2", "calendar day 17". */
function dayLabel(unit: Rule['unit'], k: number): string {
  return unit === 'calendar-months' ? `calendar day ${k}` : unit === 'clear-working-days-before' ? `clear day ${k}` : `day ${k}`;
}

/** `--explain`: one line per day, counted as day k or skipped with the reason and its source. */
export function renderExplainText(days: readonly ExplainedDay[], unit: Rule['unit'], style: Style): string {
  const rows = days.map((day) => {
    const counted = day.counted && day.dayNumber !== null;
    const what = counted ? dayLabel(unit, day.dayNumber!) : style.dim('skipped');
    const why = day.reason === null ? '' : counted ? style.dim(`(${day.reason})`) : day.reason;
    return [human(day.date), what, why];
  });
  return `${[style.bold(`Day by day (${days.length} days):`), ...table(rows)].join('\n')}\n`;
}

export interface RuleTextContext {
  readonly calendarTitle: string;
  readonly holidaysFile: string | undefined;
}

/** A deadline under one catalogue rule (foi, eir, sar, agenda). */
export function renderRuleDeadlineText(result: RuleDeadline, context: RuleTextContext, style: Style): string {
  const rule = result.rule;
  const meeting = rule.event === 'meeting';
  const days = Math.abs(result.calendarDays);
  const lines = [
    meeting
      ? `${style.bold('Meeting')}           ${human(result.eventDate)}`
      : `${style.bold('Received')}          ${human(result.eventDate)}   ${style.dim(
          rule.unit === 'calendar-months' ? '(the month runs to the corresponding date)' : '(the day of receipt never counts)',
        )}`,
    ...(meeting ? [] : deemedReceiptLines(style, result.eventDate, result.countedFrom, 18)),
    ...(result.firstCountedDay ? [`${style.bold('Day 1')}             ${human(result.firstCountedDay)}`] : []),
    '',
    `${style.bold(meeting ? `${rule.title}: publish by` : `${rule.title} due`)}  ${style.green.bold(human(result.deadline))}  ${style.dim(
      meeting
        ? `latest day to publish: ${describePeriod(rule)}, ${days} calendar days before it`
        : `${describePeriod(rule)}, ${days} calendar days after receipt`,
    )}`,
  ];
  if (result.unadjustedDate) {
    lines.push(`  ${style.dim(`The month ends on ${human(result.unadjustedDate)}, not a working day, so the deadline is the next working day.`)}`);
  }
  const holidays = result.skippedDays.filter((day) => day.kind === 'holiday');
  if (holidays.length > 0) {
    lines.push('', style.bold(`Bank holidays skipped (${holidays.length}):`), ...table(holidays.map((day) => [human(day.date), day.reason])));
  }
  const convention = receiptConventionLine(result.receiptConvention);
  lines.push(
    '',
    style.bold('Legal basis:'),
    `  ${rule.legalBasis} [${rule.citation}]${rule.basis === 'practice' ? ' (practice, not statute)' : ''}`,
    `  Counting: ${rule.counting}`,
    ...(convention ? [`  ${convention}`] : []),
    `  Calendar: ${context.calendarTitle}${context.holidaysFile ? `, with holidays file ${context.holidaysFile}` : ''}.`,
  );
  return `${lines.join('\n')}\n`;
}
