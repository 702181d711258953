/**
 * `register --csv`: one row per matter, in input order, by the tool's one CSV writer (RFC 4180,
 * CRLF, the spreadsheet formula guard). The fields are those of `register --json`; warnings are
 * their codes, space-separated, as in `batch --format csv`.
 */
import type { Register } from '../core/register.js';
import { csvRow } from './csv.js';
import { matterJson } from './register-json.js';

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
  const rows = register.matters.map((matter) => {
    const json = matterJson(matter);
    const cell = (value: string | number | null): string | number => value ?? '';
    return csvRow([
      json.line,
      json.id,
      cell(json.title),
      cell(json.owner),
      json.rule,
      json.receiptDate,
      cell(json.firstCountedDay),
      json.deadline,
      cell(json.closed),
      cell(json.workingDaysRemaining),
      cell(json.workingDaysLate),
      json.state,
      json.warnings.map((warning) => warning.code).join(' '),
    ]);
  });
  return csvRow(REGISTER_CSV_COLUMNS) + rows.join('');
}
