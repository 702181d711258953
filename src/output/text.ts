/** Human renderers: each takes a core result and returns the text to print. */
import type { Holiday } from '../core/calendar.js';
import type { DayNumber } from '../core/day.js';
import { type DeadlineResult, holidaysAmong } from '../core/deadline.js';
import { OFSTED_RULE_IDS } from '../core/rules.js';
import type { Warning } from '../core/warnings.js';
import type { NonWorkingReason } from '../core/working-days.js';
import { describePeriod, receiptConventionLine } from './rule-text.js';
import { type Style, table, wrapText } from './style.js';
import { warningMessage } from './warnings.js';
import { human, noun, plural, visible } from './words.js';

function holidayLines(style: Style, holidays: readonly { day: DayNumber; name: string }[], heading: string): string[] {
  if (holidays.length === 0) return [`${style.bold(`${heading}:`)} none`];
  return [style.bold(`${heading} (${holidays.length}):`), ...table(holidays.map((holiday) => [human(holiday.day), visible(holiday.name)]), '  ', style.width)];
}

/** Warnings as `warning: ...` lines (stderr for one-line commands; inside a document otherwise). */
// A warning may quote a user's holiday name: shown visibly here, raw in JSON.
export function renderWarnings(style: Style, warnings: readonly Warning[]): string {
  return warnings.map((warning) => `${wrapText(visible(warningMessage(warning)), style.width, `${style.yellow('warning:')} `, '  ').join('\n')}\n`).join('');
}

/** A prose line of a document, wrapped to the style's width with a hanging indent. */
export function prose(style: Style, text: string, first = '', next = `${first}  `): string[] {
  return wrapText(text, style.width, first, next);
}

/** The labels a document uses, by what the date given is. */
function eventLabel(result: DeadlineResult): string {
  if (result.requestedRule.event === 'meeting') return 'Meeting';
  return (OFSTED_RULE_IDS as readonly string[]).includes(result.requestedRule.id) ? 'Report received' : 'Received';
}

export interface DeadlineTextContext {
  readonly holidaysFile: string | undefined;
}

/**
 * The deadline of any rule as a document: the date given and day 1, then any warnings (before the
 * date, so nobody copies it without reading them), the deadline, the milestones, the holidays
 * skipped and the legal basis.
 */
