import { Option, type Command } from 'commander';
import { formatIsoDay } from '../../core/day.js';
import { buildSchedule } from '../../core/schedule.js';
import { renderRemindersCsv } from '../../output/csv.js';
import { renderRemindersIcs } from '../../output/ics.js';
import { stringifyJson } from '../../output/json.js';
import { renderRemindersText } from '../../output/reminders-text.js';
import { remindersJson } from '../../output/schedule-json.js';
import { createStyle } from '../../output/style.js';
import type { CommandContext } from '../context.js';
import { deliver } from '../deliver.js';
import { parseDateArgument } from '../parse.js';
import { indexForRule } from '../rule-option.js';
import { type RawScheduleOptions, addScheduleOptions, resolveScheduleOptions } from '../schedule-options.js';

export interface RemindersOptions extends RawScheduleOptions {
  readonly csv?: boolean;
  readonly ics?: boolean;
  readonly output?: string;
}

/** `reminders <receipt-date>`: the dated schedule as a table, JSON, CSV or iCalendar. */
export function runReminders(context: CommandContext, receiptText: string, options: RemindersOptions): void {
  const receipt = parseDateArgument(receiptText, context.io.today, 'receipt date');
  const { schedule: scheduleOptions, today } = resolveScheduleOptions(options, context.io.today);
  const schedule = buildSchedule(indexForRule(context, scheduleOptions.deadlineRule), receipt, scheduleOptions);
  const todayIso = formatIsoDay(today);
  let document: string;
  if (context.json) document = stringifyJson(remindersJson(schedule, todayIso));
  else if (options.csv) document = renderRemindersCsv(schedule, todayIso);
  else if (options.ics) document = renderRemindersIcs(schedule, { today: todayIso, ...(scheduleOptions.title === undefined ? {} : { title: scheduleOptions.title }) });
  // A file never gets terminal colour codes.
  else document = renderRemindersText(schedule, todayIso, options.output === undefined ? context.style : createStyle(false));
  deliver(context, document, options.output, schedule.warnings);
}

export const REMINDERS_EXAMPLES = `
Examples:
  $ ofsted-deadline reminders 2014-12-10
  $ ofsted-deadline reminders 2014-12-10 --before 15,10,5,1 --title "Children's services: written statement"
  $ ofsted-deadline reminders 2014-12-10 --ics --output reminders.ics    import into Outlook or Google
  $ ofsted-deadline reminders 2014-12-10 --csv --output reminders.csv    open in Excel
  $ ofsted-deadline reminders 2014-12-10 --every 10 --json
  $ ofsted-deadline reminders 2025-01-02 --rule foi --before 5,1      an FOI request

The default schedule: the early draft action plan (20 working days, Ofsted practice), the published
report (30, SI 2007/462 reg 2), reminders 20, 10, 5, 2 and 1 working days before the written
statement deadline, and the deadline itself (70). --before replaces the reminders; --every adds
check-ins; --rule counts down to another working-day rule instead. CSV cells that would start with = + - @ are prefixed with ' so no spreadsheet runs them.`;

export function describeReminders(command: Command): Command {
  addScheduleOptions(
    command
      .description('a dated reminder schedule up to the written statement deadline, as a table, JSON, CSV or iCalendar')
      .argument('<receipt-date>', 'the day the council received the report: YYYY-MM-DD, DD/MM/YYYY or "today"'),
  );
  return command
    .addOption(new Option('--csv', 'write CSV (RFC 4180) for a spreadsheet').conflicts(['json', 'ics']))
    .addOption(new Option('--ics', 'write an iCalendar file (RFC 5545) of all-day events').conflicts(['json']))
    .addOption(new Option('--output <file>', 'write to FILE instead of stdout'))
    .addHelpText('after', REMINDERS_EXAMPLES);
}
