/**
 * The one CSV writer: every CSV the tool writes (`reminders --csv`, `batch --format csv`) goes
 * through `csvRow`, so all follow RFC 4180 and the same spreadsheet guard.
 *
 * - RFC 4180: records end in CRLF; a field holding a CR, LF, `"` or `,` is quoted, quotes doubled.
 * - Formula injection (OWASP "CSV Injection"): a text cell whose first character after any
 *   leading spaces is `=`, `+`, `-`, `@`, a tab or a CR would be run as a formula by Excel,
 *   LibreOffice or Sheets, so it gets a leading `'` and is shown, not run. A cell that starts with
 *   a `'` of its own gets one more, so the way back is unambiguous: remove one leading `'` wherever
 *   there is one. Numbers are written as numbers (a negative count is data, not a formula).
 */
import { type DayNumber, formatIsoDay, weekdayName } from '../core/day.js';
import type { Schedule } from '../core/schedule.js';
import { entryState } from '../core/status.js';
import { entryLabel } from './schedule-words.js';

export const CSV_RECORD_END = '\r\n';

const FORMULA_START = /^[ ]*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: guarded against formulas (text only), then quoted when RFC 4180 requires. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const guarded = value.startsWith("'") || FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** One CSV record, CRLF-terminated. */
export function csvRow(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(',') + CSV_RECORD_END;
}

export const CSV_COLUMNS = ['date', 'weekday', 'label', 'rule', 'kind', 'workingDay', 'workingDaysBeforeDeadline', 'state', 'citation'] as const;

/** The schedule as CSV, one row per entry with the entry's state on `today`. */
export function renderRemindersCsv(schedule: Schedule, today: DayNumber): string {
  const rows = schedule.entries.map((entry) =>
    csvRow([
      formatIsoDay(entry.date),
      weekdayName(entry.date),
      entryLabel(schedule, entry),
      entry.rule.id,
      entry.kind,
      entry.workingDay,
      entry.workingDaysBeforeDeadline,
      entryState(entry, today),
      entry.rule.citation,
    ]),
  );
  return csvRow(CSV_COLUMNS) + rows.join('');
}