export function renderDeadlineText(result: DeadlineResult, context: DeadlineTextContext, style: Style): string {
  const { rule } = result;
  const meeting = rule.event === 'meeting';
  const label = eventLabel(result);
  const width = Math.max(label.length, 'Deemed received'.length) + 2;
  const row = (name: string, value: string, note = '') => `${style.bold(name)}${' '.repeat(width - name.length)}${value}${note ? `   ${style.dim(note)}` : ''}`;
  const eventNote = meeting ? '' : rule.unit === 'calendar-months' ? '(the month runs to the corresponding date)' : '(the day of receipt never counts)';
  const lines = [
    row(label, human(result.event), eventNote),
    ...(result.countedFrom !== result.event ? [row('Deemed received', human(result.countedFrom), '(deemed received on the next working day: not the default)')] : []),
    ...(result.firstCountedDay !== null ? [row('Day 1', human(result.firstCountedDay))] : []),
    '',
  ];
  if (result.warnings.length > 0) lines.push(renderWarnings(style, result.warnings).trimEnd(), '');
  const days = Math.abs(result.calendarDays);
  const period =
    rule.unit === 'working-days'
      ? `day ${rule.amount}, ${plural(days, 'calendar day')} after receipt`
      : meeting
        ? `latest day to publish: ${describePeriod(rule)}, ${plural(days, 'calendar day')} before it`
        : `${describePeriod(rule)}, ${plural(days, 'calendar day')} after receipt`;
  const headline = `${style.bold(meeting ? `${rule.title}: publish by` : `${rule.title} due`)}  ${style.green.bold(human(result.deadline))}`;
  lines.push(...prose(style, `${headline}  ${style.dim(period)}`, '', '  '));
  if (result.unadjustedDeadline !== null) {
    lines.push(...prose(style, style.dim(`The month ends on ${human(result.unadjustedDeadline)}, not a working day, so the deadline is the next working day.`), '  '));
  }
  if (result.milestones.length > 1) {
    lines.push(
      '',
      ...table([
        ['Milestone', 'Due', 'Day', 'Basis'].map((h) => style.bold(h)),
        ...result.milestones.map((m) => {
          const headline = m.rule === rule;
          return [
            headline ? style.bold(m.rule.title) : m.rule.title,
            headline ? style.green.bold(human(m.date)) : human(m.date),
            String(m.rule.amount),
            m.rule.citation,
          ];
        }),
      ], '  ', style.width),
    );
  }
  const holidays = holidaysAmong(result.skippedDays).map((skipped) => ({ day: skipped.day, name: skipped.reason.name }));
  lines.push('', ...holidayLines(style, holidays, meeting ? 'Bank holidays skipped' : `Bank holidays skipped up to ${human(result.deadline)}`));
  const convention = receiptConventionLine(result.receiptConvention);
  lines.push(
    '',
    style.bold('Legal basis:'),
    ...result.milestones.flatMap((m) =>
      prose(style, `${m.rule.title}: ${m.rule.legalBasis} [${m.rule.citation}]${m.rule.basis === 'practice' ? ' (practice, not statute)' : ''}`, '  '),
    ),
    ...prose(style, `Counting: ${rule.counting}`, '  '),
    ...(convention ? prose(style, convention, '  ') : []),
    ...prose(style, `Calendar: ${result.calendar.title}${context.holidaysFile ? `, with holidays file ${visible(context.holidaysFile)}` : ''}.`, '  '),
  );
  return `${lines.join('\n')}\n`;
}

export function renderAddText(result: DeadlineResult, style: Style): string {
  const n = result.rule.amount;
  const direction = n >= 0 ? 'after' : 'before';
  const lines = [`${style.green.bold(human(result.deadline))}  is ${plural(Math.abs(n), 'working day')} ${direction} ${human(result.event)}`];
  if (result.firstCountedDay !== null) {
    lines.push(
      ...prose(
        style,
        `${style.dim('Day 1:')} ${human(result.firstCountedDay)}   ${style.dim(
          `(${plural(Math.abs(result.calendarDays), 'calendar day')}; ${human(result.event)} itself does not count)`,
        )}`,
        '  ',
      ),
    );
    const holidays = holidaysAmong(result.skippedDays);
    if (holidays.length > 0) {
      lines.push(...prose(style, `${style.dim('Bank holidays skipped:')} ${holidays.map((h) => `${human(h.day)} ${visible(h.reason.name)}`).join('; ')}`, '  '));
    }
  }
  return `${lines.join('\n')}\n`;
}

export function renderCountText(from: DayNumber, to: DayNumber, workingDays: number, style: Style): string {
  return `${style.green.bold(String(workingDays))} ${noun(workingDays, 'working day')} after ${human(from)} up to and including ${human(to)}\n`;
}

export function renderIsWorkingDayText(day: DayNumber, reason: NonWorkingReason | undefined, style: Style): string {
  if (!reason) return `${human(day)} is ${style.green('a working day')}\n`;
  const why = reason.kind === 'weekend' ? `a ${reason.name}` : `a bank holiday: ${visible(reason.name)}`;
  return `${human(day)} is ${style.red('not a working day')}: ${why}\n`;
}

export function renderHolidaysText(year: number, title: string, holidays: readonly { day: DayNumber; holiday: Holiday }[], style: Style): string {
  return `${holidayLines(style, holidays.map(({ day, holiday }) => ({ day, name: holiday.name })), `${title}, ${year}`).join('\n')}\n${prose(
    style,
    style.dim('Weekday holidays only: a holiday on a weekend is replaced by its substitute day.'),
  ).join('\n')}\n`;
}
