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
  /** The terminal's width, as run.ts reports it when stdout is a terminal. */
  readonly columns?: number;
}

/** What a pipe hands a reader at a time on Linux: input larger than this arrives in pieces. */
const PIPE_CHUNK = 64 * 1024;

/**
 * Standard input as a pipe delivers it: 64 KiB pieces, cut wherever they fall (mid-line, mid
 * character), and no empty piece for empty input.
 */
async function* bytesOf(input: string | Uint8Array | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    yield* input; // a generated stream (a 100 MB line) is handed over as it comes
    return;
  }
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  for (let start = 0; start < bytes.length; start += PIPE_CHUNK) yield bytes.subarray(start, start + PIPE_CHUNK);
}

/**
 * Variables that something in the process reads from `process.env` itself rather than from the
 * CliIo: the zone (TZ, for anything that touches local time) and commander's own colour choice for
 * help (NO_COLOR, FORCE_COLOR, CLICOLOR_FORCE). A spawned binary gets them from its environment;
 * in-process they are set for the duration of the run.
 */
const PROCESS_WIDE = ['TZ', 'NO_COLOR', 'FORCE_COLOR', 'CLICOLOR_FORCE'] as const;

/** Runs take turns: a run changes process-wide variables, so two must not overlap. */
let queue: Promise<unknown> = Promise.resolve();

function setVariable(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

async function withProcessEnv<T>(env: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const saved = PROCESS_WIDE.map((name) => [name, process.env[name]] as const);
  for (const name of PROCESS_WIDE) if (name in env) setVariable(name, env[name]);
  try {
    return await run();
  } finally {
    for (const [name, value] of saved) setVariable(name, value);
  }
}

/**
 * Runs the CLI in this process through `runCli`, the entry the binary calls, with captured streams
 * and the real file functions the binary uses: the same program minus the process start-up, so
 * large tables of arguments stay fast. The environment is the one the spawning helper gives the
 * binary (colour off, `today` 2026-11-27) plus `env`; standard input arrives in pipe-sized pieces;
 * stdout is a pipe unless `stdoutIsTTY`. tests/e2e/binary.e2e.test.ts spawns the real binary for
 * what only a process shows (exit codes, pipes, stdin, the shebang).
 */
export function runInProcess(args: readonly string[], options: InProcessOptions = {}): Promise<BinResult> {
  const run = queue.then(() => runNow(args, options));
  queue = run.catch(() => undefined);
  return run;
}

async function runNow(args: readonly string[], options: InProcessOptions): Promise<BinResult> {
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const sink = (into: Buffer[]) => ({
    write: (chunk: string | Uint8Array) => {
      into.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
      return true;
    },
  });
  const env: Record<string, string | undefined> = { NO_COLOR: '1', FORCE_COLOR: '', ...options.env };
  const exitCode = await withProcessEnv(env, () =>
    runCli(args, {
      stdout: sink(stdout),
      stderr: sink(stderr),
      env,
      stdoutIsTTY: options.stdoutIsTTY ?? false,
      stderrIsTTY: options.stderrIsTTY ?? false,
      columns: options.columns,
      today: env.OFSTED_DEADLINE_TODAY || options.today || '2026-11-27', // an empty variable is unset, as in run.ts
      stdin: bytesOf(options.input ?? ''),
      readFile: readFileStream,
      stdoutDrained: async () => undefined,
      readTextFile,
      writeTextFile,
      openFileSink,
      sameFile,
    }),
  );
  return { stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), exitCode };
}
