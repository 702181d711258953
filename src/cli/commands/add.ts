import type { Command } from 'commander';
import { PLAIN_WORKING_DAYS, computeDeadline } from '../../core/deadline.js';
import { addJson } from '../../output/json.js';
import { renderAddText } from '../../output/text.js';
import { emit, type Action } from '../context.js';
import { parseDateArgument, parseWorkingDaysArgument } from '../parse.js';

/** `add <date> <n>`: the nth working day after the date (before it when n is negative). */
export const runAdd: Action = (context, [dateText = '', countText = '']) => {
  const from = parseDateArgument(dateText, context.today);
  const n = parseWorkingDaysArgument(countText, { allowNegative: true, allowZero: true });
  const result = computeDeadline(context.indexFor(), { rule: PLAIN_WORKING_DAYS, event: from, workingDays: n });
  emit(context, () => addJson(result), () => renderAddText(result, context.style), result.warnings);
};

export function describeAdd(command: Command): Command {
  return command
    .description('the nth working day after a date; a negative n counts back (add 2015-03-23 -70)')
    .argument('<date>', 'YYYY-MM-DD, DD/MM/YYYY or "today"')
    .argument('<n>', 'whole number of working days, negative to go back');
}
