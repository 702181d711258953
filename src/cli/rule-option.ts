import { type Command, Option } from 'commander';
import { DeadlineError } from '../core/errors.js';
import { DEFAULT_RULE_ID, RECEIPT_CONVENTIONS, RULE_IDS, type ReceiptConvention, type Rule, type RuleId, isRuleId } from '../core/rules.js';
import type { WorkingDayIndex } from '../core/working-days.js';
import type { CommandContext } from './context.js';

/** The options any command that applies one rule takes (the default command, reminders, status). */
export interface RuleOptions {
  readonly rule?: string;
  readonly receiptConvention?: string;
}

/** Adds `--rule ID` and `--receipt-convention` to a command. */
export function addRuleOptions(command: Command): Command {
  return command
    .option('--rule <id>', `the rule to apply: ${RULE_IDS.join(', ')} (default ${DEFAULT_RULE_ID}; see \`ofsted-deadline rules\`)`)
    .addOption(
      new Option(
        '--receipt-convention <convention>',
        'how a weekend or holiday receipt counts: ordinary (default; day 1 is the next working day) or deemed-next-working-day (deemed received on the next working day, so one day later)',
      ).choices(RECEIPT_CONVENTIONS),
    );
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
  if (!(RECEIPT_CONVENTIONS as readonly string[]).includes(text)) {
    throw new DeadlineError('invalid-argument', `invalid --receipt-convention "${text}": expected ${RECEIPT_CONVENTIONS.join(' or ')}`, text);
  }
  return text as ReceiptConvention;
}

/** The calendar a rule counts with: --region when given, else the rule's own (FOI: the UK). */
export function indexForRule(context: CommandContext, rule: Rule): WorkingDayIndex {
  return context.indexFor(context.region ?? rule.calendar);
}
