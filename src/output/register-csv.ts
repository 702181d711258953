/**
 * `register --csv`: one row per matter, in input order, by the tool's one CSV writer (RFC 4180,
 * CRLF, the spreadsheet formula guard). The fields are those of `register --json` (the
 * register-example test reads both and compares them); warnings are their codes, space-separated,
 * as in `batch --format csv`.
 */
import { formatIsoDay } from '../core/day.js';
import type { DeadlineResult } from '../core/deadline.js';
import type { Register } from '../core/register.js';
import { CSV_RECORD_END, csvField, csvRow } from './csv.js';

export const REGISTER_CSV_COLUMNS = [
  'line',
  'id',
  'title',
  'owner',
  'rule',
  'receiptDate',
  'firstCountedDay',
  'deadline',
  'closed',
  'workingDaysRemaining',
  'workingDaysLate',
  'state',
  'warnings',
] as const;

/** The register's matters as CSV (its errors have no row here: the CLI reports them beside it). */
export function renderRegisterCsv(register: Register): string {
  // Matters share deadline results (one per calendar, rule and receipt day): the cells that come
  // from the result alone (rule to deadline, and the warnings) are written once per result.
  const byResult = new Map<DeadlineResult, readonly [string, string]>();
  const rows = register.matters.map((matter) => {
    const { result } = matter;
    let cells = byResult.get(result);
    if (!cells) {
      const dates = [result.rule.id, formatIsoDay(result.event), result.firstCountedDay === null ? '' : formatIsoDay(result.firstCountedDay), formatIsoDay(result.deadline)];
      cells = [dates.map(csvField).join(','), csvField(result.warnings.map((warning) => warning.code).join(' '))];
      byResult.set(result, cells);
    }
    const [dates, warnings] = cells;
    const head = [matter.line, matter.id, matter.title ?? '', matter.owner ?? ''].map(csvField).join(',');
    const tail = [matter.closed === null ? '' : formatIsoDay(matter.closed), matter.workingDaysRemaining ?? '', matter.workingDaysLate ?? '', matter.state].map(csvField).join(',');
    // The record csvRow would write: every field through csvField, comma-separated, CRLF-terminated.
    return `${head},${dates},${tail},${warnings}${CSV_RECORD_END}`;
  });
  return csvRow(REGISTER_CSV_COLUMNS) + rows.join('');
}
