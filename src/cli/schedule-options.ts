/**
 * The options `reminders` and `status` share, resolved from commander's raw strings into a typed,
 * validated ScheduleOptions by one function (unit-tested directly).
 */
import { Option, type Command } from 'commander';
import type { DayNumber } from '../core/day.js';
import { DeadlineError } from '../core/errors.js';
import type { ScheduleOptions } from '../core/schedule.js';
import { parseDateArgument, parseWorkingDaysArgument } from './parse.js';

/** Raw option values as commander hands them over. */
export interface RawScheduleOptions {
  readonly before?: string;
  readonly every?: string;
  readonly title?: string;
  readonly today?: string;
}

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

/**
 * Validates the shared options. The rule is fixed to the Ofsted written statement for now: when a
 * rules catalogue exists, `--rule ID` resolves here to `deadlineRule` / `milestoneRules`.
 */
export function resolveScheduleOptions(raw: RawScheduleOptions, englandToday: string): ResolvedScheduleOptions {
  if (raw.title !== undefined && raw.title.trim() === '') {
    throw new DeadlineError('invalid-argument', 'invalid --title: expected some text, e.g. --title "Plymouth: written statement"', raw.title);
  }
  const schedule: ScheduleOptions = {
    ...(raw.before === undefined ? {} : { before: parseBeforeList(raw.before) }),
    ...(raw.every === undefined ? {} : { every: parseWorkingDaysArgument(raw.every, { allowNegative: false, allowZero: false }, '--every') }),
    // One kind of line break, so CSV, JSON and iCalendar (which knows only \n) carry the same title.
    ...(raw.title === undefined ? {} : { title: raw.title.replace(/\r\n?/g, '\n') }),
  };
  const today = parseDateArgument(raw.today ?? englandToday, englandToday, '--today date');
  return { schedule, today };
}

/** Adds --before, --every, --today and --title. */
export function addScheduleOptions(command: Command): Command {
  return command
    .addOption(new Option('--before <list>', 'reminders this many working days before the deadline, replacing 20,10,5,2,1 (e.g. 15,10,5,1)'))
    .addOption(new Option('--every <n>', 'also a check-in every N working days from day 1'))
    .addOption(new Option('--today <date>', 'the day to measure from (default: today in England)'))
    .addOption(new Option('--title <text>', 'prefix for every label, e.g. "Plymouth: written statement"'));
}
