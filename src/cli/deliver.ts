/** Where a command's document goes: stdout, or the file named by `--output`. */
import type { Warning } from '../core/warnings.js';
import { DeadlineError } from '../core/errors.js';
import { renderWarnings } from '../output/text.js';
import type { CommandContext } from './context.js';

/**
 * Writes the finished document to stdout (no `output`, or `-`), or to the file `output` through
 * the CliIo hook (run.ts supplies the file-system functions of files.ts). The file is replaced only once the document
 * is completely written (see files.ts); a file that cannot be written, or one the command read (the
 * holidays file), is bad input (exit 2), reported with the reason, and the old file is left as it
 * was. Text and JSON documents carry their warnings inside; the warnings also go to stderr when the
 * reader of the document may not be the person at the terminal (a file) or the format has no place
 * for them (CSV, iCalendar).
 */
export function deliver(
  context: CommandContext,
  document: string,
  output: string | undefined,
  warnings: readonly Warning[] = [],
  documentShowsWarnings = true,
): void {
  const toFile = output !== undefined && output !== '-';
  if (!toFile) {
    context.io.stdout.write(document);
  } else {
    checkOutputPath(context, output);
    if (!context.io.writeTextFile) throw new DeadlineError('invalid-argument', '--output is not available here', output);
    const written = context.io.writeTextFile(output, document);
    if (!written.ok) throw outputFailure(output, written.reason);
  }
  if (warnings.length > 0 && (toFile || !documentShowsWarnings)) context.io.stderr.write(renderWarnings(context.errorStyle, warnings));
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
