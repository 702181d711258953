import type { Command } from 'commander';
import { calendarChangeWarnings } from '../../core/deadline.js';
import { horizonWarning } from '../../core/warnings.js';
import { isWorkingDayJson } from '../../output/json.js';
import { renderIsWorkingDayText } from '../../output/text.js';
import { emit, type Action } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { parseDateArgument } from '../parse.js';

/** `is-working-day <date>`: exit 0 when it is one, 1 when it is not, and why. */
export const runIsWorkingDay: Action = (context, [dateText = '']) => {
  const day = parseDateArgument(dateText, context.today);
  const index = context.indexFor();
  const reason = index.nonWorkingReason(day);
  const warnings = [...calendarChangeWarnings(index, reason ? [{ day, reason }] : [], day, day), ...horizonWarning(index.calendar, day)];
  emit(context, () => isWorkingDayJson(day, reason, warnings), () => renderIsWorkingDayText(day, reason, context.style), warnings);
  context.exitCode = reason ? ExitCode.NotAWorkingDay : ExitCode.Ok;
};

export function describeIsWorkingDay(command: Command): Command {
  return command
    .description('exit 0 if the date is a working day, 1 if not (and say why)')
    .argument('<date>', 'YYYY-MM-DD, DD/MM/YYYY or "today"');
}
