/** Where a command's document goes: stdout, or the file named by `--output`. */
import type { Warning } from '../core/warnings.js';
import { DeadlineError } from '../core/errors.js';
import { renderWarnings } from '../output/text.js';
import type { CommandContext } from './context.js';

/**
 * Writes the finished document (text, or pieces of it written as they come) to stdout (no
 * `output`, or `-`), or to the file `output` through
 * the CliIo hook (run.ts supplies the file-system functions of files.ts). The file is replaced only once the document
 * is completely written (see files.ts); a file that cannot be written, or one the command read (the
 * holidays file), is bad input (exit 2), reported with the reason, and the old file is left as it
 * was. Text and JSON documents carry their warnings inside; the warnings also go to stderr when the
 * reader of the document may not be the person at the terminal (a file) or the format has no place
 * for them (CSV, iCalendar).
 */
export function deliver(
  context: CommandContext,
  document: string | Iterable<string>,
  output: string | undefined,
  warnings: readonly Warning[] = [],
  documentShowsWarnings = true,
): void {
  const toFile = writesToFile(output);
  if (!toFile) {
    if (typeof document === 'string') context.io.stdout.write(document);
    else for (const piece of inPieces(document)) context.io.stdout.write(piece);
  } else {
    checkOutputPath(context, output);
    writeFile(context, output, document);
  }
  if (warnings.length > 0 && (toFile || !documentShowsWarnings)) context.io.stderr.write(renderWarnings(context.errorStyle, warnings));
}

/** A document's pieces joined into writes of about a megabyte: few writes, and no copy of the whole. */
function* inPieces(pieces: Iterable<string>, size = 1 << 20): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    // A piece that is a write by itself goes as it is, uncopied.
    if (pending.length === 0 && piece.length >= size) {
      yield piece;
      continue;
    }
    pending.push(piece);
    length += piece.length;
    if (length >= size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield pending.join('');
}

/** `--output FILE`: replaced only once the whole document is written, whether a string or pieces. */
function writeFile(context: CommandContext, output: string, document: string | Iterable<string>): void {
  const { io } = context;
  if (typeof document === 'string') {
    if (!io.writeTextFile) throw new DeadlineError('invalid-argument', '--output is not available here', output);
    const written = io.writeTextFile(output, document);
    if (!written.ok) throw outputFailure(output, written.reason);
    return;
  }
  const file = openOutputFile(context, output);
  try {
    for (const piece of inPieces(document)) file.write(piece);
  } catch (error) {
    file.abort();
    throw error;
  }
  file.commit();
}

/** Whether `--output` names a file: absent, or `-`, is standard output. */
export function writesToFile(output: string | undefined): output is string {
  return output !== undefined && output !== '-';
}

/**
 * `--output FILE` opened to write a piece at a time (`batch`, a long calendar): checked as every
 * --output is, replaced only by `commit`, which throws the one-line error of a failed write.
 */
export function openOutputFile(context: CommandContext, output: string): { write(chunk: string | Uint8Array): void; commit(): void; abort(): void } {
  checkOutputPath(context, output);
  const { io } = context;
  if (!io.openFileSink) throw new DeadlineError('invalid-argument', '--output is not available here', output);
  const opened = io.openFileSink(output);
  if (!opened.ok) throw outputFailure(output, opened.reason);
  const { sink } = opened;
  return {
    write: (chunk) => void sink.write(chunk),
    commit: () => {
      const committed = sink.commit();
      if (!committed.ok) throw outputFailure(output, committed.reason);
    },
    abort: () => sink.abort(),
  };
}

/**
 * Refuses an `--output` path that cannot be meant: an empty name, or a file the command reads (its
 * holidays file, its batch input), which the write would destroy.
 */
export function checkOutputPath(context: CommandContext, output: string): void {
  if (output.trim() === '') throw new DeadlineError('invalid-argument', 'invalid --output: expected a file name, or - for standard output', output);
  const same = context.io.sameFile ?? ((a: string, b: string) => a === b);
  const input = context.inputsRead.find((path) => same(output, path));
  if (input !== undefined) {
    throw new DeadlineError('invalid-argument', `--output ${quote(output)} is a file this command reads (${quote(input)}); write to another file`, output);
  }
}

/** The message of a failed write to `--output`. */
export function outputFailure(output: string, reason: string): DeadlineError {
  return new DeadlineError('invalid-argument', `cannot write --output ${quote(output)}: ${reason}`, output);
}

/** A path for a message: JSON-quoted (control characters escaped), at most about 60 characters. */
function quote(path: string): string {
  return JSON.stringify(path.length > 60 ? `…${path.slice(-59)}` : path);
}
