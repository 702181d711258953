import type { Command } from 'commander';
import { dayNumberFromCivil } from '../../core/day.js';
import { horizonWarning } from '../../core/warnings.js';
import { holidaysJson } from '../../output/json.js';
import { renderHolidaysText } from '../../output/text.js';
import { emit, type Action } from '../context.js';
import { parseYearArgument } from '../parse.js';

/** `holidays [year]`: the weekday bank holidays of a year (default: this year). */
export const runHolidays: Action = (context, [yearText]) => {
  const year = parseYearArgument(yearText ?? context.today().slice(0, 4));
  const index = context.indexFor();
  const holidays = index.holidaysInYear(year);
  const warnings = horizonWarning(index.calendar, dayNumberFromCivil(year, 12, 31));
  emit(
    context,
    () => holidaysJson(year, index.calendar.id, holidays.map(({ holiday }) => holiday), warnings),
    () => renderHolidaysText(year, index.calendar.title, holidays, context.style),
    warnings,
  );
};

export function describeHolidays(command: Command): Command {
  return command.description('the bank holidays of a year, with names (England and Wales unless --region)').argument('[year]', 'four-digit year (default: this year)');
}
