/**
 * The options `reminders`, `status` and `calendar` share besides the deadline options: resolved
 * from commander's raw strings into typed, validated values by one function (unit-tested directly).
 */
import { type Command, Option } from 'commander';
import type { DayNumber } from '../core/day.js';
import { DeadlineError } from '../core/errors.js';
import type { ScheduleOptions } from '../core/schedule.js';
import { type Today, parseDateArgument, parseWorkingDaysArgument } from './parse.js';
import { type RawOptions, stringOption } from './raw-options.js';

export interface ResolvedScheduleOptions {
  readonly schedule: ScheduleOptions;
  readonly today: DayNumber;
}

/** `15,10,5,1` to `[15, 10, 5, 1]`; each a whole number of working days from 1. */
export function parseBeforeList(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => part === '')) {
    throw new DeadlineError('invalid-argument', `invalid --before ${JSON.stringify(text)}: expected working days separated by commas, e.g. 15,10,5,1`, text);
  }
  return parts.map((part) => parseWorkingDaysArgument(part, { allowNegative: false, allowZero: false }, '--before value'));
}

/** Validates --before, --every and --title, and reads today (England's, or --today). */
export function resolveScheduleOptions(options: RawOptions, englandToday: Today): ResolvedScheduleOptions {
  const title = stringOption(options, 'title');
  const before = stringOption(options, 'before');
  const every = stringOption(options, 'every');
  if (title !== undefined && title.trim() === '') {
    throw new DeadlineError('invalid-argument', 'invalid --title: expected some text, e.g. --title "Plymouth: written statement"', title);
  }
  const schedule: ScheduleOptions = {
    ...(before === undefined ? {} : { before: parseBeforeList(before) }),
    ...(every === undefined ? {} : { every: parseWorkingDaysArgument(every, { allowNegative: false, allowZero: false }, '--every') }),
    // One kind of line break, so CSV, JSON and iCalendar (which knows only \n) carry the same title.
    ...(title === undefined ? {} : { title: title.replace(/\r\n?/g, '\n') }),
  };
  // --today is a common option: context.today already means it when it was given.
  const today = parseDateArgument('today', englandToday, '--today date');
  return { schedule, today };
}

/** Adds --before, --every and --title (--today is common to every command). */
export function addScheduleOptions(command: Command): Command {
  return command
    .addOption(new Option('--before <list>', 'reminders this many working days before the deadline, replacing 20,10,5,2,1 (e.g. 15,10,5,1)'))
    .addOption(new Option('--every <n>', 'also a check-in every N working days from day 1'))
    .addOption(new Option('--title <text>', 'prefix for every label, e.g. "Plymouth: written statement"'));
}
