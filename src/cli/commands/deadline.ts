import { type Command, CommanderError } from 'commander';
import { explainDeadline, trailCounting } from '../../core/explain.js';
import { renderExplainText } from '../../output/explain.js';
import { deadlineJson } from '../../output/json.js';
import { renderDeadlineText } from '../../output/text.js';
import { emit, type Action } from '../context.js';
import { addDeadlineOptions, deadlineOf, resolveDeadlineOptions } from '../deadline-options.js';
import { ExitCode } from '../exit-codes.js';
import { parseDateArgument } from '../parse.js';
import { flagOption } from '../raw-options.js';

/** `ofsted-deadline <date>`: the deadline of one rule (the written statement by default). */
export const runDeadline: Action = (context, [dateText], options) => {
  if (dateText === undefined) {
    throw new CommanderError(ExitCode.BadInput, 'ofsted-deadline.missingDate', 'missing receipt date: try `ofsted-deadline 2014-12-10` or --help');
  }
  const choice = resolveDeadlineOptions(options);
  const event = parseDateArgument(dateText, context.today, choice.rule.event === 'meeting' ? 'meeting date' : 'receipt date');
  const index = context.indexFor(choice.rule);
  const result = deadlineOf(index, choice, event);
  const explained = flagOption(options, 'explain') ? explainDeadline(index, result) : undefined;
  emit(
    context,
    () => deadlineJson(result, { holidaysFile: context.holidaysFile, days: explained }),
    () =>
      renderDeadlineText(result, { holidaysFile: context.holidaysFile }, context.style) +
      (explained ? `\n${renderExplainText(explained, trailCounting(result), context.style)}` : ''),
  );
};

export function describeDeadline(program: Command): Command {
  return addDeadlineOptions(
    program.argument('[date]', 'the day the report (or request) was received, or for --rule agenda the meeting: YYYY-MM-DD, DD/MM/YYYY or "today"'),
  ).option('--explain', 'list every day from the day after the date to the deadline: day k, or skipped and why');
}
