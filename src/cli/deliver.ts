/** Where a command's document goes: stdout, or the file named by `--output`. */
import type { Warning } from '../core/deadline.js';
import { DeadlineError } from '../core/errors.js';
import { renderWarnings } from '../output/text.js';
import type { CommandContext } from './context.js';

/**
 * Writes the finished document to stdout, or to `output` through the CliIo hook (only run.ts
 * touches the file system), then any warnings on stderr. A file that cannot be written is bad
 * input (exit 2), reported with the system's reason.
 */
export function deliver(context: CommandContext, document: string, output: string | undefined, warnings: readonly Warning[] = []): void {
  if (output === undefined) {
    context.io.stdout.write(document);
  } else {
    if (output.trim() === '') throw new DeadlineError('invalid-argument', 'invalid --output: expected a file name', output);
    try {
      context.io.writeFile(output, document);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new DeadlineError('invalid-argument', `cannot write --output ${JSON.stringify(output)}: ${reason}`, output);
    }
  }
  if (warnings.length > 0 && !context.json) context.io.stderr.write(renderWarnings(context.style, warnings));
}
