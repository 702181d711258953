/**
 * The records `batch` writes, one per non-blank input line: NDJSON (one JSON object a line) or CSV.
 * Hand-concatenated rather than built as objects and serialised: batch writes a million a second
 * (its fast path writes the same bytes straight into a buffer: see cli/batch/answer.ts).
 */
export const BATCH_FORMATS = ['ndjson', 'csv'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

/** What a batch consumer reads, one per line: a deadline or an error, never both. */
export type BatchRecordJson =
  | { readonly line: number; readonly input: string; readonly receiptDate: string; readonly deadline: string }
  | { readonly line: number; readonly input: string; readonly error: string };

export interface BatchRecordFormat {
  /** Written once before the first record (the CSV header; nothing for NDJSON). */
  readonly header: string;
  success(line: number, input: string, receiptDate: string, deadline: string): string;
  failure(line: number, input: string, message: string): string;
  /**
   * A success record in three parts, for speed, when the input is exactly its `YYYY-MM-DD`
   * receipt date: `linePrefix`, the line number, then `isoTail` (everything after the line
   * number, which a caller can cache per day). `linePrefix + n + isoTail(d, x)` equals
   * `success(n, d, d, x)`.
   */
  readonly linePrefix: string;
  isoTail(receiptDate: string, deadline: string): string;
}

// Characters that JSON strings must escape, plus lone surrogates that JSON.stringify rewrites.
// eslint-disable-next-line no-control-regex
const NEEDS_JSON_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A JSON string literal; the common case (a plain date) skips JSON.stringify. */
export function jsonString(text: string): string {
  return NEEDS_JSON_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

const NEEDS_CSV_QUOTES = /[",\r\n]/;

/** One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, quote or line end. */
export function csvField(text: string): string {
  return NEEDS_CSV_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const NDJSON: BatchRecordFormat = {
  header: '',
  success: (line, input, receiptDate, deadline) =>
    `{"line":${line},"input":${jsonString(input)},"receiptDate":"${receiptDate}","deadline":"${deadline}"}\n`,
  failure: (line, input, message) => `{"line":${line},"input":${jsonString(input)},"error":${jsonString(message)}}\n`,
  linePrefix: '{"line":',
  isoTail: (receiptDate, deadline) => `,"input":"${receiptDate}","receiptDate":"${receiptDate}","deadline":"${deadline}"}\n`,
};

const CSV: BatchRecordFormat = {
  header: 'line,input,receiptDate,deadline,error\n',
  success: (line, input, receiptDate, deadline) => `${line},${csvField(input)},${receiptDate},${deadline},\n`,
  failure: (line, input, message) => `${line},${csvField(input)},,,${csvField(message)}\n`,
  linePrefix: '',
  isoTail: (receiptDate, deadline) => `,${receiptDate},${receiptDate},${deadline},\n`,
};

export function batchRecordFormat(format: BatchFormat): BatchRecordFormat {
  return format === 'csv' ? CSV : NDJSON;
}
