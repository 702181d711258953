/** Human renderers for `reminders` and `status`: plain words first, colour only as a help. */
import { formatHumanDay, parseIsoDay } from '../core/day.js';
import type { Schedule, ScheduleEntry } from '../core/schedule.js';
import { type EntryState, type ScheduleStatus, entryState } from '../core/status.js';
import { type Style, table } from './style.js';

const human = (isoDay: string): string => formatHumanDay(parseIsoDay(isoDay)!);

/** A user's line breaks (from --title) would break a line-per-item layout. */
const oneLine = (text: string): string => text.replace(/\r\n|\r|\n/g, ' ');

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || count === -1 ? '' : 's'}`;
}

/** The state in words, so the table reads the same without colour; `>` also points at today. */
const STATE_WORDS: Record<EntryState, string> = { past: 'past', today: '> TODAY', upcoming: 'upcoming' };

function header(schedule: Schedule, style: Style): string {
  return `${style.bold('Received')} ${human(schedule.receiptDate)}; ${style.bold(schedule.deadlineRule.title)} due ${style.green.bold(
    human(schedule.deadline),
  )} (${schedule.deadlineRule.workingDays} working days, ${schedule.deadlineRule.citation})`;
}

/** The schedule as a table: past entries dimmed, today's highlighted, state spelt out. */
export function renderRemindersText(schedule: Schedule, today: string, style: Style): string {
  const todayNumber = parseIsoDay(today)!;
  const paint = (state: EntryState, text: string): string =>
    state === 'past' ? style.dim(text) : state === 'today' ? style.inverse.bold(text) : text;
  const rows = schedule.entries.map((entry) => {
    const state = entryState(entry, todayNumber);
    return [human(entry.date), String(entry.workingDay), String(entry.workingDaysBeforeDeadline), STATE_WORDS[state], entry.label].map((cell) =>
      paint(state, cell),
    );
  });
  const lines = [
    header(schedule, style),
    `${style.dim(`Today is ${human(today)}.`)}`,
    '',
    ...table([['Date', 'Day', 'Left', 'State', 'What'].map((h) => style.bold(h)), ...rows]),
    '',
    style.dim('Day: working days after receipt (the day of receipt never counts). Left: working days to the deadline.'),
  ];
  // Labels may hold a user's line breaks (--title); keep each row on one line in a table.
  return `${lines.map(oneLine).join('\n')}\n`;
}

function entryLine(entry: ScheduleEntry): string {
  return `${human(entry.date)}  ${oneLine(entry.label)}`;
}

/** Where the schedule stands today, for a person reading a CI log. */
export function renderStatusText(schedule: Schedule, status: ScheduleStatus, style: Style): string {
  const remaining = status.workingDaysRemaining;
  const where = status.overdue
    ? style.red.bold(`OVERDUE: the deadline, ${human(status.deadline)}, has passed${remaining < 0 ? ` (${plural(-remaining, 'working day')} ago)` : ''}.`)
    : remaining === 0
      ? style.yellow.bold(`The deadline is TODAY, ${human(status.deadline)}.`)
      : `${plural(remaining, 'working day')} left to the deadline, ${human(status.deadline)}.`;
  const lines = [
    header(schedule, style),
    `Today, ${human(status.today)}: ${
      status.workingDaysElapsed >= 0
        ? `${plural(status.workingDaysElapsed, 'working day')} elapsed since receipt.`
        : `the receipt date is still ${plural(-status.workingDaysElapsed, 'working day')} ahead.`
    } ${where}`,
    `${style.bold('Next milestone:')} ${status.nextMilestone ? entryLine(status.nextMilestone) : 'none'}`,
    status.dueToday.length === 0
      ? `${style.bold('Due today:')} nothing`
      : [style.bold('Due today:'), ...status.dueToday.map((entry) => `  ${style.yellow.bold('>')} ${oneLine(entry.label)}`)].join('\n'),
  ];
  return `${lines.join('\n')}\n`;
}
