import type { Command } from 'commander';
import { builtInIndex } from '../calendar/built-in.js';
import type { Warning } from '../core/deadline.js';
import { DeadlineError } from '../core/errors.js';
import type { WorkingDayIndex } from '../core/working-days.js';
import { type ErrorJson, errorJson, stringifyJson, toJsonWarning } from '../output/json.js';
import { type Style, createStyle } from '../output/style.js';
import { renderWarnings } from '../output/text.js';
import { ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';

/** Options every command takes. */
export interface CommonOptions {
  readonly json: boolean;
  readonly color: boolean;
}

export function addCommonOptions(command: Command): Command {
  return command.option('--json', 'write one JSON document on stdout instead of text').option('--no-color', 'plain text even on a terminal');
}

/** Colour only on a terminal, never with NO_COLOR or --no-color; FORCE_COLOR forces it on. */
export function useColour(io: CliIo, options: CommonOptions): boolean {
  if (!options.color) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.stdoutIsTTY;
}

/** What a command's action receives: the outside world, rendering choices and the calendar. */
export interface CommandContext {
  readonly io: CliIo;
  readonly json: boolean;
  readonly style: Style;
  readonly index: WorkingDayIndex;
  exitCode: ExitCode;
}

export function createContext(io: CliIo, options: CommonOptions): CommandContext {
  return {
    io,
    json: options.json,
    style: createStyle(useColour(io, options)),
    index: builtInIndex('england-and-wales'),
    exitCode: ExitCode.Ok,
  };
}

/** Writes one result: JSON on stdout, or text on stdout with warnings on stderr. */
export function emit(context: CommandContext, json: () => unknown, text: () => string, warnings: readonly Warning[] = []): void {
  if (context.json) {
    context.io.stdout.write(stringifyJson(json()));
    return;
  }
  context.io.stdout.write(text());
  if (warnings.length > 0) context.io.stderr.write(renderWarnings(context.style, warnings));
}

export { toJsonWarning };

/** Reports a failure: one line on stderr, and with --json a JSON error object on stdout. */
export function reportError(io: CliIo, json: boolean, code: ErrorJson['error']['code'], message: string, input?: string): void {
  io.stderr.write(`ofsted-deadline: ${message}\n`);
  if (json) io.stdout.write(stringifyJson(errorJson(code, message, input)));
}

export function isDeadlineError(error: unknown): error is DeadlineError {
  return error instanceof DeadlineError;
}
