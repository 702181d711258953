import { runCli } from '../../src/cli/program.js';
import type { BinResult } from './run-bin.js';

export interface InProcessOptions {
  readonly env?: Record<string, string | undefined>;
  readonly today?: string;
  readonly stdoutIsTTY?: boolean;
}

/**
 * Runs the CLI in this process through `runCli`, with captured streams: the same program the
 * binary runs, minus the process start-up, so large tables of arguments stay fast. The e2e tests
 * spawn the real binary for a representative of each case.
 */
export async function runInProcess(args: readonly string[], options: InProcessOptions = {}): Promise<BinResult> {
  let stdout = '';
  let stderr = '';
  const exitCode = await runCli(args, {
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    env: { NO_COLOR: '1', ...options.env },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    today: options.today ?? '2026-11-27',
  });
  return { stdout, stderr, exitCode };
}
