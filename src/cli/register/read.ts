/**
 * Reading a register file into rows for the core (src/core/register.ts): CSV with a header row
 * (RFC 4180, UTF-8 with or without a byte order mark, CRLF or LF) or a JSON array of objects. Each
 * row keeps the line it starts on. What makes the whole file unusable (no header, no id column,
 * not JSON) is a DeadlineError (exit 2); what is wrong with one row is that row's record.
 */
import { jsonProblem } from '../../calendar/gov-uk-file.js';
import { DeadlineError } from '../../core/errors.js';
import {
  type ColumnNames,
  REGISTER_FIELDS,
  type RegisterField,
  type RegisterRecord,
  matchColumns,
  recordOfElement,
  typeOfValue,
} from '../../core/register.js';
import { decodeText } from '../batch/text.js';
import { newlinesIn } from '../batch/csv-column.js';
import type { CliIo } from '../io.js';

export const REGISTER_INPUT_FORMATS = ['csv', 'json'] as const;
export type RegisterInputFormat = (typeof REGISTER_INPUT_FORMATS)[number];

/** The register's text and a name for it in messages. `-` is standard input. */
export interface RegisterSource {
  readonly name: string;
  readonly text: string;
}

/**
 * The largest register read: a register is read whole, so a file that never ends (`/dev/zero`)
 * must stop somewhere. 256 MiB is some 3 million rows.
 */
export const REGISTER_MAX_BYTES = 256 * 1024 * 1024;

function tooLarge(name: string, path: string): DeadlineError {
  return new DeadlineError('invalid-argument', `cannot read register ${name}: larger than 256 MiB, the most this tool reads`, path);
}

/** Reads the whole register: `-` from standard input, anything else as a file. The BOM is dropped. */
export async function readRegisterSource(io: CliIo, path: string): Promise<RegisterSource> {
  if (path === '-') {
    if (!io.stdin) throw new Error('register - needs CliIo.stdin');
    let text = '';
    for await (const chunk of decodeText(io.stdin)) {
      text += chunk;
      if (text.length > REGISTER_MAX_BYTES) throw tooLarge('standard input', '-');
    }
    return { name: 'standard input', text };
  }
  if (path.trim() === '') throw new DeadlineError('invalid-argument', 'empty register file name: give a CSV or JSON file, or - for standard input', path);
  if (!io.readTextFile) throw new DeadlineError('invalid-argument', 'reading files is not available here', path);
  const read = io.readTextFile(path, REGISTER_MAX_BYTES);
  if (!read.ok) throw new DeadlineError('invalid-argument', `cannot read register ${JSON.stringify(path)}: ${read.reason}`, path);
  return { name: `register ${JSON.stringify(path)}`, text: read.text.charCodeAt(0) === 0xfeff ? read.text.slice(1) : read.text };
}

/**
 * The format: the one chosen, else the file's extension (`.json`, `.csv`), else (standard input, any
 * other name) JSON when the text starts with `[`, CSV otherwise.
 */
export function registerInputFormat(path: string, text: string, chosen: string | undefined): RegisterInputFormat {
  if (chosen !== undefined) {
    const known = REGISTER_INPUT_FORMATS.find((format) => format === chosen);
    if (known === undefined) throw new DeadlineError('invalid-argument', `invalid --input-format ${JSON.stringify(chosen)}: expected csv or json`, chosen);
    return known;
  }
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  return text.trimStart().startsWith('[') ? 'json' : 'csv';
}

/** A file-level problem with the columns: the file names none that the register needs. */
function checkColumns(source: RegisterSource, found: { readonly [F in RegisterField]?: unknown }, columns: ColumnNames, where: string): void {
  for (const field of REGISTER_FIELDS) {
    if (found[field] !== undefined) continue;
    const mapped = columns[field];
    if (mapped !== undefined) {
      throw new DeadlineError('invalid-argument', `${source.name}: no ${JSON.stringify(mapped)} ${where} for --columns ${field}=${JSON.stringify(mapped)}`, mapped);
    }
    if (field === 'id' || field === 'received') {
      throw new DeadlineError(
        'invalid-argument',
        `${source.name}: no ${JSON.stringify(field)} ${where}: a register needs id and received (name your own with --columns ${field}=NAME)`,
        field,
      );
    }
  }
}

/**
 * The first line from `line` on that is not blank: where a record the parser gave up on began.
 * Line starts are found only when asked (a register with no such record never pays for them).
 */
function blankSkipper(text: string): (line: number) => number {
  let starts: number[] | undefined;
  return (line) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let at = starts[line - 1] ?? text.length;
    for (; at < text.length && /[ \t\n]/.test(text[at]!); at++) if (text[at] === '\n') line++;
    return line;
  };
}

interface SkippedRecord {
  readonly code?: string;
  readonly message: string;
  readonly lines?: number;
}

/** How `csvRegisterRecords` splits the text: `auto` (the plain split when it can) or always csv-parse. */
export type CsvSplitter = 'auto' | 'csv-parse';

/**
 * A CSV register's rows: the header row names the columns (`matchColumns`, `--columns`); each
 * data row after it is one record, its line the one it starts on. Rows of blank fields are skipped,
 * like blank lines. Text without a double quote (or a lone CR) has no quoted field, so each line is
 * a record and each comma a delimiter (RFC 4180): it is split as such, which for a long register is
 * most of the time csv-parse would take. Anything else goes through csv-parse.
 */
