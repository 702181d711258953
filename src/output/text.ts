/** Human renderers: each takes a core result and returns the text to print. */
import type { Holiday } from '../core/calendar.js';
import { formatHumanDay, parseIsoDay } from '../core/day.js';
import type { OfstedDeadlines, Warning, WorkingDayCount } from '../core/deadline.js';
import { COUNTING_CONVENTION, WORKING_DAY_DEFINITION } from '../core/rules.js';
import type { NonWorkingReason } from '../core/working-days.js';
import { type Style, table } from './style.js';

const human = (isoDay: string): string => formatHumanDay(parseIsoDay(isoDay)!);

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function holidayLines(style: Style, holidays: readonly Holiday[], heading: string): string[] {
  if (holidays.length === 0) return [`${style.bold(`${heading}:`)} none`];
  return [
    style.bold(`${heading} (${holidays.length}):`),
    ...table(holidays.map((holiday) => [human(holiday.date), holiday.name])),
  ];
}

export function renderWarnings(style: Style, warnings: readonly Warning[]): string {
  return warnings.map((warning) => `${style.yellow('warning:')} ${warning.message}\n`).join('');
}

/**
 * Under the deemed-receipt convention the count starts from a later day than the receipt; say so
 * beside the receipt, not only in the legal basis, so day 1 is never a surprise.
 */
export function deemedReceiptLines(style: Style, receiptDate: string, countedFrom: string, labelWidth = 17): string[] {
  if (countedFrom === receiptDate) return [];
  return [`${style.bold('Deemed received')}${' '.repeat(labelWidth - 15)}${human(countedFrom)}   ${style.dim('(deemed received on the next working day: not the default)')}`];
}

export function renderDeadlinesText(result: OfstedDeadlines, style: Style): string {
  const headline = result.rule;
  const lines = [
    `${style.bold('Report received')}  ${human(result.receiptDate)}   ${style.dim('(the day of receipt never counts)')}`,
    ...deemedReceiptLines(style, result.receiptDate, result.countedFrom),
    `${style.bold('Day 1')}            ${human(result.firstCountedDay)}`,
    '',
    `${style.bold(`${headline.title} due`)}  ${style.green.bold(human(result.deadline))}  ${style.dim(
      `day ${headline.workingDays}, ${plural(result.calendarDays, 'calendar day')} after receipt`,
    )}`,
    '',
    ...table([
      ['Milestone', 'Due', 'Working days', 'Calendar days', 'Basis'].map((h) => style.bold(h)),
      ...result.milestones.map((m) => [
        m.rule === headline.rule ? style.bold(m.title) : m.title,
        m.rule === headline.rule ? style.green.bold(human(m.date)) : human(m.date),
        String(m.workingDays),
        String(m.calendarDays),
        m.citation,
      ]),
    ]),
    '',
    ...holidayLines(style, result.holidaysSkipped, `Bank holidays skipped up to ${human(result.deadline)}`),
    '',
    style.bold('Legal basis:'),
    ...result.milestones.map((m) => `  ${m.title}: ${m.legalBasis} [${m.citation}]`),
    `  ${WORKING_DAY_DEFINITION}`,
    `  ${COUNTING_CONVENTION}`,
    `  Calendar: ${result.calendar.title}.`,
  ];
  return `${lines.join('\n')}\n`;
}

export function renderAddText(result: WorkingDayCount, style: Style): string {
  const direction = result.workingDays >= 0 ? 'after' : 'before';
  const n = Math.abs(result.workingDays);
  const lines = [
    `${style.green.bold(human(result.deadline))}  is ${plural(n, 'working day')} ${direction} ${human(result.receiptDate)}`,
  ];
  if (n > 0) {
    lines.push(
      `  ${style.dim('Day 1:')} ${human(result.firstCountedDay)}   ${style.dim(
        `(${plural(Math.abs(result.calendarDays), 'calendar day')}; ${result.receiptDate} itself does not count)`,
      )}`,
    );
    if (result.holidaysSkipped.length > 0) {
      lines.push(`  ${style.dim('Bank holidays skipped:')} ${result.holidaysSkipped.map((h) => `${human(h.date)} ${h.name}`).join('; ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function renderCountText(from: string, to: string, workingDays: number, style: Style): string {
  return `${style.green.bold(String(workingDays))} ${workingDays === 1 || workingDays === -1 ? 'working day' : 'working days'} after ${human(from)} up to and including ${human(to)}\n`;
}

export function renderIsWorkingDayText(date: string, reason: NonWorkingReason | undefined, style: Style): string {
  if (!reason) return `${human(date)} is ${style.green('a working day')}\n`;
  const why = reason.kind === 'weekend' ? `a ${reason.name}` : `a bank holiday: ${reason.name}`;
  return `${human(date)} is ${style.red('not a working day')}: ${why}\n`;
}

export function renderHolidaysText(year: number, title: string, holidays: readonly Holiday[], style: Style): string {
  return `${holidayLines(style, holidays, `${title}, ${year}`).join('\n')}\n${style.dim(
    'Weekday holidays only: a holiday on a weekend is replaced by its substitute day.',
  )}\n`;
}
