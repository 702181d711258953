import type { Command } from 'commander';
import { monthGrids } from '../../core/month-grid.js';
import { renderCalendarView } from '../../output/calendar-view.js';
import { calendarJson } from '../../output/schedule-json.js';
import { emit, type Action } from '../context.js';
import { addAfterHelp } from '../help-text.js';
import { describeScheduleCommand, scheduleFor } from './schedule-command.js';

/** `calendar <receipt-date>`: month grids from the receipt month to the deadline month. */
export const runCalendar: Action = (context, [receiptText = ''], options) => {
  const { built: schedule, index } = scheduleFor(context, receiptText, options);
  const grids = monthGrids(index, schedule);
  emit(context, () => calendarJson(schedule, grids), () => renderCalendarView(schedule, grids, context.style));
};

export const CALENDAR_EXAMPLES = `
Examples:
  $ ofsted-deadline calendar 2014-12-10
  $ ofsted-deadline calendar 2014-12-10 --no-color | lpr      symbols only, for paper
  $ ofsted-deadline calendar 2025-01-02 --rule foi            an FOI request's 20 working days

Each day of the count is marked #n (working day n), *n a milestone, !n the deadline; R is the day
of receipt, H a bank holiday, - a weekend.`;

export function describeCalendar(command: Command): Command {
  return addAfterHelp(
    describeScheduleCommand(command, 'month grids like `cal` from the receipt to the deadline, counted days numbered, milestones marked', false),
    CALENDAR_EXAMPLES,
  );
}
