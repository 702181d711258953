import type { Command } from 'commander';
import { horizonWarnings } from '../../core/deadline.js';
import { type HolidaysJson, SCHEMA_VERSION, toJsonHoliday, toJsonWarning } from '../../output/json.js';
import { renderHolidaysText } from '../../output/text.js';
import { type CommandContext, emit } from '../context.js';
import { parseYearArgument } from '../parse.js';

/** `holidays [year]`: the weekday bank holidays of a year (default: this year). */
export function runHolidays(context: CommandContext, yearText: string | undefined): void {
  const year = parseYearArgument(yearText ?? context.io.today.slice(0, 4));
  const holidays = context.index.holidaysInYear(year);
  const warnings = horizonWarnings(context.index.calendar, year, `This list is for ${year}`);
  const json: HolidaysJson = {
    schemaVersion: SCHEMA_VERSION,
    command: 'holidays',
    year,
    calendar: context.index.calendar.id,
    holidays: holidays.map(toJsonHoliday),
    warnings: warnings.map(toJsonWarning),
  };
  emit(context, () => json, () => renderHolidaysText(year, context.index.calendar.title, holidays, context.style), warnings);
}

export function describeHolidays(command: Command): Command {
  return command.description('the bank holidays of a year, with names (England and Wales unless --region)').argument('[year]', 'four-digit year (default: this year)');
}
