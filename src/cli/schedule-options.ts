/**
 * The options `reminders` and `status` share, resolved from commander's raw strings into a typed,
 * validated ScheduleOptions by one function (unit-tested directly).
 */
import { Option, type Command } from 'commander';
import type { DayNumber } from '../core/day.js';
import { DeadlineError } from '../core/errors.js';
import { OFSTED_MILESTONE_ORDER, OFSTED_RULES, RULES, RULE_IDS, type Rule, type WorkingDayRule, isOfstedRuleId } from '../core/rules.js';
import type { ScheduleOptions } from '../core/schedule.js';
import { parseDateArgument, parseWorkingDaysArgument } from './parse.js';
import { parseRuleOption } from './rule-option.js';

/** Raw option values as commander hands them over. */
export interface RawScheduleOptions {
  readonly before?: string;
  readonly every?: string;
  readonly title?: string;
  readonly today?: string;
  readonly rule?: string;
}

export interface ResolvedScheduleOptions {
  readonly schedule: ScheduleOptions & { readonly deadlineRule: WorkingDayRule };
  readonly today: DayNumber;
}

/** The rules a schedule can count down to: those counted in working days after receipt. */
export const SCHEDULE_RULE_IDS = RULE_IDS.filter((id) => RULES[id].unit === 'working-days');

/** A catalogue rule counted in working days, with `workingDays` filled in from its amount. */
function asWorkingDayRule(rule: Rule): WorkingDayRule | undefined {
  return rule.unit === 'working-days' ? { ...rule, unit: 'working-days', workingDays: rule.amount } : undefined;
}

/**
 * `--rule ID` to the rule the reminders count down to and the milestones shown beside it: for an
 * Ofsted rule, the shorter Ofsted periods (the written statement shows the draft plan and the
 * published report); for any other rule, none.
 */
export function resolveScheduleRule(text: string | undefined): { deadlineRule: WorkingDayRule; milestoneRules: WorkingDayRule[] } {
  const id = parseRuleOption(text);
  const rule = asWorkingDayRule(RULES[id]);
  if (!rule) {
    throw new DeadlineError(
      'invalid-argument',
      `--rule ${id} is not counted in working days after receipt, so it has no reminder schedule: use ${SCHEDULE_RULE_IDS.join(', ')}`,
      id,
    );
  }
  const milestoneRules = isOfstedRuleId(id)
    ? OFSTED_MILESTONE_ORDER.map((other) => OFSTED_RULES[other]).filter((other) => other.workingDays < rule.workingDays)
    : [];
  return { deadlineRule: rule, milestoneRules };
}

/** `15,10,5,1` to `[15, 10, 5, 1]`; each a whole number of working days from 1. */
export function parseBeforeList(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => part === '')) {
    throw new DeadlineError('invalid-argument', `invalid --before ${JSON.stringify(text)}: expected working days separated by commas, e.g. 15,10,5,1`, text);
  }
  return parts.map((part) => parseWorkingDaysArgument(part, { allowNegative: false, allowZero: false }, '--before value'));
}

/** Validates the shared options: `--rule` resolves here to `deadlineRule` / `milestoneRules`. */
export function resolveScheduleOptions(raw: RawScheduleOptions, englandToday: string): ResolvedScheduleOptions {
  if (raw.title !== undefined && raw.title.trim() === '') {
    throw new DeadlineError('invalid-argument', 'invalid --title: expected some text, e.g. --title "Plymouth: written statement"', raw.title);
  }
  const schedule = {
    ...resolveScheduleRule(raw.rule),
    ...(raw.before === undefined ? {} : { before: parseBeforeList(raw.before) }),
    ...(raw.every === undefined ? {} : { every: parseWorkingDaysArgument(raw.every, { allowNegative: false, allowZero: false }, '--every') }),
    // One kind of line break, so CSV, JSON and iCalendar (which knows only \n) carry the same title.
    ...(raw.title === undefined ? {} : { title: raw.title.replace(/\r\n?/g, '\n') }),
  };
  const today = parseDateArgument(raw.today ?? englandToday, englandToday, '--today date');
  return { schedule, today };
}

/** `--rule` for the commands built on a schedule (working-day rules only). */
export function addScheduleRuleOption(command: Command): Command {
  return command.option('--rule <id>', `the rule to count down to: ${SCHEDULE_RULE_IDS.join(', ')} (default written-statement)`);
}

/** Adds --rule, --before, --every, --today and --title. */
export function addScheduleOptions(command: Command): Command {
  return addScheduleRuleOption(command)
    .addOption(new Option('--before <list>', 'reminders this many working days before the deadline, replacing 20,10,5,2,1 (e.g. 15,10,5,1)'))
    .addOption(new Option('--every <n>', 'also a check-in every N working days from day 1'))
    .addOption(new Option('--today <date>', 'the day to measure from (default: today in England)'))
    .addOption(new Option('--title <text>', 'prefix for every label, e.g. "Plymouth: written statement"'));
}
