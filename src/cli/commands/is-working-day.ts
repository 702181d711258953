import type { Command } from 'commander';
import { formatIsoDay, yearOf } from '../../core/day.js';
import { horizonWarnings } from '../../core/deadline.js';
import { type IsWorkingDayJson, SCHEMA_VERSION, toJsonWarning } from '../../output/json.js';
import { renderIsWorkingDayText } from '../../output/text.js';
import { type CommandContext, emit } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { parseDateArgument } from '../parse.js';

/** `is-working-day <date>`: exit 0 when it is one, 1 when it is not, and why. */
export function runIsWorkingDay(context: CommandContext, dateText: string): void {
  const day = parseDateArgument(dateText, () => context.io.today);
  const reason = context.index.nonWorkingReason(day);
  const warnings = horizonWarnings(context.index.calendar, yearOf(day), `${formatIsoDay(day)} falls in ${yearOf(day)}`);
  const json: IsWorkingDayJson = {
    schemaVersion: SCHEMA_VERSION,
    command: 'is-working-day',
    date: formatIsoDay(day),
    workingDay: reason === undefined,
    reason: reason?.name ?? null,
    warnings: warnings.map(toJsonWarning),
  };
  emit(context, () => json, () => renderIsWorkingDayText(json.date, reason, context.style), warnings);
  context.exitCode = reason ? ExitCode.NotAWorkingDay : ExitCode.Ok;
}

export function describeIsWorkingDay(command: Command): Command {
  return command
    .description('exit 0 if the date is a working day, 1 if not (and say why)')
    .argument('<date>', 'YYYY-MM-DD, DD/MM/YYYY or "today"');
}
