import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real built binary, as a user runs it. `npm test` builds before vitest starts. */
export const BIN = fileURLToPath(new URL('../../bin/ofsted-deadline.js', import.meta.url));

/**
 * The bin keeps V8's code cache of the bundle in $XDG_CACHE_HOME/ofsted-deadline (else
 * ~/.cache): spawned binaries get a temporary directory of the test run's own instead, so no test
 * reads a cache another run (or the user) left, or writes into the user's home.
 */
export const XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), 'ofsted-deadline-cache-'));

export interface BinResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | null;
}

export interface RunOptions {
  readonly input?: string;
  readonly env?: Record<string, string | undefined>;
}

/** Spawns `node bin/ofsted-deadline.js ...args` with colour off, "today" pinned and the code cache in XDG_CACHE_HOME. */
export function runBin(args: readonly string[], options: RunOptions = {}): BinResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', OFSTED_DEADLINE_TODAY: '2026-11-27', XDG_CACHE_HOME, ...options.env },
  });
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.status };
}

/** `runBin` without blocking, so a test file can keep both cores busy with several processes. */
export function runBinAsync(args: readonly string[], options: RunOptions = {}): Promise<BinResult> {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', OFSTED_DEADLINE_TODAY: '2026-11-27', XDG_CACHE_HOME, ...options.env };
  return collectOutput(process.execPath, [BIN, ...args], env, options.input ?? '');
}

/**
 * Runs any command (the binary, bash, `timeout`...) with `input` on standard input, and collects
 * its output and exit code: the one way the tests gather what a process printed.
 */
export function collectOutput(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env, input = ''): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ stdout, stderr, exitCode }));
    child.stdin.end(input);
  });
}
