/** What `reminders`, `status` and `calendar` share: the deadline, then its schedule. */
import type { Command } from 'commander';
import { type Schedule, buildSchedule } from '../../core/schedule.js';
import type { WorkingDayIndex } from '../../core/working-days.js';
import type { CommandContext } from '../context.js';
import { addDeadlineOptions, deadlineOf, resolveDeadlineOptions } from '../deadline-options.js';
import { parseDateArgument } from '../parse.js';
import type { RawOptions } from '../raw-options.js';
import { type ResolvedScheduleOptions, addScheduleOptions, resolveScheduleOptions } from '../schedule-options.js';

export interface ScheduleRun extends ResolvedScheduleOptions {
  readonly index: WorkingDayIndex;
  readonly built: Schedule;
}

/** The schedule of a receipt date under the deadline options, the same deadline the default command gives. */
export function scheduleFor(context: CommandContext, receiptText: string, options: RawOptions): ScheduleRun {
  const choice = resolveDeadlineOptions(options);
  const resolved = resolveScheduleOptions(options, context.today);
  const event = parseDateArgument(receiptText, context.today, 'receipt date');
  const index = context.indexFor(choice.rule);
  const result = deadlineOf(index, choice, event);
  return { ...resolved, index, built: buildSchedule(index, result, resolved.schedule) };
}

/** The receipt argument, the deadline options and (unless `calendar`, which has no use for them) the schedule options. */
export function describeScheduleCommand(command: Command, description: string, withScheduleOptions = true): Command {
  const described = addDeadlineOptions(
    command.description(description).argument('<receipt-date>', 'the day the council received the report: YYYY-MM-DD, DD/MM/YYYY or "today"'),
  );
  return withScheduleOptions ? addScheduleOptions(described) : described;
}
