/** Where a command's document goes: stdout, or the file named by `--output`. */
import type { Warning } from '../core/warnings.js';
import { DeadlineError } from '../core/errors.js';
import { renderWarnings } from '../output/text.js';
import type { CommandContext } from './context.js';

/**
 * Writes the finished document to stdout, or to `output` through the CliIo hook (only run.ts
 * touches the file system). Text and JSON documents carry their warnings inside; the warnings
 * also go to stderr when the reader of the document may not be the person at the terminal (a
 * file) or the format has no place for them (CSV, iCalendar). A file that cannot be written is
 * bad input (exit 2), reported with the reason.
 */
export function deliver(
  context: CommandContext,
  document: string,
  output: string | undefined,
  warnings: readonly Warning[] = [],
  documentShowsWarnings = true,
): void {
  if (output === undefined) {
    context.io.stdout.write(document);
  } else {
    if (output.trim() === '') throw new DeadlineError('invalid-argument', 'invalid --output: expected a file name', output);
    if (!context.io.writeTextFile) throw new DeadlineError('invalid-argument', '--output is not available here', output);
    const written = context.io.writeTextFile(output, document);
    if (!written.ok) throw new DeadlineError('invalid-argument', `cannot write --output ${JSON.stringify(output)}: ${written.reason}`, output);
  }
  if (warnings.length > 0 && (output !== undefined || !documentShowsWarnings)) context.io.stderr.write(renderWarnings(context.style, warnings));
}
