import type { Command } from 'commander';
import { monthGrids } from '../../core/month-grid.js';
import { buildSchedule } from '../../core/schedule.js';
import { renderCalendarView } from '../../output/calendar-view.js';
import { calendarJson } from '../../output/schedule-json.js';
import { type CommandContext, emit } from '../context.js';
import { parseDateArgument } from '../parse.js';
import { indexForRule } from '../rule-option.js';
import { addScheduleRuleOption, resolveScheduleRule } from '../schedule-options.js';

export interface CalendarOptions {
  readonly rule?: string;
}

/** `calendar <receipt-date>`: month grids from the receipt month to the deadline month. */
export function runCalendar(context: CommandContext, receiptText: string, options: CalendarOptions): void {
  const receipt = parseDateArgument(receiptText, context.io.today, 'receipt date');
  const rules = resolveScheduleRule(options.rule);
  const index = indexForRule(context, rules.deadlineRule);
  const schedule = buildSchedule(index, receipt, rules);
  const grids = monthGrids(index, schedule);
  emit(context, () => calendarJson(schedule, grids), () => renderCalendarView(schedule, grids, context.style), schedule.warnings);
}

export const CALENDAR_EXAMPLES = `
Examples:
  $ ofsted-deadline calendar 2014-12-10
  $ ofsted-deadline calendar 2014-12-10 --no-color | lpr      symbols only, for paper
  $ ofsted-deadline calendar 2025-01-02 --rule foi            an FOI request's 20 working days

Each day of the count is marked #n (working day n), *n a milestone, !n the deadline; R is the day
of receipt, H a bank holiday, - a weekend.`;

export function describeCalendar(command: Command): Command {
  return addScheduleRuleOption(command)
    .description('month grids like `cal` from the receipt to the deadline, counted days numbered, milestones marked')
    .argument('<receipt-date>', 'the day the council received the report: YYYY-MM-DD, DD/MM/YYYY or "today"')
    .addHelpText('after', CALENDAR_EXAMPLES);
}
