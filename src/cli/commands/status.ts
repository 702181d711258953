import { Option, type Command } from 'commander';
import { buildSchedule } from '../../core/schedule.js';
import { scheduleStatus } from '../../core/status.js';
import { renderStatusText } from '../../output/reminders-text.js';
import { statusJson } from '../../output/schedule-json.js';
import { type CommandContext, emit } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { parseDateArgument } from '../parse.js';
import { indexForRule } from '../rule-option.js';
import { type RawScheduleOptions, addScheduleOptions, resolveScheduleOptions } from '../schedule-options.js';

export interface StatusOptions extends RawScheduleOptions {
  readonly exitCode?: boolean;
}

/** The exit-code policy of `status --exit-code`: a passed deadline outranks anything due today. */
export function statusExitCode(status: { readonly overdue: boolean; readonly dueToday: readonly unknown[] }): ExitCode {
  if (status.overdue) return ExitCode.DeadlinePassed;
  return status.dueToday.length > 0 ? ExitCode.DueToday : ExitCode.Ok;
}

/** `status <receipt-date>`: where the count stands today, for a CI job or a cron line. */
export function runStatus(context: CommandContext, receiptText: string, options: StatusOptions): void {
  const receipt = parseDateArgument(receiptText, context.io.today, 'receipt date');
  const { schedule: scheduleOptions, today } = resolveScheduleOptions(options, context.io.today);
  const index = indexForRule(context, scheduleOptions.deadlineRule);
  const schedule = buildSchedule(index, receipt, scheduleOptions);
  const status = scheduleStatus(index, schedule, today);
  emit(context, () => statusJson(schedule, status), () => renderStatusText(schedule, status, context.style), schedule.warnings);
  if (options.exitCode) context.exitCode = statusExitCode(status);
}

export const STATUS_EXAMPLES = `
Examples:
  $ ofsted-deadline status 2014-12-10 --today 2015-03-16
  $ ofsted-deadline status 2014-12-10 --json
  $ ofsted-deadline status 2014-12-10 --exit-code || notify-team      in a nightly CI job

With --exit-code: 0 nothing due today; 3 a milestone, reminder or the deadline falls due today;
4 the deadline has passed; 2 bad input. Without it, status exits 0 whatever the state.
A ready GitHub Actions workflow: examples/github-actions-ofsted-reminder.yml.`;

export function describeStatus(command: Command): Command {
  addScheduleOptions(
    command
      .description('where the count stands today: working days elapsed and left, the next milestone, what is due')
      .argument('<receipt-date>', 'the day the council received the report: YYYY-MM-DD, DD/MM/YYYY or "today"'),
  );
  return command
    .addOption(new Option('--exit-code', 'exit 3 when something falls due today, 4 once the deadline has passed'))
    .addHelpText('after', STATUS_EXAMPLES);
}
