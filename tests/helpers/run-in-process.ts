import { runCli } from '../../src/cli/program.js';
import { openFileSink, readFileStream, readTextFile, sameFile, writeTextFile } from '../../src/cli/files.js';
import type { BinResult } from './run-bin.js';

export interface InProcessOptions {
  /** Standard input, as text or bytes (the whole of it), or a stream of chunks (generated input). */
  readonly input?: string | Uint8Array | AsyncIterable<Uint8Array>;
  readonly env?: Record<string, string | undefined>;
  /** England's date for the word `today` (default 2026-11-27, as the spawning helper pins it). */
  readonly today?: string;
  readonly stdoutIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
}

/** Standard input as a byte stream: one chunk, or the chunks given. */
async function* bytesOf(input: string | Uint8Array | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (typeof input === 'string') yield Buffer.from(input, 'utf8');
  else if (input instanceof Uint8Array) yield input;
  else yield* input;
}

/**
 * Runs the CLI in this process through `runCli`, the entry the binary calls, with captured streams
 * and the real file functions the binary uses: the same program minus the process start-up, so
 * large tables of arguments stay fast. A few e2e tests spawn the real binary for what only a
 * process shows (exit codes, pipes, the shebang).
 */
export async function runInProcess(args: readonly string[], options: InProcessOptions = {}): Promise<BinResult> {
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const sink = (into: Buffer[]) => ({
    write: (chunk: string | Uint8Array) => {
      into.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
      return true;
    },
  });
  const env: Record<string, string | undefined> = { NO_COLOR: '1', ...options.env };
  const exitCode = await runCli(args, {
    stdout: sink(stdout),
    stderr: sink(stderr),
    env,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    today: env.OFSTED_DEADLINE_TODAY || options.today || '2026-11-27', // an empty variable is unset, as in run.ts
    stdin: bytesOf(options.input ?? ''),
    readFile: readFileStream,
    stdoutDrained: async () => undefined,
    readTextFile,
    writeTextFile,
    openFileSink,
    sameFile,
  });
  return { stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), exitCode };
}
