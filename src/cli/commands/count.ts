import type { Command } from 'commander';
import { formatIsoDay } from '../../core/day.js';
import { warningsFor } from '../../core/deadline.js';
import { SCHEMA_VERSION, type CountJson, toJsonWarning } from '../../output/json.js';
import { renderCountText } from '../../output/text.js';
import { type CommandContext, emit } from '../context.js';
import { parseDateArgument } from '../parse.js';

/** `count <from> <to>`: working days after `from` up to and including `to`. */
export function runCount(context: CommandContext, fromText: string, toText: string): void {
  const from = parseDateArgument(fromText, () => context.io.today, 'from date');
  const to = parseDateArgument(toText, () => context.io.today, 'to date');
  const workingDays = context.index.count(from, to);
  const warnings = warningsFor(context.index, from, to);
  const json: CountJson = {
    schemaVersion: SCHEMA_VERSION,
    command: 'count',
    from: formatIsoDay(from),
    to: formatIsoDay(to),
    workingDays,
    warnings: warnings.map(toJsonWarning),
  };
  emit(context, () => json, () => renderCountText(json.from, json.to, workingDays, context.style), warnings);
}

export function describeCount(command: Command): Command {
  return command
    .description('working days after <from> up to and including <to> (negative when <to> is earlier)')
    .argument('<from>', 'YYYY-MM-DD, DD/MM/YYYY or "today"')
    .argument('<to>', 'YYYY-MM-DD, DD/MM/YYYY or "today"');
}
