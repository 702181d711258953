/** Human renderers for `reminders` and `status`: plain words first, colour only as a help. */
import type { DayNumber } from '../core/day.js';
import type { Schedule, ScheduleEntry } from '../core/schedule.js';
import { type EntryState, type ScheduleStatus, entryState } from '../core/status.js';
import { entryLabel } from './schedule-words.js';
import { type Style, table } from './style.js';
import { prose, renderWarnings } from './text.js';
import { human, plural, visible } from './words.js';

/** The state in words, so the table reads the same without colour; `>` also points at today. */
const STATE_WORDS: Record<EntryState, string> = { past: 'past', today: '> TODAY', upcoming: 'upcoming' };

function header(schedule: Schedule, style: Style): string[] {
  const { result } = schedule;
  // Warnings come first, before any date a reader might copy.
  const warnings = result.warnings.length > 0 ? [renderWarnings(style, result.warnings).trimEnd()] : [];
  return [
    ...warnings,
    ...prose(
      style,
      `${style.bold('Received')} ${human(result.event)}; ${style.bold(result.rule.title)} due ${style.green.bold(human(result.deadline))} (${plural(
        result.rule.amount,
        'working day',
      )}, ${result.rule.citation})`,
    ),
  ];
}

/** An entry's label on one line: a user's title may hold line breaks or control characters. */
const shownLabel = (schedule: Schedule, entry: ScheduleEntry): string => visible(entryLabel(schedule, entry));

/** The schedule as a table: past entries dimmed, today's highlighted, state spelt out. */
export function renderRemindersText(schedule: Schedule, today: DayNumber, style: Style): string {
  const paint = (state: EntryState, text: string): string =>
    state === 'past' ? style.dim(text) : state === 'today' ? style.inverse.bold(text) : text;
  const rows = schedule.entries.map((entry) => {
    const state = entryState(entry, today);
    return [human(entry.date), String(entry.workingDay), String(entry.workingDaysBeforeDeadline), STATE_WORDS[state], shownLabel(schedule, entry)].map((cell) =>
      paint(state, cell),
    );
  });
  const lines = [
    ...header(schedule, style),
    `${style.dim(`Today is ${human(today)}.`)}`,
    '',
    ...table([['Date', 'Day', 'Left', 'State', 'What'].map((h) => style.bold(h)), ...rows], '  ', style.width),
    '',
    ...prose(style, style.dim('Day: working days after receipt (the day of receipt never counts). Left: working days to the deadline.'), ''),
  ];
  return `${lines.join('\n')}\n`;
}

/** Where the schedule stands today, for a person reading a CI log. */
export function renderStatusText(schedule: Schedule, status: ScheduleStatus, style: Style): string {
  const { deadline } = schedule.result;
  const remaining = status.workingDaysRemaining;
  const where = status.overdue
    ? style.red.bold(`OVERDUE: the deadline, ${human(deadline)}, has passed${remaining < 0 ? ` (${plural(-remaining, 'working day')} ago)` : ''}.`)
    : remaining === 0
      ? style.yellow.bold(`The deadline is TODAY, ${human(deadline)}.`)
      : `${plural(remaining, 'working day')} left to the deadline, ${human(deadline)}.`;
  const lines = [
    ...header(schedule, style),
    ...prose(
      style,
      `Today, ${human(status.today)}: ${
        status.workingDaysElapsed >= 0
          ? `${plural(status.workingDaysElapsed, 'working day')} elapsed since receipt.`
          : `the receipt date is still ${plural(-status.workingDaysElapsed, 'working day')} ahead.`
      } ${where}`,
      '',
    ),
    ...prose(style, `${style.bold('Next milestone:')} ${status.nextMilestone ? `${human(status.nextMilestone.date)}  ${shownLabel(schedule, status.nextMilestone)}` : 'none'}`, ''),
    ...(status.dueToday.length === 0
      ? [`${style.bold('Due today:')} nothing`]
      : [style.bold('Due today:'), ...status.dueToday.flatMap((entry) => prose(style, `${style.yellow.bold('>')} ${shownLabel(schedule, entry)}`, '  ', '    '))]),
  ];
  return `${lines.join('\n')}\n`;
}
