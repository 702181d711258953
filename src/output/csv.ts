/**
 * `reminders --csv`: RFC 4180 (header row, CRLF record ends, fields quoted when they hold a comma,
 * quote or line break) via csv-stringify, made safe to open in a spreadsheet.
 *
 * Formula injection (OWASP "CSV Injection"): a text cell starting with `=`, `+`, `-`, `@`, a tab or
 * a carriage return would be run as a formula by Excel, LibreOffice or Sheets. csv-stringify's
 * `escape_formulas` prefixes such a cell with a single quote, as OWASP recommends, so the text is
 * shown, not run. A cell that starts with a `'` of its own gets one more, so the rule back is
 * unambiguous and nothing the user typed is lost: remove one leading `'` wherever there is one.
 */
import { stringify } from 'csv-stringify/sync';
import { parseIsoDay } from '../core/day.js';
import type { Schedule } from '../core/schedule.js';
import { entryState } from '../core/status.js';

export const CSV_COLUMNS = ['date', 'weekday', 'label', 'rule', 'kind', 'workingDay', 'workingDaysBeforeDeadline', 'state', 'citation'] as const;

/** The schedule as CSV, one row per entry with the entry's state on `today`. */
export function renderRemindersCsv(schedule: Schedule, today: string): string {
  const todayNumber = parseIsoDay(today)!;
  const rows = schedule.entries.map((entry) => [
    entry.date,
    entry.weekday,
    entry.label,
    entry.rule,
    entry.kind,
    entry.workingDay,
    entry.workingDaysBeforeDeadline,
    entryState(entry, todayNumber),
    entry.citation,
  ]);
  return stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    // Numbers are exempt (a negative count is data, not a formula); every text cell is guarded.
    escape_formulas: true,
    cast: { string: (value) => (value.startsWith("'") ? `'${value}` : value) },
  });
}