export async function csvRegisterRecords(source: RegisterSource, columns: ColumnNames, splitter: CsvSplitter = 'auto'): Promise<Iterable<RegisterRecord>> {
  // csv-parse numbers lines wrongly when a quoted field holds a CRLF, so CRLF becomes LF first.
  const text = source.text.replaceAll('\r\n', '\n');
  const reader = new CsvRecordReader(source, columns);
  if (splitter === 'auto' && !text.includes('"') && !text.includes('\r')) return reader.plainRecords(text);
  // Loaded only here: no other command, and no register without a quote, pays for the CSV parser.
  const { parse } = await import('csv-parse/sync');
  const records: RegisterRecord[] = [];
  const nonBlankFrom = blankSkipper(text);
  let lastLine = 0;
  parse(text, {
    relax_column_count: true,
    // A stray quote inside a field is kept as text rather than throwing the rows after it out of step.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (record: string[], context: { readonly lines: number }) => {
      lastLine = context.lines;
      const taken = reader.take(record, context.lines - newlinesIn(record));
      if (taken) records.push(taken);
      return null;
    },
    on_skip: (error: SkippedRecord | undefined) => {
      // The record began on the first non-blank line after the one before it ended.
      const line = nonBlankFrom(lastLine + 1);
      lastLine = error?.lines ?? line;
      const detail = (error?.message ?? 'malformed CSV').replace(/^([A-Z][a-z]+( [A-Z][a-z]+)*):/, (heading: string) => heading.toLowerCase());
      if (!reader.hasHeader) throw new DeadlineError('invalid-argument', `${source.name}: the CSV header cannot be read: ${detail}`);
      records.push({ line, unreadable: { reason: 'malformed', detail } });
      return undefined;
    },
  });
  reader.end();
  return records;
}

/** A line of a quote-free CSV whose fields are all blank (or an empty line). */
const BLANK_ROW = /^[\s,]*$/;

/** Whether every field of a record is blank (a blank row, skipped as a blank line is). */
function isBlank(record: readonly string[]): boolean {
  for (const field of record) if (field.trim() !== '') return false;
  return true;
}

/** CSV records, one at a time, into register rows: the first names the columns. */
class CsvRecordReader {
  private header: { readonly columns: number; readonly at: readonly (readonly [RegisterField, number])[] } | undefined;

  constructor(
    private readonly source: RegisterSource,
    private readonly columns: ColumnNames,
  ) {}

  get hasHeader(): boolean {
    return this.header !== undefined;
  }

  /** The row of a record starting on `line`; `undefined` for the header and for a row of blank fields. */
  take(record: readonly string[], line: number, knownNotBlank = false): RegisterRecord | undefined {
    if (!knownNotBlank && isBlank(record)) return undefined;
    const { header } = this;
    if (header === undefined) {
      const at = matchColumns(record, this.columns);
      checkColumns(this.source, at, this.columns, 'column in the header');
      this.header = { columns: record.length, at: Object.entries(at) as [RegisterField, number][] };
      return undefined;
    }
    let used = record.length;
    while (used > header.columns && record[used - 1]!.trim() === '') used--;
    if (used > header.columns) return { line, unreadable: { reason: 'extra-fields', fields: used, columns: header.columns } };
    const values: { [F in RegisterField]?: string } = {};
    for (let i = 0; i < header.at.length; i++) {
      const [field, at] = header.at[i]!;
      const value = record[at];
      if (value !== undefined) values[field] = value;
    }
    return { line, values };
  }

  /** Fails for a file with no header row. */
  end(): void {
    if (this.header === undefined) {
      throw new DeadlineError('invalid-argument', `${this.source.name} is empty: expected a header row naming at least id and received, then one row per matter`);
    }
  }

  /**
   * The rows of a text with no quote, line by line as they are asked for, so that each can be
   * forgotten once its matter is made (a long register then makes little garbage that lives long).
   */
  *plainRecords(text: string): Generator<RegisterRecord> {
    let line = 0;
    let start = 0;
    while (start <= text.length) {
      let stop = text.indexOf('\n', start);
      if (stop < 0) stop = text.length;
      line++;
      const row = text.slice(start, stop);
      // A row of blank fields is skipped like a blank line: one test of the line says so.
      if (!BLANK_ROW.test(row)) {
        const taken = this.take(row.split(','), line, true);
        if (taken) yield taken;
      }
      start = stop + 1;
    }
    this.end();
  }
}

/** The line each element of a top-level JSON array starts on (the text is already known to be valid JSON). */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let awaitingElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x0a) line++;
    if (c === 0x0a || c === 0x20 || c === 0x09 || c === 0x0d) continue;
    if (depth === 1 && awaitingElement && c !== 0x5d) lines.push(line);
    awaitingElement = false;
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) awaitingElement = ++depth === 1;
    else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x2c && depth === 1) awaitingElement = true;
  }
  return lines;
}

/** A JSON register's rows: an array of objects, keys matched as a CSV header's names; each row's line is where its element starts. */
export function jsonRegisterRecords(source: RegisterSource, columns: ColumnNames): RegisterRecord[] {
  let document: unknown;
  try {
    document = JSON.parse(source.text);
  } catch (error) {
    throw new DeadlineError('invalid-argument', `${source.name} ${jsonProblem(source.text, error)}`);
  }
  if (!Array.isArray(document)) {
    throw new DeadlineError('invalid-argument', `${source.name}: expected a JSON array of objects, one per matter, not a JSON ${typeOfValue(document)}`);
  }
  const lines = elementLines(source.text);
  const found: { [F in RegisterField]?: true } = {};
  const records = document.map((element: unknown, i): RegisterRecord => {
    const record = recordOfElement(element, lines[i] ?? 1, columns);
    if ('values' in record) for (const field of Object.keys(record.values) as RegisterField[]) found[field] = true;
    return record;
  });
  if (records.some((record) => 'values' in record)) checkColumns(source, found, columns, 'key in any object');
  return records;
}
