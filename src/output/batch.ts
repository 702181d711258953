/**
 * The records `batch` writes, one per non-blank input line: NDJSON (one JSON object a line) or CSV.
 * Hand-concatenated rather than built as objects and serialised: batch writes a million a second
 * (its fast path writes the same bytes straight into a buffer: see cli/batch/answer.ts).
 */
import { CSV_RECORD_END, csvField, csvRow } from './csv.js';

export const BATCH_FORMATS = ['ndjson', 'csv'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

/** A warning as a batch record carries it: its code and its sentence. */
export interface BatchWarning {
  readonly code: string;
  readonly message: string;
}

/** What a batch consumer reads, one per line: a deadline or an error, never both. */
export type BatchRecordJson =
  | {
      readonly line: number;
      readonly input: string;
      readonly receiptDate: string;
      readonly deadline: string;
      readonly warnings: readonly BatchWarning[];
    }
  | { readonly line: number; readonly input: string; readonly code: string; readonly error: string };

export interface BatchRecordFormat {
  /** Written once before the first record (the CSV header; nothing for NDJSON). */
  readonly header: string;
  success(line: number, input: string, receiptDate: string, deadline: string, warnings: readonly BatchWarning[]): string;
  failure(line: number, input: string, code: string, message: string): string;
  /**
   * A success record in three parts, for speed, when the input is exactly its `YYYY-MM-DD`
   * receipt date: `linePrefix`, the line number, then `isoTail` (everything after the line
   * number, which a caller can cache per day). `linePrefix + n + isoTail(d, x, w)` equals
   * `success(n, d, d, x, w)`.
   */
  readonly linePrefix: string;
  isoTail(receiptDate: string, deadline: string, warnings: readonly BatchWarning[]): string;
}

// Characters that JSON strings must escape, plus lone surrogates that JSON.stringify rewrites.
// eslint-disable-next-line no-control-regex
const NEEDS_JSON_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A JSON string literal; the common case (a plain date) skips JSON.stringify. */
export function jsonString(text: string): string {
  return NEEDS_JSON_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

const jsonWarnings = (warnings: readonly BatchWarning[]): string =>
  warnings.length === 0 ? '[]' : JSON.stringify(warnings.map(({ code, message }) => ({ code, message })));

const NDJSON: BatchRecordFormat = {
  header: '',
  success: (line, input, receiptDate, deadline, warnings) =>
    `{"line":${line},"input":${jsonString(input)},"receiptDate":"${receiptDate}","deadline":"${deadline}","warnings":${jsonWarnings(warnings)}}\n`,
  failure: (line, input, code, message) => `{"line":${line},"input":${jsonString(input)},"code":"${code}","error":${jsonString(message)}}\n`,
  linePrefix: '{"line":',
  isoTail: (receiptDate, deadline, warnings) =>
    `,"input":"${receiptDate}","receiptDate":"${receiptDate}","deadline":"${deadline}","warnings":${jsonWarnings(warnings)}}\n`,
};

/** The codes of a record's warnings, space-separated, for one CSV cell. */
const warningCodes = (warnings: readonly BatchWarning[]): string => warnings.map((warning) => warning.code).join(' ');

export const BATCH_CSV_COLUMNS = ['line', 'input', 'receiptDate', 'deadline', 'warnings', 'code', 'error'] as const;

const CSV: BatchRecordFormat = {
  header: csvRow(BATCH_CSV_COLUMNS),
  success: (line, input, receiptDate, deadline, warnings) => `${line},${csvField(input)},${receiptDate},${deadline},${warningCodes(warnings)},,${CSV_RECORD_END}`,
  failure: (line, input, code, message) => `${line},${csvField(input)},,,,${code},${csvField(message)}${CSV_RECORD_END}`,
  linePrefix: '',
  isoTail: (receiptDate, deadline, warnings) => `,${receiptDate},${receiptDate},${deadline},${warningCodes(warnings)},,${CSV_RECORD_END}`,
};

export function batchRecordFormat(format: BatchFormat): BatchRecordFormat {
  return format === 'csv' ? CSV : NDJSON;
}
