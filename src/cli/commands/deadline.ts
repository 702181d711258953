import type { Command } from 'commander';
import { ofstedDeadlines } from '../../core/deadline.js';
import { deadlineJson } from '../../output/json.js';
import { renderDeadlinesText } from '../../output/text.js';
import { type CommandContext, emit } from '../context.js';
import { parseDateArgument, parseWorkingDaysArgument } from '../parse.js';

export interface DeadlineOptions {
  readonly days?: string;
}

/** `ofsted-deadline <receipt-date>`: the Ofsted deadlines for a report received that day. */
export function runDeadline(context: CommandContext, receiptText: string, options: DeadlineOptions): void {
  const receipt = parseDateArgument(receiptText, () => context.io.today, 'receipt date');
  const days =
    options.days === undefined ? undefined : parseWorkingDaysArgument(options.days, { allowNegative: false, allowZero: false }, '--days');
  const result = ofstedDeadlines(context.index, receipt, days === undefined ? {} : { days });
  emit(context, () => deadlineJson(result), () => renderDeadlinesText(result, context.style), result.warnings);
}

export function describeDeadline(program: Command): Command {
  return program
    .argument('[receipt-date]', 'the day the council received the report: YYYY-MM-DD, DD/MM/YYYY or "today"')
    .option('--days <n>', 'count N working days instead of the written statement\'s 70 (a one-off calculation)');
}
