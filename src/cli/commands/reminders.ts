import type { Action } from '../context.js';
import { type Command, Option } from 'commander';
import { renderRemindersCsv } from '../../output/csv.js';
import { stringifyJson } from '../../output/json.js';
import { renderRemindersText } from '../../output/reminders-text.js';
import { remindersJson } from '../../output/schedule-json.js';
import { plainStyle } from '../../output/style.js';
import { deliver, writesToFile } from '../deliver.js';
import { addAfterHelp } from '../help-text.js';
import { flagOption, stringOption } from '../raw-options.js';
import { describeScheduleCommand, scheduleFor } from './schedule-command.js';

/** `reminders <receipt-date>`: the dated schedule as a table, JSON, CSV or iCalendar. */
export const runReminders: Action = async (context, [receiptText = ''], options) => {
  const { built: schedule, today } = scheduleFor(context, receiptText, options);
  const output = stringOption(options, 'output');
  let document: string;
  if (context.json) document = stringifyJson(remindersJson(schedule, today));
  else if (flagOption(options, 'csv')) document = renderRemindersCsv(schedule, today);
  else if (flagOption(options, 'ics')) {
    // The iCalendar writer is loaded only when asked for: no other run pays for it.
    const { renderRemindersIcs } = await import('../../output/ics.js');
    document = renderRemindersIcs(schedule, { today, ...(schedule.title === undefined ? {} : { title: schedule.title }) });
  }
  // A file never gets terminal colour codes.
  else document = renderRemindersText(schedule, today, writesToFile(output) ? plainStyle() : context.style);
  deliver(context, document, output, schedule.result.warnings, context.json || !(flagOption(options, 'csv') || flagOption(options, 'ics')));
};

export const REMINDERS_EXAMPLES = `
Examples:
  $ ofsted-deadline reminders 2014-12-10
  $ ofsted-deadline reminders 2014-12-10 --before 15,10,5,1 --title "Children's services"
  $ ofsted-deadline reminders 2014-12-10 --ics --output reminders.ics    import into Outlook or Google
  $ ofsted-deadline reminders 2014-12-10 --csv --output reminders.csv    open in Excel
  $ ofsted-deadline reminders 2014-12-10 --every 10 --json
  $ ofsted-deadline reminders 2025-01-02 --rule foi --before 5,1      an FOI request

The default schedule: the early draft action plan (20 working days, Ofsted practice), the published
report (30, SI 2007/462 reg 2), reminders 20, 10, 5, 2 and 1 working days before the written
statement deadline, and the deadline itself (70). --before replaces the reminders; --every adds
check-ins; --rule counts down to another working-day rule instead. A CSV cell that would start
(after spaces) with = + - @, a tab or a CR, or with ', gets a leading ' so no spreadsheet runs it.`;

export function describeReminders(command: Command): Command {
  return addAfterHelp(
    describeScheduleCommand(command, 'a dated reminder schedule up to the written statement deadline, as a table, JSON, CSV or iCalendar')
    .addOption(new Option('--csv', 'write CSV (RFC 4180) for a spreadsheet').conflicts(['json', 'ics']))
    .addOption(new Option('--ics', 'write an iCalendar file (RFC 5545) of all-day events').conflicts(['json']))
    .addOption(new Option('--output <file>', 'write to FILE (replaced only once complete) instead of stdout; - is stdout'))
    ,
    REMINDERS_EXAMPLES,
  );
}
