import type { Command } from 'commander';
import { calendarChangeWarnings, skippedDaysIn } from '../../core/deadline.js';
import { horizonWarning } from '../../core/warnings.js';
import { countJson } from '../../output/json.js';
import { renderCountText } from '../../output/text.js';
import { emit, type Action } from '../context.js';
import { parseDateArgument } from '../parse.js';

/** `count <from> <to>`: working days after `from` up to and including `to`. */
export const runCount: Action = (context, [fromText = '', toText = '']) => {
  const from = parseDateArgument(fromText, context.today, 'from date');
  const to = parseDateArgument(toText, context.today, 'to date');
  const index = context.indexFor();
  const workingDays = index.count(from, to);
  // The days counted: after the earlier date, up to and including the later one.
  const first = Math.min(from, to) + 1;
  const last = Math.max(from, to);
  const warnings = [...calendarChangeWarnings(index, skippedDaysIn(index, first, last), first, last), ...horizonWarning(index.calendar, last)];
  emit(context, () => countJson(from, to, workingDays, warnings), () => renderCountText(from, to, workingDays, context.style), warnings);
};

export function describeCount(command: Command): Command {
  return command
    .description('working days after <from> up to and including <to> (negative when <to> is earlier)')
    .argument('<from>', 'YYYY-MM-DD, DD/MM/YYYY or "today"')
    .argument('<to>', 'YYYY-MM-DD, DD/MM/YYYY or "today"');
}
