import { type Command, Option } from 'commander';
import { scheduleStatus } from '../../core/status.js';
import { renderStatusText } from '../../output/reminders-text.js';
import { statusJson } from '../../output/schedule-json.js';
import { emit, type Action } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { addAfterHelp } from '../help-text.js';
import { flagOption } from '../raw-options.js';
import { describeScheduleCommand, scheduleFor } from './schedule-command.js';

/** The exit-code policy of `status --exit-code`: a passed deadline outranks anything due today. */
export function statusExitCode(status: { readonly overdue: boolean; readonly dueToday: readonly unknown[] }): ExitCode {
  if (status.overdue) return ExitCode.DeadlinePassed;
  return status.dueToday.length > 0 ? ExitCode.DueToday : ExitCode.Ok;
}

/** `status <receipt-date>`: where the count stands today, for a CI job or a cron line. */
export const runStatus: Action = (context, [receiptText = ''], options) => {
  const { built: schedule, index, today } = scheduleFor(context, receiptText, options);
  const status = scheduleStatus(index, schedule, today);
  emit(context, () => statusJson(schedule, status), () => renderStatusText(schedule, status, context.style));
  if (flagOption(options, 'exitCode')) context.exitCode = statusExitCode(status);
};

export const STATUS_EXAMPLES = `
Examples:
  $ ofsted-deadline status 2014-12-10 --today 2015-03-16
  $ ofsted-deadline status 2014-12-10 --json
  $ ofsted-deadline status 2014-12-10 --exit-code || notify-team      in a nightly CI job

With --exit-code: 0 nothing due today; 3 a milestone, reminder or the deadline falls due today;
4 the deadline has passed; 2 bad input. Without it, status exits 0 whatever the state.
A ready GitHub Actions workflow: examples/github-actions-ofsted-reminder.yml.`;

export function describeStatus(command: Command): Command {
  return addAfterHelp(
    describeScheduleCommand(command, 'where the count stands today: working days elapsed and left, the next milestone, what is due')
    .addOption(new Option('--exit-code', 'exit 3 when something falls due today, 4 once the deadline has passed'))
    ,
    STATUS_EXAMPLES,
  );
}
