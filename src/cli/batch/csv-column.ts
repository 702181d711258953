import { DeadlineError } from '../../core/errors.js';
import { MAX_LINE_LENGTH } from './text.js';

/** One CSV data row's value in the chosen column, with the physical line the row starts on. */
export interface CsvCell {
  readonly line: number;
  /** `undefined` when the row is too short to have the column. */
  readonly value: string | undefined;
}

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/** How many line breaks a record's fields hold: a quoted field may span lines. */
export function newlinesIn(record: readonly string[]): number {
  let count = 0;
  for (const field of record) for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * The values of one named column of a CSV text with a header row, parsed by csv-parse (quotes,
 * embedded commas and line ends). `text` must already be free of a BOM and use LF line ends.
 * Rows whose fields are all blank are skipped, as blank lines are. Throws a DeadlineError when the
 * header lacks the column or the CSV is malformed.
 */
export async function* readCsvColumn(text: AsyncIterable<string>, column: string): AsyncGenerator<CsvCell> {
  // Loaded only for --column: no other command pays for the CSV parser or Node's stream modules.
  const [{ parse, CsvError }, { Readable }, { pipeline }] = await Promise.all([
    import('csv-parse'),
    import('node:stream'),
    import('node:stream/promises'),
  ]);
  // A record over 64 KiB ends the run (exit 2) rather than growing csv-parse's buffers without end.
  const parser = parse({ info: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_LINE_LENGTH });
  // The pipeline carries backpressure; a read error reaches us through the parser's iterator.
  const feeding = pipeline(Readable.from(text), parser).catch(() => undefined);
  let columnIndex = -1;
  try {
    for await (const { record, info } of parser as AsyncIterable<ParsedRecord>) {
      if (columnIndex < 0) {
        const names = record.map((name) => name.trim());
        columnIndex = names.indexOf(column);
        if (columnIndex < 0) {
          throw new DeadlineError(
            'invalid-argument',
            `no column ${JSON.stringify(column)} in the CSV header (columns: ${names.map((name) => JSON.stringify(name)).join(', ')})`,
            column,
          );
        }
        continue;
      }
      if (record.every((field) => field.trim() === '')) continue;
      // csv-parse reports the line a record ends on; a quoted field may span lines.
      yield { line: info.lines - newlinesIn(record), value: record[columnIndex] };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      throw new DeadlineError('invalid-argument', `invalid CSV input: ${error.message}`);
    }
    throw error;
  } finally {
    parser.destroy();
    await feeding;
  }
}
