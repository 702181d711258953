/**
 * The deadline options, the same on every command that computes a deadline (the default command,
 * batch, reminders, status, calendar): --rule, --days and --receipt-convention, resolved from
 * commander's raw strings by one function. The calendar options (--region, --holidays-file,
 * --extra-holiday) are common to every command (context.ts).
 */
import { type Command, Option } from 'commander';
import type { DayNumber } from '../core/day.js';
import { type DeadlineResult, computeDeadline } from '../core/deadline.js';
import { DeadlineError } from '../core/errors.js';
import type { WorkingDayIndex } from '../core/working-days.js';
import { DEFAULT_RULE_ID, RECEIPT_CONVENTIONS, RULES, RULE_IDS, type ReceiptConvention, type Rule, type RuleId, isRuleId } from '../core/rules.js';
import { parseWorkingDaysArgument } from './parse.js';
import { type RawOptions, stringOption } from './raw-options.js';

/** What a command needs to ask the core for a deadline. */
export interface DeadlineChoice {
  readonly rule: Rule;
  /** `--days N`: a one-off period in place of the rule's own. */
  readonly workingDays?: number;
  readonly receiptConvention: ReceiptConvention;
}

/** `--receipt-convention`, with its choices: on every command that counts from a receipt. */
export function receiptConventionOption(): Option {
  return new Option(
    '--receipt-convention <convention>',
    'how a weekend or holiday receipt counts: ordinary (default; day 1 is the next working day) or deemed-next-working-day (deemed received on the next working day, so one day later)',
  ).choices(RECEIPT_CONVENTIONS);
}

/** Adds --rule, --days and --receipt-convention. */
export function addDeadlineOptions(command: Command): Command {
  return command
    .option('--rule <id>', `the rule to apply: ${RULE_IDS.join(', ')} (default ${DEFAULT_RULE_ID}; see \`ofsted-deadline rules\`)`)
    .option('--days <n>', "count N working days instead of the rule's own period (a one-off count, labelled as such)")
    .addOption(receiptConventionOption());
}

/** `--rule ID`, checked; the written statement when absent. */
export function parseRuleOption(text: string | undefined): RuleId {
  if (text === undefined) return DEFAULT_RULE_ID;
  if (!isRuleId(text)) throw new DeadlineError('invalid-argument', `unknown --rule "${text}": expected one of ${RULE_IDS.join(', ')}`, text);
  return text;
}

/** `--receipt-convention`, checked; `ordinary` when absent. */
export function parseReceiptConvention(text: string | undefined): ReceiptConvention {
  if (text === undefined) return 'ordinary';
  const convention = RECEIPT_CONVENTIONS.find((known) => known === text);
  if (convention === undefined) {
    throw new DeadlineError('invalid-argument', `invalid --receipt-convention "${text}": expected ${RECEIPT_CONVENTIONS.join(' or ')}`, text);
  }
  return convention;
}

/** The deadline options, checked; throws a DeadlineError (exit 2) for a bad value. */
export function resolveDeadlineOptions(options: RawOptions): DeadlineChoice {
  const rule = RULES[parseRuleOption(stringOption(options, 'rule'))];
  const receiptConvention = parseReceiptConvention(stringOption(options, 'receiptConvention'));
  const days = stringOption(options, 'days');
  if (days === undefined) return { rule, receiptConvention };
  if (rule.unit !== 'working-days') {
    throw new DeadlineError('invalid-argument', `--days replaces a period counted in working days; the ${rule.id} rule counts ${rule.unit.replaceAll('-', ' ')}`, days);
  }
  return { rule, receiptConvention, workingDays: parseWorkingDaysArgument(days, { allowNegative: false, allowZero: false }, '--days') };
}

/** The one call every deadline command makes: the chosen rule, period and convention applied to a date. */
export function deadlineOf(index: WorkingDayIndex, choice: DeadlineChoice, event: DayNumber): DeadlineResult {
  return computeDeadline(index, {
    rule: choice.rule,
    event,
    receiptConvention: choice.receiptConvention,
    ...(choice.workingDays === undefined ? {} : { workingDays: choice.workingDays }),
  });
}
